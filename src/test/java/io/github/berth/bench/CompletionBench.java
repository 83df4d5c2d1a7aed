package io.github.berth.bench;

import io.github.berth.console.DockerCompleter;
import io.github.berth.sandbox.Sandbox;
import io.github.berth.shell.Output;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jline.reader.Candidate;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser.ParseContext;
import org.jline.reader.impl.DefaultParser;
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
 * Tab after {@code docker stop } with 1,000 containers in the engine: the prompt's completer
 * builds every candidate (the command's flags and each container's name, id and status), as
 * JLine asks it on Tab (issue 6's budget: 5 ms at the median). Run with {@code bench/jmh CompletionBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CompletionBench {
    private DockerCompleter completer;
    private ParsedLine stop;
    private ParsedLine run;

    @Setup
    public void setUp() {
        Sandbox sandbox = new Sandbox(1L, Map.of(), false);
        for (int i = 0; i < 1000; i++) {
            sandbox.run("docker run -d --name web" + i + " alpine sleep 1000000", Output.DISCARD);
        }
        if (sandbox.engine().containers().size() != 1000) {
            throw new IllegalStateException("expected 1000 containers, have " + sandbox.engine().containers().size());
        }
        completer = DockerCompleter.forSandbox(() -> sandbox);
        DefaultParser parser = new DefaultParser();
        stop = parser.parse("docker stop ", 12, ParseContext.COMPLETE);
        run = parser.parse("docker run ", 11, ParseContext.COMPLETE);
    }

    @Benchmark
    public List<Candidate> containerNames() {
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, stop, candidates);
        return candidates;
    }

    @Benchmark
    public List<Candidate> runFlagsAndImages() {
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, run, candidates);
        return candidates;
    }
}
