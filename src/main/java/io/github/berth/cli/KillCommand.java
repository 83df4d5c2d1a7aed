package io.github.berth.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code docker kill}: docker/cli v28.2.2 cli/command/container/kill.go. Prints each container
 * as named once signalled; the daemon's errors are joined, status 1.
 */
final class KillCommand implements DockerCommand {
    private static final CommandSpec SPEC = new CommandSpec("kill", "[OPTIONS] CONTAINER [CONTAINER...]",
            "Kill one or more running containers", List.of(
                    FlagSpec.value("signal", 's', "string", "Signal to send to the container")),
            new ArgsRule.AtLeast(1), true);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        List<String> errors = new ArrayList<>();
        for (String name : inv.args().positionals()) {
            Optional<String> error = inv.engine().kill(name, inv.args().value("signal"));
            if (error.isPresent()) {
                errors.add(DaemonErrors.PREFIX + error.get());
            } else {
                inv.out().outLine(name);
            }
        }
        return DaemonErrors.finish(inv.out(), errors);
    }
}
