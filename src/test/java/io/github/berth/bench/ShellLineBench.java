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
 * Parsing and running a typical one-line shell command in a warm sandbox (issue 3's budget:
 * well under a millisecond at the median). Run with {@code bench/jmh ShellLineBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ShellLineBench {
    private Sandbox sandbox;

    @Setup
    public void setUp() {
        sandbox = new Sandbox(1L, Map.of("notes.txt", "one\ntwo\nthree\ntwo\n".getBytes()), false);
    }

    @Benchmark
    public Object pipeline() {
        return sandbox.run("cat notes.txt | sort | uniq -c | head -n 2 > counts.txt && echo done", Output.DISCARD);
    }
}
