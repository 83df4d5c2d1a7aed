package io.github.berth.engine;

import io.github.berth.fs.MemoryFs;
import io.github.berth.fs.Node;
import io.github.berth.shell.Output;
import io.github.berth.shell.Program;
import io.github.berth.shell.ProgramLookup;
import io.github.berth.shell.Scripts;
import io.github.berth.shell.ShellState;
import io.github.berth.shell.Unsimulated;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The container operations beyond start and stop, with moby v28.2.2's errors: pause and unpause
 * (daemon/pause.go, unpause.go, errors.go), top (daemon/top_unix.go), wait, exec
 * (daemon/exec.go), prune (daemon/prune.go) and connections to published ports.
 */
public final class ContainerControl {
    private final Engine engine;
    private final ContainerRuntime runtime;
    private final Map<String, Program> programs;
    private final IdSource ids;

    ContainerControl(Engine engine, ContainerRuntime runtime, Map<String, Program> programs, IdSource ids) {
        this.engine = engine;
        this.runtime = runtime;
        this.programs = programs;
        this.ids = ids;
    }

    private Object running(String name) {
        Lookup lookup = engine.find(name);
        if (lookup instanceof Lookup.Missing missing) {
            return missing.message();
        }
        Container c = ((Lookup.Found) lookup).container();
        if (c.state().status() == ContainerState.Status.RESTARTING) {
            // moby daemon/errors.go errContainerIsRestarting (exec, pause, top)
            return "Container " + c.id() + " is restarting, wait until the container is running";
        }
        if (c.state().status() != ContainerState.Status.RUNNING) {
            return "container " + c.id() + " is not running";
        }
        return c;
    }

    /** Pauses a running container; the daemon's error if it cannot. */
    public Optional<String> pause(String name) {
        Object found = running(name);
        if (found instanceof String error) {
            return Optional.of(error);
        }
        Container c = (Container) found;
        if (runtime.paused(c.id())) {
            return Optional.of("Container " + c.id() + " is already paused");
        }
        runtime.pause(c.id(), true);
        return Optional.empty();
    }

    public Optional<String> unpause(String name) {
        Lookup lookup = engine.find(name);
        if (lookup instanceof Lookup.Missing missing) {
            return Optional.of(missing.message());
        }
        Container c = ((Lookup.Found) lookup).container();
        if (!runtime.paused(c.id())) {
            return Optional.of("Container " + c.id() + " is not paused");
        }
        runtime.pause(c.id(), false);
        return Optional.empty();
    }

    /** What {@code docker top} lists: the titles of {@code ps -ef} and one row per process, or the daemon's error. */
    public Object top(String name) {
        Object found = running(name);
        if (found instanceof String error) {
            return error;
        }
        Container c = (Container) found;
        List<String> processes = processes(c);
        String stime = java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(java.time.ZoneOffset.UTC)
                .format(c.state().startedAt());
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("UID", "PID", "PPID", "C", "STIME", "TTY", "TIME", "CMD"));
        int hostPid = 4000 + Math.floorMod(c.id().hashCode(), 50000);
        for (int i = 0; i < processes.size(); i++) {
            String user = i == 0 || !processes.get(i).startsWith("nginx") ? "root" : "101";
            rows.add(List.of(user, String.valueOf(hostPid + (i == 0 ? 0 : i + 40)),
                    String.valueOf(i == 0 ? hostPid - 21 : hostPid), "0", stime, "?", "00:00:00", processes.get(i)));
        }
        return rows;
    }

    /** A running container's processes: a server's, else its command line. */
    private List<String> processes(Container c) {
        List<String> processes = runtime.serverProcesses(c.id());
        if (!processes.isEmpty()) {
            return processes;
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(c.path());
        cmd.addAll(c.args());
        return List.of(String.join(" ", cmd));
    }

    /**
     * Waits for a container to stop and returns its exit code. A process that ends by itself
     * ends then; one that never does (a server, a waiting shell) cannot be waited for here:
     * empty, as if the wait were interrupted.
     */
    public Object waitFor(String name) {
        Lookup lookup = engine.find(name);
        if (lookup instanceof Lookup.Missing missing) {
            return missing.message();
        }
        Container c = ((Lookup.Found) lookup).container();
        Instant due = c.state().status() == ContainerState.Status.RESTARTING ? engine.restarts().due(c.id()) : null;
        if (due != null) {
            // a restarting container counts as running: the wait returns at its next exit (moby
            // container/state.go SetRestarting notifies the waiters), after the restart that is due
            engine.playUntil(due);
            c = ((Lookup.Found) engine.find(c.id())).container();
        }
        if (c.state().status() != ContainerState.Status.RUNNING) {
            return c.state().exitCode();
        }
        Instant until = engine.runsUntil(c.id());
        if (until == null || until.equals(Instant.MAX)) {
            return Optional.empty();
        }
        return engine.ended(c, 0, until).state().exitCode();
    }

    /**
     * Sends SIGINT to a running container's process, as Ctrl-C does through the client's
     * sig-proxy or the container's terminal ({@link Interrupts}): what the process writes as it
     * ends goes to its log and to {@code attached}. Returns the container's exit status once it
     * has ended (at once when it was not running), or empty when the process ignores the signal.
     */
    public Optional<Integer> interrupt(String name, Output attached) {
        Lookup lookup = engine.find(name);
        if (lookup instanceof Lookup.Missing) {
            return Optional.empty();
        }
        Container c = ((Lookup.Found) lookup).container();
        if (c.state().status() != ContainerState.Status.RUNNING) {
            return Optional.of(c.state().exitCode());
        }
        if (ContainerStops.cancelsRestart("INT", c.config().stopSignal())) {
            engine.restarts().cancel(c.id()); // moby daemon/kill.go ExitOnNext
        }
        if (runtime.paused(c.id())) {
            return Optional.empty(); // a frozen process only receives the signal once it is unpaused
        }
        Optional<Interrupts.Ending> ending = Interrupts.sigint(runtime.server(c.id()), c,
                ContainerRuntime.environment(c, runtime.hostname(c)), runtime.options(c.id()).tty(),
                runtime.rootfs(c.id()).orElseGet(MemoryFs::new), engine.clock().instant());
        if (ending.isEmpty()) {
            return Optional.empty();
        }
        Output out = engine.logged(c.id(), attached);
        for (Servers.Line line : ending.get().lines()) {
            if (line.stderr()) {
                out.stderr(line.text());
            } else {
                out.stdout(line.text());
            }
        }
        return Optional.of(engine.endNow(c, ending.get().status()).state().exitCode());
    }

    /**
     * Whether a running container's process never ends by itself (a server, a shell waiting for
     * input, {@code sleep infinity}): a client waiting for it waits until interrupted.
     */
    public boolean runsForever(String name) {
        Lookup lookup = engine.find(name);
        if (!(lookup instanceof Lookup.Found found)
                || found.container().state().status() != ContainerState.Status.RUNNING) {
            return false;
        }
        java.time.Instant until = engine.runsUntil(found.container().id());
        return until == null || until.equals(java.time.Instant.MAX);
    }

    /** How an exec ended: the daemon refused it, or the command ran with this status. */
    public sealed interface ExecOutcome {
        record Refused(String message) implements ExecOutcome {}

        record Ran(int status) implements ExecOutcome {}
    }

    /**
     * Runs {@code argv} in a running container, on its filesystem with its environment plus
     * {@code env}, in {@code workdir} (the container's when empty), as {@code user} (the container's
     * when empty).
     */
    public ExecOutcome exec(String name, List<String> argv, List<String> env, String workdir, String user, String stdin,
                            Output out) {
        Object found = running(name);
        if (found instanceof String error) {
            return new ExecOutcome.Refused(error);
        }
        Container c = (Container) found;
        if (runtime.paused(c.id())) {
            return new ExecOutcome.Refused("Container " + c.id() + " is paused, unpause the container before exec");
        }
        MemoryFs fs = runtime.rootfs(c.id()).orElseThrow();
        Map<String, String> vars = ContainerRuntime.environment(c, runtime.hostname(c));
        engine.dns().links().addTo(c, vars); // daemon/exec.go: setupLinkedContainers
        for (String e : env) {
            int eq = e.indexOf('=');
            if (eq > 0) {
                vars.put(e.substring(0, eq), e.substring(eq + 1));
            }
        }
        String cwd = !workdir.isEmpty() ? workdir
                : c.config().workingDir().isEmpty() ? "/" : c.config().workingDir();
        Optional<Node.File> file = ProgramLookup.find(fs, cwd, vars.get("PATH"), argv.get(0));
        if (file.isEmpty()) {
            // moby's exec start error, written to the attached stdout (api/server/router/container/exec.go)
            String reason = argv.get(0).contains("/") ? "stat " + argv.get(0) + ": no such file or directory"
                    : "executable file not found in $PATH";
            out.stdout("OCI runtime exec failed: exec failed: unable to start container process: exec: \""
                    + argv.get(0) + "\": " + reason + ": unknown\r\n");
            return new ExecOutcome.Ran(127);
        }
        Object runAs = execUser(c, fs, user);
        if (runAs instanceof String error) {
            // moby daemon/exec.go: the start fails before the process runs, the error goes to the attached
            // stdout (api/server/router/container/exec.go) and the exit code defaults to 126
            out.stdout(error + "\r\n");
            return new ExecOutcome.Ran(126);
        }
        String marker = file.get().program();
        if (marker == null) {
            // a script: its #! line names the program (runc's execve); else runc's init reports the error, exits 255
            Scripts.Plan plan = Scripts.plan(fs, cwd, file.get(), argv, null);
            if (!(plan instanceof Scripts.Run run)) {
                out.stderr(Scripts.runcError(argv.get(0), plan) + "\n");
                return new ExecOutcome.Ran(255);
            }
            marker = run.marker();
            argv = run.argv();
        }
        Program program = programs.getOrDefault(marker, Unsimulated.PROGRAM);
        return new ExecOutcome.Ran(program.run(argv, stdin, out, ((ContainerUser) runAs).state(fs, cwd, vars)));
    }

    /** {@code docker exec -u}: the user looked up in the container (moby execSetPlatformOpt), else the container's. */
    private Object execUser(Container c, MemoryFs fs, String user) {
        return user.isEmpty() ? runtime.user(c.id()) : ContainerUser.resolve(user, fs);
    }

    /** The container's shell state for an interactive shell: its filesystem, directory and environment. */
    public Optional<ShellState> shellState(String id, String workdir) {
        return shellState(id, workdir, "").filter(o -> o instanceof ShellState).map(o -> (ShellState) o);
    }

    /** The shell state as {@code user} (the container's when empty); empty when not running, the error when the user is unknown. */
    public Optional<Object> shellState(String id, String workdir, String user) {
        Lookup lookup = engine.find(id);
        if (!(lookup instanceof Lookup.Found found) || runtime.rootfs(found.container().id()).isEmpty()) {
            return Optional.empty();
        }
        Container c = found.container();
        MemoryFs fs = runtime.rootfs(c.id()).get();
        Object runAs = execUser(c, fs, user);
        if (runAs instanceof String error) {
            return Optional.of(error);
        }
        String cwd = !workdir.isEmpty() ? workdir : c.config().workingDir().isEmpty() ? "/" : c.config().workingDir();
        Map<String, String> vars = ContainerRuntime.environment(c, runtime.hostname(c));
        engine.dns().links().addTo(c, vars);
        return Optional.of(((ContainerUser) runAs).state(fs, cwd, vars));
    }

    /** The simulated programs containers run. */
    public Map<String, Program> programs() {
        return programs;
    }

    /** Removes every stopped container (created or exited); their ids, oldest first. */
    public List<String> prune() {
        List<String> removed = new ArrayList<>();
        List<Container> all = new ArrayList<>(engine.containers());
        java.util.Collections.reverse(all);
        for (Container c : all) {
            if (c.state().status() != ContainerState.Status.RUNNING) {
                engine.remove(c.id());
                removed.add(c.id());
            }
        }
        return removed;
    }

    /** An HTTP request to the host's {@code ip:port}, logged by the server that answers it. */
    public HttpReply request(String ip, int port, String method, String path, String agent) {
        Instant now = engine.clock().instant();
        return runtime.request(ip, port, method, path, agent, now, e -> {
            Output log = engine.logged(e.getKey(), Output.DISCARD);
            for (Servers.Line line : e.getValue()) {
                if (line.stderr()) {
                    log.stderr(line.text());
                } else {
                    log.stdout(line.text());
                }
            }
        });
    }

    /**
     * An HTTP request from a process in container {@code from} (address {@code clientIp}) to
     * {@code target}'s port, logged by the server that answers it with the client's address.
     */
    public HttpReply request(Container target, int port, String method, String path, String agent, String clientIp) {
        List<Servers.Line> lines = new ArrayList<>();
        HttpReply reply = runtime.requestContainer(target.id(), port, method, path, agent, engine.clock().instant(),
                lines);
        Output log = engine.logged(target.id(), Output.DISCARD);
        for (Servers.Line line : lines) {
            // the sites log a client on the default bridge's gateway (a request through a published port)
            String text = line.text().replace("172.17.0.1 - - [", clientIp + " - - [")
                    .replace("client: 172.17.0.1,", "client: " + clientIp + ",");
            if (line.stderr()) {
                log.stderr(text);
            } else {
                log.stdout(text);
            }
        }
        return reply;
    }

    /** The ports a running container publishes. */
    public List<PublishedPort> ports(String id) {
        return runtime.ports(id);
    }

    /** A running container's process ended with {@code status} (an interactive shell was left). */
    public void processEnded(String id, int status) {
        Lookup lookup = engine.find(id);
        if (lookup instanceof Lookup.Found found && found.container().state().status() == ContainerState.Status.RUNNING) {
            engine.endNow(found.container(), status);
        }
    }

    String newEndpointId() {
        return ids.hex64();
    }
}
