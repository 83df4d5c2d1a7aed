package io.github.berth.cli;

import io.github.berth.shell.CapturedOutput;
import io.github.berth.engine.Engine;
import io.github.berth.engine.IdSource;
import io.github.berth.engine.Registry;
import io.github.berth.engine.SteppingClock;
import io.github.berth.fs.MemoryFs;
import io.github.berth.shell.ShellState;
import io.github.berth.shell.programs.Programs;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The docker program wired to an engine as the sandbox wires it, but with a clock that only
 * moves when a test says so, and argv given as a list (no shell in between).
 */
public final class DockerSession {
    /** The instant the sandbox's seeded clock starts at. */
    public static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    public final SteppingClock clock = new SteppingClock(START);
    public final Engine engine;
    public final Docker docker;
    public final List<DockerCall> calls = new ArrayList<>();

    public DockerSession(boolean terminal) {
        this(terminal, 1L);
    }

    public DockerSession(boolean terminal, long seed) {
        engine = new Engine(Registry.dockerHub(), clock, new IdSource(new Random(seed)), Programs.standard());
        docker = new Docker(engine, terminal, calls::add);
    }

    /** What one docker command printed, and its exit status. */
    public record Result(String out, String err, int exit) {}

    /** Runs {@code docker ARGS...} without moving the clock. */
    public Result docker(String... args) {
        List<String> argv = new ArrayList<>();
        argv.add("docker");
        argv.addAll(Arrays.asList(args));
        return run(argv);
    }

    public Result run(List<String> argv) {
        CapturedOutput out = new CapturedOutput();
        int exit = docker.run(List.copyOf(argv), out, new ShellState(new MemoryFs(), "/", Map.of("HOME", "/home/learner")));
        return new Result(out.out(), out.err(), exit);
    }

    public DockerSession advance(long seconds) {
        clock.advance(Duration.ofSeconds(seconds));
        return this;
    }
}
