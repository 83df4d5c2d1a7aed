package io.github.berth.tutor.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.lesson.LessonSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every transcript under transcripts/ replays exactly; wrong ones are caught. */
class ReplayTest {
    private static Replayer replayer;

    @BeforeAll
    static void load() throws Exception {
        replayer = new Replayer(Catalog.load(LessonSource.builtIn()));
    }

    @TestFactory
    Stream<DynamicTest> everyTranscriptReplays() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("transcripts"))) {
            files = list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "transcripts/ holds at least the first lesson's solution");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            List<String> problems = replayer.replay(f.toString(), Transcript.parse(Files.readString(f)));
            assertEquals(List.of(), problems);
        }));
    }

    private static List<String> replay(String markdown) {
        return replayer.replay("t.md", Transcript.parse(markdown));
    }

    @Test
    void aWrongOutputLineFails() {
        List<String> problems = replay("```console\n$ echo hello\nhallo\n```\n");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("t.md:2: output of `echo hello` differs"), problems.get(0));
        assertTrue(problems.get(0).contains("--- expected\nhallo\n+++ actual\nhello"), problems.get(0));
    }

    @Test
    void missingAndExtraLinesFail() {
        assertEquals(1, replay("```console\n$ echo a\n```\n").size());
        assertEquals(1, replay("```console\n$ true\nsomething\n```\n").size());
    }

    @Test
    void wildcardsMatchWhatVaries() {
        assertEquals(List.of(), replay("```console\n$ docker run -d hello-world\n...\n$ docker ps -aq\n[..]\n```\n"));
        assertEquals(List.of(), replay("```console\n$ echo one two three\none [..] three\n```\n"));
    }

    @Test
    void aTranscriptThatDoesNotFinishItsLessonFails() {
        List<String> problems = replay("---\nlesson: first-container\n---\n```console\n$ docker run hello-world\n...\n```\n");
        assertEquals(List.of("t.md: does not complete lesson 'first-container' (it stops at step 'list-containers')"),
                problems);
    }

    @Test
    void anUnknownLessonIsReported() {
        assertEquals(List.of("t.md: names lesson 'nope', which does not exist"), replay("---\nlesson: nope\n---\n"));
    }

    @Test
    void textOutsideConsoleBlocksIsIgnoredAndContinuationLinesAreInput() {
        Transcript t = Transcript.parse("Some prose.\n$ not a command\n```console\n$ echo \"a\n> b\"\na\nb\n```\n");
        assertEquals(1, t.exchanges().size());
        assertEquals("echo \"a\nb\"", t.exchanges().get(0).input());
        assertEquals(List.of("a", "b"), t.exchanges().get(0).expected());
        assertEquals(List.of(), replayer.replay("t.md", t));
    }

    @Test
    void matcherRules() {
        assertTrue(OutputMatcher.matches(List.of("a", "...", "z"), List.of("a", "b", "c", "z")));
        assertTrue(OutputMatcher.matches(List.of("a", "...", "z"), List.of("a", "z")));
        assertFalse(OutputMatcher.matches(List.of("a", "...", "z"), List.of("a", "b")));
        assertTrue(OutputMatcher.lineMatches("x [..] y", "x anything at all y"));
        assertFalse(OutputMatcher.lineMatches("x [..] y", "x anything at all y!"));
        assertTrue(OutputMatcher.lineMatches("a.b (c)", "a.b (c)   "), "regex characters are literal; trailing spaces ignored");
        assertFalse(OutputMatcher.lineMatches("a.b", "axb"));
    }
}
