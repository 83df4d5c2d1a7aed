package io.github.berth.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code docker restart}: docker/cli v28.2.2 cli/command/container/restart.go, one container
 * after the other; each restarted one is printed as named, the errors are joined, status 1.
 */
final class RestartCommand implements DockerCommand {
    private static final CommandSpec SPEC = new CommandSpec("restart", "[OPTIONS] CONTAINER [CONTAINER...]",
            "Restart one or more containers", List.of(
                    FlagSpec.value("signal", 's', "string", "Signal to send to the container"),
                    FlagSpec.value("timeout", 't', "int", "Seconds to wait before killing the container")),
            new ArgsRule.AtLeast(1), true);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        List<String> errors = new ArrayList<>();
        Integer timeout = StopCommand.timeout(inv.args().value("timeout"));
        for (String name : inv.args().positionals()) {
            Optional<String> error = inv.engine().restart(name, timeout);
            if (error.isPresent()) {
                errors.add(DaemonErrors.PREFIX + error.get());
            } else {
                inv.out().outLine(name);
            }
        }
        return DaemonErrors.finish(inv.out(), errors);
    }
}
