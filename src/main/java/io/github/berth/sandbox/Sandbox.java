package io.github.berth.sandbox;

import io.github.berth.cli.CommandInfo;
import io.github.berth.cli.Docker;
import io.github.berth.cli.DockerCall;
import io.github.berth.engine.Engine;
import io.github.berth.engine.IdSource;
import io.github.berth.engine.Registry;
import io.github.berth.engine.SteppingClock;
import io.github.berth.fs.MemoryFs;
import io.github.berth.fs.Node;
import io.github.berth.shell.CapturedOutput;
import io.github.berth.shell.Output;
import io.github.berth.shell.Program;
import io.github.berth.shell.Shell;
import io.github.berth.shell.ShellState;
import io.github.berth.shell.programs.Programs;
import io.github.berth.shell.programs.Sessions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A learner's session: the host workspace (an in-memory filesystem with the learner's home),
 * the shell that runs their lines, the docker command line and the engine behind it.
 * Nothing here reaches the host system.
 */
public final class Sandbox {
    public static final String HOME = "/home/learner";
    public static final String WORKSPACE = HOME + "/app";
    /** Where a seeded sandbox's clock starts. */
    static final Instant SEEDED_START = Instant.parse("2026-01-05T09:00:00Z");

    private final Engine engine;
    private final Shell shell;
    private final SteppingClock steppingClock;
    private final List<CommandRecord> history = new ArrayList<>();
    private final List<DockerCall> dockerCalls = new ArrayList<>();
    private final Docker docker;
    private final SessionLog log;
    private final ReplayClock liveClock;
    /** Root shells started by sudo -i, sudo su or su, innermost first; each {@code exit} leaves one. */
    private final Deque<RootShell> rootShells = new ArrayDeque<>();
    private final Map<String, Program> programs;
    private final MemoryFs fs;

    /** A root shell, and whether it is a login shell (which says {@code logout} when it ends). */
    private record RootShell(Shell shell, boolean login) {}

    /**
     * @param seed      makes ids, names and times reproducible; null for a live session
     * @param workspace files (relative path to content) copied into {@code ~/app}
     * @param terminal  whether output goes to a terminal
     */
    public Sandbox(Long seed, Map<String, byte[]> workspace, boolean terminal) {
        this(seed, seed != null ? seed : new Random().nextLong(), workspace, terminal);
    }

    /** {@code randomSeed} seeds the ids and names even of a live session, so that undo can make it again. */
    private Sandbox(Long seed, long randomSeed, Map<String, byte[]> workspace, boolean terminal) {
        Clock clock;
        Random random = new Random(randomSeed);
        log = new SessionLog(seed, randomSeed, workspace, terminal);
        if (seed == null) {
            steppingClock = null;
            liveClock = new ReplayClock();
            clock = liveClock;
        } else {
            steppingClock = new SteppingClock(SEEDED_START);
            liveClock = null;
            clock = steppingClock;
        }
        SandboxClock sandboxClock = new SandboxClock(clock);
        clock = sandboxClock;
        Map<String, Program> standard = Programs.standard(sandboxClock, new Sessions() {
            @Override
            public void rootShell(boolean login) {
                startRootShell(login);
            }

            @Override
            public Program program(String marker) {
                return programs.get(marker); // the learner's own: sudo docker …, xargs docker …, env bash …
            }
        });
        engine = new Engine(Registry.dockerHub(), clock, new IdSource(random), standard);
        fs = new MemoryFs();
        Clock stamps = clock;
        fs.stamp(() -> new Node.Meta(0, 0, stamps.instant()));
        HostFiles.install(fs);
        fs.installProgram("/usr/bin/docker", "docker");
        fs.installProgram("/usr/bin/bash", "bash");
        fs.installProgram("/usr/bin/dash", "dash");
        fs.put("/usr/bin/sh", new Node.Symlink("dash", fs.stamp()));
        Programs.coreutils().keySet().forEach(name -> fs.installProgram("/usr/bin/" + name, name));
        fs.mount("/var/lib/docker", new DockerDataDir(engine));
        fs.stamp(() -> new Node.Meta(ownerUid(), ownerUid(), stamps.instant()));
        fs.mkdirs(WORKSPACE);
        fs.writeAll(WORKSPACE, workspace);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOME", HOME);
        env.put("USER", "learner");
        env.put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        env.put("PWD", WORKSPACE);
        programs = new HashMap<>(standard);
        docker = new Docker(engine, terminal, dockerCalls::add);
        programs.put("docker", docker);
        programs.put("curl", new Curl(engine));
        fs.installProgram("/usr/bin/curl", "curl");
        // Ubuntu's shells: bash, and dash as /bin/sh (the child shells see the learner's programs)
        programs.put("bash", new io.github.berth.engine.BashProgram(() -> programs));
        programs.put("dash", new io.github.berth.shell.ShProgram(() -> programs, Shell.Dialect.DASH));

        ShellState learner = new ShellState(fs, WORKSPACE, env);
        learner.uid(HostFiles.LEARNER_UID);
        learner.seedRandom(randomSeed);
        learner.clock(stamps::millis);
        shell = new Shell("bash", learner, programs);
        shell.learnersPrompt();
    }

    public Engine engine() {
        return engine;
    }

    /** The docker commands and their flags, for completion and highlighting. */
    public List<CommandInfo> dockerCommands() {
        return docker.model();
    }

    /** A docker command line parsed as it would run, not run (for quiz questions that take a command). */
    public java.util.Optional<DockerCall> parseDocker(String line) {
        return docker.parse(line);
    }

    /** Every docker command that ran, parsed, oldest first. */
    public List<DockerCall> dockerCalls() {
        return List.copyOf(dockerCalls);
    }

    public List<CommandRecord> history() {
        return List.copyOf(history);
    }

    /**
     * Where docker commands that hold the prompt (a server run in the foreground, logs -f, wait,
     * attach) wait for Ctrl-C; until a console sets it, Ctrl-C comes at once (scripted input).
     */
    public void foreground(io.github.berth.cli.Foreground foreground) {
        docker.foreground(foreground);
    }

    /** Whether a shell inside a container is open (the tutor's own commands are not read there). */
    public boolean inContainerShell() {
        return docker.shells().isOpen();
    }

    /** End of input (Ctrl-D) in a container shell leaves it, as exit would; false when none is open. */
    public boolean leaveContainerShell() {
        if (!docker.shells().isOpen()) {
            return false;
        }
        docker.shells().close(docker.shells().lastStatus());
        return true;
    }

    /** Whether {@code input} needs more lines before it can run (open quote, trailing backslash, …). */
    public boolean needsMoreInput(String input) {
        return Shell.completeness(input) == Shell.Completeness.NEEDS_MORE;
    }

    /** Runs one input (possibly several lines), writing its output as it happens. */
    public Result run(String input, Output out) {
        if (steppingClock != null) {
            steppingClock.advance(Duration.ofSeconds(1));
        }
        boolean held = liveClock != null && liveClock.holdIfFree();
        log.input(input, liveClock == null ? null : liveClock.instant());
        CapturedOutput recording = new CapturedOutput(out);
        Shell.Outcome outcome;
        try {
            outcome = docker.shells().isOpen()
                    ? new Shell.Outcome(docker.shells().run(input, recording), false)
                    : currentShell().run(input, recording);
        } finally {
            if (held) {
                liveClock.unpin();
            }
        }
        if (outcome.exitRequested() && !rootShells.isEmpty()) {
            // bash's exit builtin: an interactive shell says exit (a login shell logout) as it leaves
            recording.stderr(rootShells.pop().login() ? "logout\n" : "exit\n");
            outcome = new Shell.Outcome(outcome.status(), false);
        }
        CommandRecord record = new CommandRecord(input, outcome.status(), recording.out(), recording.err());
        if (!input.isBlank()) {
            history.add(record);
        }
        return new Result(record, outcome.exitRequested());
    }

    /** What {@link #run} did, and whether the line asked to leave ({@code exit}). */
    public record Result(CommandRecord record, boolean exitRequested) {}

    /** The learner's files, to read and write outside the shell (the editor); writes can be undone. */
    public SandboxFiles files() {
        return new SandboxFiles(currentShell().state(), engine, log::write);
    }

    /** Whether there is a command or a saved file to undo after the first {@code kept} changes. */
    public boolean canUndo(int kept) {
        return log.lastChange() >= kept;
    }

    /** How many changes (commands and saved files) were made so far: a mark {@link #canUndo} can keep. */
    public int changes() {
        return log.size();
    }

    /** The last change undone, in a new sandbox: this one's start replayed with every change but the last. */
    public Undone undoLast() {
        int last = log.lastChange();
        Sandbox fresh = new Sandbox(log.seed(), log.randomSeed(), log.workspace(), log.terminal());
        log.entries().subList(0, last).forEach(entry -> entry.replay(fresh));
        return new Undone(fresh, log.entries().get(last));
    }

    /** A sandbox with one change undone, and that change. */
    public record Undone(Sandbox sandbox, SessionLog.Entry undone) {}

    void replayInput(String input, java.time.Instant at) {
        if (liveClock != null && at != null) {
            liveClock.pin(at);
        }
        try {
            run(input, Output.DISCARD);
        } finally {
            if (liveClock != null) {
                liveClock.unpin();
            }
        }
    }

    /** bash's default prompt: {@code learner@berth:~/app$ }, or {@code root@berth:~# } in a root shell. */
    public String prompt() {
        if (docker.shells().isOpen()) {
            return docker.shells().prompt();
        }
        boolean root = !rootShells.isEmpty();
        String home = root ? "/root" : HOME;
        String cwd = currentShell().state().cwd();
        String shown = cwd.equals(home) || cwd.startsWith(home + "/") ? "~" + cwd.substring(home.length()) : cwd;
        return (root ? "root" : "learner") + "@berth:" + shown + (root ? "# " : "$ ");
    }

    /** Who owns what the running command creates: the learner, or root in a root shell. */
    private int ownerUid() {
        return shell == null ? HostFiles.LEARNER_UID : currentShell().state().uid();
    }

    /** The shell that reads the next line: the innermost root shell, else the learner's. */
    private Shell currentShell() {
        return rootShells.isEmpty() ? shell : rootShells.peek().shell();
    }

    /** sudo -i, sudo su, su: a root shell reads the lines that follow, until its exit. */
    private void startRootShell(boolean login) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOME", "/root");
        env.put("USER", "root");
        env.put("LOGNAME", "root");
        env.put("SHELL", "/bin/bash");
        env.put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        String cwd = login ? "/root" : currentShell().state().cwd();
        env.put("PWD", cwd);
        ShellState root = new ShellState(fs, cwd, env);
        root.uid(0);
        rootShells.push(new RootShell(new Shell("bash", root, programs), login));
    }
}
