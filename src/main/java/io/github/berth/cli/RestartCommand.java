package io.github.berth.cli;

/**
 * {@code docker restart}: docker/cli v28.2.2 cli/command/container/restart.go, one container
 * after the other; each restarted one is printed as named, the errors are joined, status 1.
 */
final class RestartCommand implements DockerCommand {
    private static final CommandSpec SPEC = new CommandSpec("restart", "[OPTIONS] CONTAINER [CONTAINER...]",
            "Restart one or more containers", StopCommand.FLAGS, new ArgsRule.AtLeast(1), true);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        Integer timeout = StopCommand.timeout(inv.args().value("timeout"));
        return DaemonErrors.eachContainer(inv, name -> inv.engine().restart(name, timeout));
    }
}
