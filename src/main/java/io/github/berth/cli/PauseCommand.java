package io.github.berth.cli;

import java.util.List;

/** {@code docker pause} and {@code docker unpause}: docker/cli v28.2.2 cli/command/container/pause.go and unpause.go. */
final class PauseCommand implements DockerCommand {
    private final boolean pause;
    private final CommandSpec spec;

    PauseCommand(boolean pause) {
        this.pause = pause;
        this.spec = new CommandSpec(pause ? "pause" : "unpause", "CONTAINER [CONTAINER...]",
                pause ? "Pause all processes within one or more containers"
                        : "Unpause all processes within one or more containers", List.of(), new ArgsRule.AtLeast(1),
                true);
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public int run(Invocation inv) {
        return DaemonErrors.eachContainer(inv, name -> pause ? inv.engine().control().pause(name)
                : inv.engine().control().unpause(name));
    }
}
