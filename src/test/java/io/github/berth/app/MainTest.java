package io.github.berth.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The command line's own answers: help lists only working commands, bad usage exits 2. */
class MainTest {
    @RegisterExtension
    final StdStreams streams = new StdStreams();

    @Test
    void helpListsTheCommandsThatWork() {
        assertEquals(0, Main.run("--help"));
        String help = streams.out();
        for (String command : new String[] {"lesson", "lessons", "sandbox", "replay"}) {
            assertTrue(help.contains("  " + command + " "), command + " in\n" + help);
        }
        assertTrue(help.contains("$BERTH_HOME"), help);
    }

    @Test
    void sandboxHelpDescribesItsOptions() {
        assertEquals(0, Main.run("sandbox", "--help"));
        String help = streams.out();
        assertTrue(help.contains("--seed=N"), help);
        assertTrue(help.contains("--workspace=DIR"), help);
        assertTrue(help.contains("--jsonl"), help);
    }

    @Test
    void versionIsPrinted() {
        assertEquals(0, Main.run("--version"));
        assertTrue(streams.out().startsWith("berth "));
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertEquals(2, Main.run("frobnicate"));
        assertTrue(streams.err().contains("Unmatched argument at index 0: 'frobnicate'"),
                streams.err());
    }

    @Test
    void replayReportsEachFileAndFailsOnAMissingOne() {
        assertEquals(1, Main.run("replay", "transcripts/first-container.md", "transcripts/no-such-file.md"));
        String text = streams.out();
        assertTrue(text.contains("ok    transcripts/first-container.md"), text);
        assertTrue(text.contains("FAIL  transcripts/no-such-file.md"), text);
        assertTrue(text.contains("1 passed, 1 failed"), text);
    }

    @Test
    void testLessonsProvesTheBuiltInCourseAndFailsOnAFolderWithoutOne() {
        assertEquals(0, Main.run("test-lessons", "lessons"));
        String text = streams.out();
        assertTrue(text.contains("ok    first-container\n"), text);
        assertTrue(text.matches("(?s).*\\n\\d+ passed, 0 failed\n"), text);
        streams.reset();
        assertEquals(1, Main.run("test-lessons", "src"));
        assertEquals("FAIL  src: no course.yaml there\n0 passed, 1 failed\n", streams.out());
    }

    @Test
    void lintReportsEveryProblemAndExitsWithOneOnErrors() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("lint");
        java.nio.file.Path file = dir.resolve("l.yaml");
        java.nio.file.Files.writeString(file, "schemaVersion: 1\nid: l\ntitle: L\nsteps:\n  - {id: s, type: txt, body: b}\n");
        assertEquals(1, Main.run("lint", file.toString()));
        assertEquals(file + ":1:1: warning: lesson 'l' has no summary: the lesson browser shows an empty description\n"
                + file + ":5:19: error: step 's': unknown type 'txt' (text, task or quiz)\n"
                + "1 error, 1 warning\n", streams.out());
        streams.reset();
        assertEquals(1, Main.run("lint", "--format", "json", file.toString()));
        String json = streams.out();
        assertTrue(json.contains("{\"file\":\"" + file + "\",\"line\":5,\"column\":19,\"severity\":\"error\","), json);
        assertTrue(json.endsWith("\"errors\":1,\"warnings\":1}\n"), json);
        streams.reset();
        assertEquals(0, Main.run("lint"));
        assertEquals("no problems found\n", streams.out());
    }

    @Test
    void lintChecksAGiftFileOnItsOwn() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("lint");
        java.nio.file.Path bank = dir.resolve("bank.gift");
        java.nio.file.Files.writeString(bank, "::ok:: Fine?{T}\n\n::bad:: No right one {~x ~y}\n\n::essay:: Why?{}\n");
        assertEquals(1, Main.run("lint", bank.toString()));
        assertEquals(bank + ":3:1: error: question 'bad' has no right option (one starting with '=' or with a positive "
                + "%weight%)\n" + bank + ":5:1: warning: question 'essay' is an essay: berth cannot mark a free answer, so "
                + "it is left out\n1 error, 1 warning\n", streams.out());
    }
}
