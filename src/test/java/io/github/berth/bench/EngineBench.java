package io.github.berth.bench;

import io.github.berth.cli.Docker;
import io.github.berth.engine.Engine;
import io.github.berth.engine.IdSource;
import io.github.berth.engine.Image;
import io.github.berth.engine.Registry;
import io.github.berth.engine.SteppingClock;
import io.github.berth.fs.MemoryFs;
import io.github.berth.shell.Output;
import io.github.berth.shell.ShellState;
import io.github.berth.shell.programs.Programs;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The design budget for a busy engine (DESIGN.md, issue 4): with 10,000 containers and 1,000
 * images, {@code docker ps -a}, {@code docker run -d} and {@code docker inspect} each take at most
 * 2 ms at the median; so do {@code docker ps}, {@code docker ps -a --format '{{.Names}}'} and
 * {@code docker images}. Run with {@code bench/jmh EngineBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBench {
    private Docker docker;
    private Engine engine;
    private String runId;
    private final Output keepId = Output.of(text -> runId = text.strip(), text -> { });
    private ShellState state;
    private String someName;

    private SteppingClock clock;

    @Setup
    public void setUp() {
        clock = new SteppingClock(Instant.parse("2026-01-05T09:00:00Z"));
        engine = new Engine(Registry.dockerHub(), clock, new IdSource(new Random(1)), Programs.standard());
        docker = new Docker(engine, false, call -> { });
        state = new ShellState(new MemoryFs(), "/", Map.of("HOME", "/home/learner"));
        docker.run(List.of("docker", "pull", "-q", "busybox"), Output.DISCARD, state);
        Image busybox = engine.images().get(0);
        Random random = new Random(2);
        for (int i = 0; i < 999; i++) {
            StringBuilder hex = new StringBuilder("sha256:");
            for (int j = 0; j < 64; j++) {
                hex.append(Character.forDigit(random.nextInt(16), 16));
            }
            engine.localImages().load(new Image(hex.toString(), List.of("learner/app" + i + ":latest"), List.of(),
                    busybox.created().plusSeconds(i), busybox.size(), busybox.config(), busybox.programs()));
        }
        for (int i = 0; i < 10_000; i++) {
            List<String> argv = i % 100 == 0
                    ? List.of("docker", "run", "-d", "busybox", "sleep", "100000")
                    : List.of("docker", "run", "--name", "c" + i, "busybox", "true");
            docker.run(argv, Output.DISCARD, state);
            clock.advance(Duration.ofSeconds(1));
        }
        someName = "c5001";
    }

    @Benchmark
    public int psAll() {
        return docker.run(List.of("docker", "ps", "-a"), Output.DISCARD, state);
    }

    /**
     * {@code docker ps -a} with the sandbox's clock a second later each time, as between two commands a
     * learner types: rows whose CREATED and STATUS words stay the same are kept, the others written again
     * (psAll, with the clock standing still, measures a listing identical to the last one).
     */
    @Benchmark
    public int psAllAsTimePasses() {
        clock.advance(Duration.ofSeconds(1));
        return docker.run(List.of("docker", "ps", "-a"), Output.DISCARD, state);
    }

    @Benchmark
    public int psRunning() {
        return docker.run(List.of("docker", "ps"), Output.DISCARD, state);
    }

    @Benchmark
    public int psAllNames() {
        return docker.run(List.of("docker", "ps", "-a", "--format", "{{.Names}}"), Output.DISCARD, state);
    }

    @Benchmark
    public int images() {
        return docker.run(List.of("docker", "images"), Output.DISCARD, state);
    }

    /**
     * {@code docker run -d}, then the new container is removed (inside the engine, in a few
     * microseconds), so every run finds the same 10,000 containers rather than more each time.
     */
    @Benchmark
    public int runDetached() {
        int status = docker.run(List.of("docker", "run", "-d", "busybox", "sleep", "100000"), keepId, state);
        engine.remove(runId);
        return status;
    }

    @Benchmark
    public int inspect() {
        return docker.run(List.of("docker", "inspect", someName), Output.DISCARD, state);
    }
}
