package io.github.berth.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.shell.Output;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A build's output reaches the caller's Output as the build runs, in both formats: each write is
 * recorded with the sandbox's clock, and {@code sleep 5} in step 2 moves that clock on, so a step
 * written before it ran shows an earlier time than one written after.
 */
class BuildStreamingTest {
    private final Sandbox sandbox = new Sandbox(1L, Map.of("Dockerfile",
            "FROM alpine\nRUN echo before && sleep 5 && echo after\nRUN echo done\n".getBytes(StandardCharsets.UTF_8)),
            false);

    /** One write: the stream, the text, and the sandbox's time when it was written. */
    private record Write(boolean stderr, String text, Instant at) {}

    private List<Write> build(String line) {
        sandbox.run("docker pull -q alpine", Output.DISCARD);
        List<Write> writes = new ArrayList<>();
        Output recording = Output.of(t -> writes.add(new Write(false, t, sandbox.engine().clock().instant())),
                t -> writes.add(new Write(true, t, sandbox.engine().clock().instant())));
        assertEquals(0, sandbox.run(line, recording).record().exit());
        return writes;
    }

    private static Write first(List<Write> writes, String text) {
        return writes.stream().filter(w -> w.text().contains(text)).findFirst().orElseThrow(() -> new AssertionError(
                text + " never written in " + writes));
    }

    @Test
    void buildKitsPlainProgressIsWrittenStepByStep() {
        List<Write> writes = build("docker build -t streamed .");
        Write header = first(writes, "#5 [2/3] RUN echo before && sleep 5 && echo after\n");
        Write before = first(writes, "#5 0.100 before\n");
        Write after = first(writes, "#5 0.101 after\n");
        Write next = first(writes, "#6 [3/3] RUN echo done\n");
        // the header of step 2 and its first line are out before its sleep; step 3 only after it
        assertTrue(Duration.between(header.at(), next.at()).getSeconds() >= 5, writes.toString());
        assertTrue(Duration.between(before.at(), after.at()).getSeconds() >= 5, writes.toString());
        assertTrue(writes.indexOf(header) < writes.indexOf(before) && writes.indexOf(after) < writes.indexOf(next));
        assertTrue(writes.stream().allMatch(Write::stderr));
        // and the writes add up to the whole progress, each part once
        String all = String.join("", writes.stream().map(Write::text).toList());
        assertEquals(1, all.split("#6 \\[3/3\\] RUN echo done\n", -1).length - 1, all);
        assertTrue(all.startsWith("#0 building with \"default\" instance using docker driver\n\n#1 [internal] load build"
                + " definition from Dockerfile\n"), all);
        assertTrue(all.endsWith("#7 naming to docker.io/library/streamed:latest done\n#7 DONE 0.0s\n"), all);
    }

    @Test
    void theLegacyBuildersStepsAreWrittenAsTheyRun() {
        List<Write> writes = build("DOCKER_BUILDKIT=0 docker build -t streamed .");
        Write header = first(writes, "Step 2/3 : RUN echo before && sleep 5 && echo after\n");
        Write before = first(writes, "before\n");
        Write next = first(writes, "Step 3/3 : RUN echo done\n");
        assertTrue(Duration.between(header.at(), next.at()).getSeconds() >= 5, writes.toString());
        assertTrue(Duration.between(before.at(), next.at()).getSeconds() >= 5, writes.toString());
        String out = String.join("", writes.stream().filter(w -> !w.stderr()).map(Write::text).toList());
        assertTrue(out.matches("(?s)Sending build context to Docker daemon .*\r\r\nStep 1/3 : FROM alpine\n ---> \\w{12}\n"
                + "Step 2/3 : RUN echo before && sleep 5 && echo after\n ---> Running in \\w{12}\nbefore\nafter\n"
                + " ---> Removed intermediate container \\w{12}\n ---> \\w{12}\nStep 3/3 : RUN echo done\n"
                + " ---> Running in \\w{12}\ndone\n ---> Removed intermediate container \\w{12}\n ---> \\w{12}\n"
                + "Successfully built \\w{12}\nSuccessfully tagged streamed:latest\n"), out);
    }

    @Test
    void aLineIsWrittenOnceItsNewlineIs() {
        sandbox.run("printf 'FROM alpine\\nRUN printf abc; printf def; echo; echo end\\n' > Dockerfile", Output.DISCARD);
        List<Write> writes = build("docker build -t pieces .");
        String all = String.join("", writes.stream().map(Write::text).toList());
        assertTrue(all.contains("\n#5 [2/2] RUN printf abc; printf def; echo; echo end\n#5 0.100 abcdef\n#5 0.101 end\n"
                + "#5 DONE 0.1s\n"), all);
        assertTrue(writes.stream().noneMatch(w -> w.text().contains("abc\n")), writes.toString());
    }
}
