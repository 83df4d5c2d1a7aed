package io.github.berth.sandbox;

import io.github.berth.cli.CommandInfo;
import io.github.berth.cli.Docker;
import io.github.berth.cli.DockerCall;
import io.github.berth.engine.Engine;
import io.github.berth.engine.IdSource;
import io.github.berth.engine.Registry;
import io.github.berth.engine.SteppingClock;
import io.github.berth.fs.MemoryFs;
import io.github.berth.shell.CapturedOutput;
import io.github.berth.shell.Output;
import io.github.berth.shell.Program;
import io.github.berth.shell.Shell;
import io.github.berth.shell.ShellState;
import io.github.berth.shell.programs.Programs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
        engine = new Engine(Registry.dockerHub(), clock, new IdSource(random), Programs.standard());
        MemoryFs fs = new MemoryFs();
        fs.mkdirs(WORKSPACE);
        fs.writeAll(WORKSPACE, workspace);
        fs.installProgram("/usr/bin/docker", "docker");
        Programs.coreutils().keySet().forEach(name -> fs.installProgram("/usr/bin/" + name, name));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOME", HOME);
        env.put("USER", "learner");
        env.put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        env.put("PWD", WORKSPACE);
        Map<String, Program> programs = new HashMap<>(Programs.standard());
        docker = new Docker(engine, terminal, dockerCalls::add);
        programs.put("docker", docker);
        shell = new Shell("bash", new ShellState(fs, WORKSPACE, env), programs);
    }

    public Engine engine() {
        return engine;
    }

    /** The docker commands and their flags, for completion and highlighting. */
    public List<CommandInfo> dockerCommands() {
        return docker.model();
    }

    /** Every docker command that ran, parsed, oldest first. */
    public List<DockerCall> dockerCalls() {
        return List.copyOf(dockerCalls);
    }

    public List<CommandRecord> history() {
        return List.copyOf(history);
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
            outcome = shell.run(input, recording);
        } finally {
            if (held) {
                liveClock.unpin();
            }
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
        return new SandboxFiles(shell.state(), log::write);
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

    /** bash's default prompt for the learner: {@code learner@berth:~/app$ }. */
    public String prompt() {
        String cwd = shell.state().cwd();
        String shown = cwd.equals(HOME) || cwd.startsWith(HOME + "/") ? "~" + cwd.substring(HOME.length()) : cwd;
        return "learner@berth:" + shown + "$ ";
    }
}
