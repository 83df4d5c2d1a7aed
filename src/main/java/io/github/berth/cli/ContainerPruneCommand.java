package io.github.berth.cli;

import java.util.List;

/**
 * {@code docker container prune}: docker/cli v28.2.2 cli/command/container/prune.go. Without
 * {@code -f} it asks (internal/prompt Confirm reads one line of standard input; anything but y
 * or Y cancels: nothing more is printed, and the status is 0, as cmd/docker/docker.go main exits quietly
 * on prune.go's cancelledErr; checked with the real client, {@code echo n | docker container prune}).
 */
final class ContainerPruneCommand implements DockerCommand {
    private static final CommandSpec SPEC = new CommandSpec("prune", "[OPTIONS]", "Remove all stopped containers",
            List.of(FlagSpec.value("filter", (char) 0, "filter", "Provide filter values (e.g. \"until=<timestamp>\")"),
                    FlagSpec.bool("force", 'f', "Do not prompt for confirmation")),
            new ArgsRule.None(), true);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        if (!inv.args().bool("force") && !ImagePruneCommand.confirm(inv,
                "WARNING! This will remove all stopped containers.\nAre you sure you want to continue?")) {
            return 0;
        }
        List<String> removed = inv.engine().control().prune();
        StringBuilder sb = new StringBuilder();
        if (!removed.isEmpty()) {
            sb.append("Deleted Containers:\n");
            removed.forEach(id -> sb.append(id).append('\n'));
            sb.append('\n');
        }
        // berth's containers have no writable-layer size yet: nothing is counted as reclaimed
        sb.append("Total reclaimed space: 0B\n");
        inv.out().stdout(sb.toString());
        return 0;
    }
}
