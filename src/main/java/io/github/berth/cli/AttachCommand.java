package io.github.berth.cli;

import io.github.berth.engine.Container;
import io.github.berth.engine.ContainerState;
import io.github.berth.engine.Lookup;
import java.util.List;

/**
 * {@code docker attach}: docker/cli v28.2.2 cli/command/container/attach.go. It refuses a
 * container that is not running or is paused (inspectContainerAndCheckState's errors, exit 1),
 * shows nothing of the earlier output (the stream starts now) and holds the prompt until the
 * container ends: Ctrl-C goes to the container's process with sig-proxy (see {@link Holding}).
 */
final class AttachCommand implements DockerCommand {
    private static final CommandSpec SPEC = new CommandSpec("attach", "[OPTIONS] CONTAINER",
            "Attach local standard input, output, and error streams to a running container", List.of(
                    FlagSpec.value("detach-keys", (char) 0, "string",
                            "Override the key sequence for detaching a container"),
                    FlagSpec.bool("no-stdin", (char) 0, "Do not attach STDIN"),
                    FlagSpec.bool("sig-proxy", (char) 0, "Proxy all received signals to the process (default true)")),
            new ArgsRule.Exactly(1), true);

    private final Foreground foreground;

    AttachCommand(Foreground foreground) {
        this.foreground = foreground;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        Lookup lookup = inv.engine().find(inv.args().positionals().get(0));
        if (lookup instanceof Lookup.Missing missing) {
            return DaemonErrors.finish(inv.out(), List.of(DaemonErrors.PREFIX + missing.message()));
        }
        Container c = ((Lookup.Found) lookup).container();
        if (c.state().status() != ContainerState.Status.RUNNING) {
            return DaemonErrors.finish(inv.out(), List.of("You cannot attach to a stopped container, start it first"));
        }
        if (inv.engine().runtime().paused(c.id())) {
            return DaemonErrors.finish(inv.out(), List.of("You cannot attach to a paused container, unpause it first"));
        }
        if (!inv.engine().control().runsForever(c.id())) {
            // a process that ends by itself: the attach returns when it does, with its status
            Object status = inv.engine().control().waitFor(c.id());
            return status instanceof Integer code ? code : 0;
        }
        return Holding.attached(inv.engine(), foreground, c.id(), sigProxy(inv.args()), inv.out());
    }

    /** {@code --sig-proxy} defaults to true. */
    static boolean sigProxy(ParsedArgs args) {
        return !args.has("sig-proxy") || args.bool("sig-proxy");
    }
}
