package io.github.berth.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code docker wait}: docker/cli v28.2.2 cli/command/container/wait.go prints each container's
 * exit code; errors are joined (exit 1). A container whose process never ends by itself holds
 * the prompt until Ctrl-C, which ends docker with 130 and nothing printed ({@link Holding}).
 */
final class WaitCommand implements DockerCommand {
    private static final CommandSpec SPEC = new CommandSpec("wait", "CONTAINER [CONTAINER...]",
            "Block until one or more containers stop, then print their exit codes", List.of(),
            new ArgsRule.AtLeast(1), true);

    private final Foreground foreground;

    WaitCommand(Foreground foreground) {
        this.foreground = foreground;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        List<String> errors = new ArrayList<>();
        for (String name : inv.args().positionals()) {
            Object result = inv.engine().control().waitFor(name);
            if (result instanceof String error) {
                errors.add(DaemonErrors.PREFIX + error);
            } else if (result instanceof Optional<?>) {
                return Holding.untilInterrupted(foreground, inv.out());
            } else {
                inv.out().outLine(String.valueOf(result));
            }
        }
        return DaemonErrors.finish(inv.out(), errors);
    }
}
