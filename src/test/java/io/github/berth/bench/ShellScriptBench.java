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
 * Parsing and running a small script in a warm sandbox: a loop with a test, arithmetic, a command
 * substitution, parameter forms and a here-document. Run with {@code bench/jmh ShellScriptBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ShellScriptBench {
    private static final String SCRIPT = """
            total=0
            for f in *.txt; do
              n=$(wc -l < "$f")
              if [ "$n" -gt 1 ]; then total=$((total + n)); fi
              echo "${f%.txt}: $n"
            done
            cat <<EOF > summary.txt
            lines: $total
            EOF
            """;

    private Sandbox sandbox;

    @Setup
    public void setUp() {
        sandbox = new Sandbox(1L, Map.of("notes.txt", "one\ntwo\nthree\ntwo\n".getBytes(),
                "todo.txt", "a\nb\n".getBytes(), "one.txt", "x\n".getBytes()), false);
    }

    @Benchmark
    public Object loopWithSubstitution() {
        return sandbox.run(SCRIPT, Output.DISCARD);
    }
}
