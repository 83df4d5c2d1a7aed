package io.github.berth.engine;

import io.github.berth.fs.MemoryFs;
import io.github.berth.fs.Node;
import io.github.berth.shell.Output;
import io.github.berth.shell.Program;
import io.github.berth.shell.ProgramLookup;
import io.github.berth.shell.Scripts;
import io.github.berth.shell.ShellState;
import io.github.berth.shell.Unsimulated;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Starts the processes that are not simply run to their end: the official images' servers and
 * entrypoint scripts ({@link Servers}), and a shell kept open by {@code -i} or {@code -t}
 * in a detached container ({@code docker run -dit alpine sh}), which waits for input for ever.
 */
final class Launcher {
    static final Set<String> SHELLS = Set.of("sh", "ash", "bash", "dash");

    private final Engine engine;
    private final ContainerRuntime runtime;
    private final Map<String, Program> programs;

    Launcher(Engine engine, ContainerRuntime runtime, Map<String, Program> programs) {
        this.engine = engine;
        this.runtime = runtime;
        this.programs = programs;
    }

    /** How the container started, or empty when the engine runs its process the ordinary way. */
    Optional<StartOutcome> launch(Container c, MemoryFs rootfs, String cwd, Map<String, String> env, Output attached,
                                  boolean detached) {
        List<String> argv = new ArrayList<>();
        argv.add(c.path());
        argv.addAll(c.args());
        ContainerOptions o = runtime.options(c.id());
        Servers.Launch at = new Servers.Launch(env, rootfs, cwd, engine.clock().instant(), runtime.address(c.id()),
                o.tty(), name -> ProgramLookup.find(rootfs, cwd, env.get("PATH"), name).map(Node.File::program));
        String script = c.path();
        for (int hop = 0; hop < 8; hop++) {
            Optional<Node.File> file = ProgramLookup.find(rootfs, cwd, env.get("PATH"), argv.get(0));
            if (file.isEmpty()) {
                if (hop == 0) {
                    return Optional.empty();
                }
                // the entrypoint script's exec "$@" (dash, line 47 of nginx's docker-entrypoint.sh)
                engine.logged(c.id(), attached).errLine(script + ": 47: exec: " + argv.get(0) + ": not found");
                return Optional.of(new StartOutcome.Ran(engine.endNow(c, 127)));
            }
            String marker = file.get().program();
            if (marker == null) {
                // a script of the learner's: its #! line names the program that runs it (runc's execve)
                Scripts.Plan launch = Scripts.plan(rootfs, cwd, file.get(), argv, null);
                if (!(launch instanceof Scripts.Run run)) {
                    engine.logged(c.id(), attached).errLine(Scripts.runcError(argv.get(0), launch));
                    return Optional.of(new StartOutcome.Ran(engine.endNow(c, 255)));
                }
                script = argv.get(0);
                argv = new ArrayList<>(run.argv());
                continue;
            }
            Optional<Servers.Plan> plan = Servers.plan(marker, argv, at);
            if (plan.isEmpty()) {
                if (SHELLS.contains(marker) && argv.size() == 1 && (o.interactive() || o.tty()) && detached) {
                    return Optional.of(new StartOutcome.Ran(engine.runForever(c)));
                }
                if (hop == 0) {
                    return Optional.empty();
                }
                Program program = programs.getOrDefault(marker, Unsimulated.PROGRAM);
                int exit = program.run(argv, engine.logged(c.id(), attached), runtime.user(c.id()).state(rootfs, cwd, env));
                return Optional.of(new StartOutcome.Ran(engine.endNow(c, exit)));
            }
            if (plan.get() instanceof Servers.Plan.Exec exec) {
                script = argv.get(0);
                argv = new ArrayList<>(exec.argv());
                if (argv.isEmpty()) {
                    return Optional.of(new StartOutcome.Ran(engine.endNow(c, 0)));
                }
                continue;
            }
            Output out = engine.logged(c.id(), attached);
            if (plan.get() instanceof Servers.Plan.Exit exit) {
                write(out, exit.log());
                return Optional.of(new StartOutcome.Ran(engine.endNow(c, exit.status())));
            }
            Servers.Plan.Serve serve = (Servers.Plan.Serve) plan.get();
            write(out, serve.log());
            Container running = engine.runForever(c);
            runtime.serving(c.id(), serve);
            return Optional.of(new StartOutcome.Ran(running));
        }
        return Optional.empty();
    }

    private static void write(Output out, List<Servers.Line> lines) {
        for (Servers.Line line : lines) {
            if (line.stderr()) {
                out.stderr(line.text());
            } else {
                out.stdout(line.text());
            }
        }
    }
}
