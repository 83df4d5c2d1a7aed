package io.github.berth.cli;

import java.util.List;

/**
 * {@code docker stop}: docker/cli v28.2.2 cli/command/container/stop.go. Prints each container
 * as it was named once stopped; errors are joined and end with status 1.
 */
final class StopCommand implements DockerCommand {
    /** The flags of stop, which restart has too (docker/cli stop.go and restart.go). */
    static final List<FlagSpec> FLAGS = List.of(
            FlagSpec.value("signal", 's', "string", "Signal to send to the container"),
            FlagSpec.value("timeout", 't', "int", "Seconds to wait before killing the container"));
    private static final CommandSpec SPEC = new CommandSpec("stop", "[OPTIONS] CONTAINER [CONTAINER...]",
            "Stop one or more running containers", FLAGS, new ArgsRule.AtLeast(1), true);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        Integer timeout = timeout(inv.args().value("timeout"));
        String signal = inv.args().value("signal");
        return DaemonErrors.eachContainer(inv, name -> inv.engine().stop(name, timeout, signal));
    }

    /** -t as pflag parsed it (a Go int); null when not given. */
    static Integer timeout(String value) {
        if (value == null) {
            return null;
        }
        try {
            return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Long.parseLong(value)));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
