package io.github.berth.cli;

import java.util.List;

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
        return DaemonErrors.eachContainer(inv, name -> inv.engine().kill(name, inv.args().value("signal")));
    }
}
