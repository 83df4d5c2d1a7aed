package io.github.berth.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code berth dockerfile parse FILE [--dump]}: output, messages and exit codes. */
class DockerfileCmdTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path file, boolean dump) {
        return DockerfileCmd.Parse.run(file, dump, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path write(String text) throws Exception {
        Path file = dir.resolve("Dockerfile");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void dumpPrintsBuildkitsTree() throws Exception {
        Path file = write("FROM alpine\nCOPY --from=b a /x\nONBUILD RUN echo hi\nCMD [\"sh\"]\n");
        assertEquals(0, run(file, true));
        assertEquals("(from \"alpine\")\n(copy [\"--from=b\"] \"a\" \"/x\")\n(onbuild (run \"echo hi\"))\n"
                + "(cmd \"sh\")\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingFileExitsOne() {
        Path file = dir.resolve("nope");
        assertEquals(1, run(file, true));
        assertEquals("berth: " + file + ": no such file\n", err.toString(StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aParseErrorGivesBuildkitsMessageAndLine() throws Exception {
        Path file = write("FROM x\nENV PATH\n");
        assertEquals(1, run(file, true));
        assertEquals("berth: " + file + ":2: ENV must have two arguments\n", err.toString(StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withoutDumpUnknownInstructionsAreErrors() throws Exception {
        Path file = write("FROM x\nRUNN a\n");
        assertEquals(1, run(file, false));
        assertEquals("berth: " + file + ":2: unknown instruction: RUNN (did you mean RUN?)\n",
                err.toString(StandardCharsets.UTF_8));
        Path ok = write("FROM x\nRUN a\n");
        out.reset();
        assertEquals(0, run(ok, false));
        assertEquals(ok + ": 2 instructions\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void emptyContinuationLinesAreWarnedAbout() throws Exception {
        Path file = write("FROM x\nRUN a \\\n\n b\n");
        assertEquals(0, run(file, false));
        assertEquals("[WARNING]: Empty continuation line found in: RUN a  b\n"
                + "[WARNING]: Empty continuation lines will become errors in a future release.\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void registeredUnderMain() throws Exception {
        Path file = write("from x\n");
        PrintStream old = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run("dockerfile", "parse", file.toString(), "--dump"));
        } finally {
            System.setOut(old);
        }
        assertEquals("(from \"x\")\n", captured.toString(StandardCharsets.UTF_8));
    }
}
