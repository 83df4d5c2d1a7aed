package io.github.berth.bench;

import io.github.berth.sandbox.Sandbox;
import io.github.berth.shell.Output;
import java.util.Map;
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
 * docker commit, save and load in a warm sandbox (DESIGN's budget: any sandbox command 2 ms at
 * the median). Run with {@code bench/jmh ImageArchiveBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ImageArchiveBench {
    private Sandbox sandbox;

    @Setup
    public void setUp() {
        sandbox = new Sandbox(1L, Map.of(), false);
        for (String line : new String[] {"docker pull -q alpine", "docker run --name box alpine sh -c 'echo hi > /root/note'",
                "docker save -o a.tar alpine"}) {
            sandbox.run(line, Output.DISCARD);
        }
    }

    /** {@code docker commit box snap}: the container's layer and a new image (the tag moves each time). */
    @Benchmark
    public Object commit() {
        return sandbox.run("docker commit box snap", Output.DISCARD);
    }

    /** {@code docker save -o a.tar alpine}: the archive of alpine's layer, configs and manifests. */
    @Benchmark
    public Object save() {
        return sandbox.run("docker save -o a.tar alpine", Output.DISCARD);
    }

    /** {@code docker load -i a.tar}: reading it back, the image already there. */
    @Benchmark
    public Object load() {
        return sandbox.run("docker load -i a.tar", Output.DISCARD);
    }
}
