package io.github.berth.sandbox;

import io.github.berth.shell.CapturedOutput;
import io.github.berth.shell.Output;
import java.util.Map;

/** A seeded sandbox driven line by line, for tests of whole docker commands. */
final class Lines {
    final Sandbox sandbox;

    Lines(Map<String, byte[]> workspace) {
        sandbox = new Sandbox(1L, workspace, false);
    }

    Lines() {
        this(Map.of());
    }

    record Result(String out, String err, int exit) {}

    Result run(String line) {
        CapturedOutput out = new CapturedOutput(Output.DISCARD);
        Sandbox.Result r = sandbox.run(line, out);
        return new Result(r.record().stdout(), r.record().stderr(), r.record().exit());
    }

    String out(String line) {
        Result r = run(line);
        if (r.exit() != 0) {
            throw new AssertionError(line + " failed with " + r.exit() + ": " + r.err() + r.out());
        }
        return r.out();
    }
}
