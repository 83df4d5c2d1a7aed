package io.github.berth.cli;

import io.github.berth.engine.Container;
import io.github.berth.engine.Lookup;
import io.github.berth.engine.StartOutcome;
import io.github.berth.shell.Output;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code docker start}: docker/cli v28.2.2 cli/command/container/start.go. Without {@code -a}
 * each container's error is printed as it happens and the command ends with "Error: failed to
 * start containers: …" (exit 1); with {@code -a} the process's output is attached and its exit
 * status becomes docker's.
 */
final class StartCommand implements DockerCommand {
    private static final CommandSpec SPEC = new CommandSpec("start", "[OPTIONS] CONTAINER [CONTAINER...]",
            "Start one or more stopped containers", List.of(
                    FlagSpec.bool("attach", 'a', "Attach STDOUT/STDERR and forward signals"),
                    FlagSpec.value("checkpoint", (char) 0, "string", "Restore from this checkpoint"),
                    FlagSpec.value("checkpoint-dir", (char) 0, "string", "Use a custom checkpoint storage directory"),
                    FlagSpec.value("detach-keys", (char) 0, "string",
                            "Override the key sequence for detaching a container"),
                    FlagSpec.bool("interactive", 'i', "Attach container's STDIN")),
            new ArgsRule.AtLeast(1), true);

    private final Foreground foreground;

    StartCommand(Foreground foreground) {
        this.foreground = foreground;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        Output out = inv.out();
        List<String> names = inv.args().positionals();
        if (inv.args().bool("attach") || inv.args().bool("interactive")) {
            if (names.size() > 1) {
                return DaemonErrors.finish(out, List.of("you cannot start and attach multiple containers at once"));
            }
            Lookup lookup = inv.engine().find(names.get(0));
            if (lookup instanceof Lookup.Missing missing) {
                return DaemonErrors.finish(out, List.of(DaemonErrors.PREFIX + missing.message()));
            }
            Container c = ((Lookup.Found) lookup).container();
            StartOutcome started = inv.engine().startAndWait(c.id(), out);
            if (started instanceof StartOutcome.Failed failed) {
                return DaemonErrors.finish(out, List.of(DaemonErrors.PREFIX + failed.message()));
            }
            Container ran = ((StartOutcome.Ran) started).container();
            if (ran.state().status() == io.github.berth.engine.ContainerState.Status.RUNNING) {
                // start.go forwards signals while attached: Ctrl-C goes to the process
                return Holding.attached(inv.engine(), foreground, ran.id(), true, out);
            }
            // a non-zero status is a StatusError without text: nothing printed
            return ran.state().exitCode();
        }
        List<String> failed = new ArrayList<>();
        for (String name : names) {
            Lookup lookup = inv.engine().find(name);
            String error = null;
            if (lookup instanceof Lookup.Missing missing) {
                error = missing.message();
            } else {
                Container c = ((Lookup.Found) lookup).container();
                StartOutcome started = inv.engine().start(c.id(), Output.DISCARD, true);
                if (started instanceof StartOutcome.Failed f) {
                    error = f.message();
                }
            }
            if (error != null) {
                out.errLine(DaemonErrors.PREFIX + error);
                failed.add(name);
            } else {
                out.outLine(name);
            }
        }
        if (failed.isEmpty()) {
            return 0;
        }
        return DaemonErrors.finish(out, List.of("Error: failed to start containers: " + String.join(", ", failed)));
    }
}
