package io.github.berth.bench;

import io.github.berth.cli.Docker;
import io.github.berth.engine.Engine;
import io.github.berth.engine.IdSource;
import io.github.berth.engine.Registry;
import io.github.berth.engine.SteppingClock;
import io.github.berth.fs.MemoryFs;
import io.github.berth.shell.Output;
import io.github.berth.shell.ShellState;
import io.github.berth.shell.programs.Programs;
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
 * {@code docker build} of a 50-instruction Dockerfile (15 RUN, 10 COPY, 6 WORKDIR, 18 metadata
 * instructions over alpine) with a 1,000-file context, through the docker command line: built
 * afresh ({@code --no-cache}) and fully cached (issue 5's budgets: 50 ms and 10 ms warm). Run
 * with {@code bench/jmh BuildBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BuildBench {
    private Docker docker;
    private ShellState state;

    @Setup
    public void setUp() {
        Engine engine = new Engine(Registry.dockerHub(), new SteppingClock(Instant.parse("2026-01-05T09:00:00Z")),
                new IdSource(new Random(1)), Programs.standard());
        docker = new Docker(engine, false, call -> { });
        MemoryFs fs = new MemoryFs();
        String app = "/home/learner/app";
        for (int i = 0; i < 1000; i++) {
            fs.writeFile(app + "/src/dir" + (i % 20) + "/file" + i + ".txt", "content of file " + i + "\n");
        }
        fs.writeFile(app + "/Dockerfile", dockerfile());
        state = new ShellState(fs, app, Map.of("HOME", "/home/learner"));
        docker.run(List.of("docker", "pull", "-q", "alpine"), Output.DISCARD, state);
        docker.run(List.of("docker", "build", "-t", "bench", "."), Output.DISCARD, state);
    }

    static String dockerfile() {
        StringBuilder df = new StringBuilder("FROM alpine\n");
        for (int i = 0; i < 5; i++) {
            df.append("WORKDIR /app/part").append(i).append('\n');
            df.append("COPY src/dir").append(i).append(" ./dir").append(i).append('\n');
            df.append("COPY src/dir").append(i + 5).append(" ./more").append(i).append('\n');
            df.append("RUN echo step ").append(i).append(" > step.txt\n");
            df.append("RUN mkdir -p out && cp step.txt out/ && ls out > listing.txt\n");
            df.append("RUN cat step.txt | wc -c > size.txt\n");
            df.append("ENV STEP").append(i).append("=").append(i).append('\n');
            df.append("LABEL part").append(i).append("=yes\n");
        }
        df.append("USER nobody\nCMD [\"sh\"]\nENTRYPOINT [\"/bin/sh\", \"-c\"]\nSTOPSIGNAL SIGTERM\nVOLUME /data\n")
                .append("HEALTHCHECK CMD true\nLABEL final=yes\nENV DONE=1\nWORKDIR /\n");
        return df.toString();
    }

    @Benchmark
    public int fresh() {
        return docker.run(List.of("docker", "build", "--no-cache", "-t", "bench", "."), Output.DISCARD, state);
    }

    @Benchmark
    public int cached() {
        return docker.run(List.of("docker", "build", "-t", "bench", "."), Output.DISCARD, state);
    }
}
