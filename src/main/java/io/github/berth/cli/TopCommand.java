package io.github.berth.cli;

import java.util.List;

/**
 * {@code docker top}: docker/cli v28.2.2 cli/command/container/top.go, a tabwriter with minimum
 * width 20 and padding 3 over the daemon's {@code ps -ef} titles and rows.
 */
final class TopCommand implements DockerCommand {
    private static final CommandSpec SPEC = new CommandSpec("top", "CONTAINER [ps OPTIONS]",
            "Display the running processes of a container", List.of(), new ArgsRule.AtLeast(1), false);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        Object result = inv.engine().control().top(inv.args().positionals().get(0));
        if (result instanceof String error) {
            return DaemonErrors.finish(inv.out(), List.of(DaemonErrors.PREFIX + error));
        }
        @SuppressWarnings("unchecked")
        List<List<String>> rows = (List<List<String>>) result;
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < columns - 1; i++) {
                widths[i] = Math.max(widths[i], Math.max(20, row.get(i).length() + 3));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < columns; i++) {
                String cell = row.get(i);
                sb.append(i == columns - 1 ? cell : cell + " ".repeat(widths[i] - cell.length()));
            }
            sb.append('\n');
        }
        inv.out().stdout(sb.toString());
        return 0;
    }
}
