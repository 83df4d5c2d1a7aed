package io.github.berth.tutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.sandbox.Sandbox;
import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.lesson.LessonSource;
import io.github.berth.tutor.progress.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A question answered with a docker command: any spelling docker parses the same way is right, and nothing runs. */
class CommandQuestionTest {
    @TempDir
    Path dir;

    private Catalog catalog;
    private Tutor tutor;

    @BeforeEach
    void course() throws Exception {
        Files.writeString(dir.resolve("course.yaml"), "schemaVersion: 1\nmodules: [m]\n");
        Files.createDirectories(dir.resolve("m"));
        Files.writeString(dir.resolve("m/module.yaml"), "id: m\ntitle: M\nlessons: [a.yaml]\n");
        Files.writeString(dir.resolve("m/a.yaml"), """
                schemaVersion: 1
                id: a
                title: A
                summary: S
                steps:
                  - id: q
                    type: quiz
                    questions:
                      - id: all-containers
                        prompt: Which command lists every container, stopped ones too?
                        command: docker container ls --all
                        explanation: Without `-a`, only running containers are listed.
                """);
        catalog = Catalog.load(LessonSource.directory(dir));
        tutor = new Tutor(catalog, new Progress(), p -> { }, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC),
                () -> new Sandbox(1L, Map.of(), false));
    }

    private static String text(Tutor.Feedback feedback) {
        StringBuilder sb = new StringBuilder();
        feedback.items().forEach(i -> sb.append(i.markdown() != null ? i.markdown() : i.line()).append('\n'));
        return sb.toString();
    }

    @Test
    void anySpellingOfTheCommandIsRightAndNothingRuns() {
        String opened = text(tutor.open(catalog.lessons().get(0)));
        assertTrue(opened.contains("Type `answer` and then your answer: the docker command as you would run it (it is read, not run)."),
                opened);
        assertTrue(tutor.answer("docker ps -a").isEmpty(), "without `answer` it is a command to run");
        assertTrue(text(tutor.answer("answer docker ps").orElseThrow()).startsWith("✗ Not quite.\n"));
        assertEquals("✗ Not quite: the answer is a docker command line, starting with docker.\n"
                + "Try again (`solution` shows the answer).\n", text(tutor.answer("answer ls -a").orElseThrow()));
        String right = text(tutor.answer("answer docker ps --all").orElseThrow());
        assertTrue(right.startsWith("✓ Right.\nWithout `-a`, only running containers are listed."), right);
        assertTrue(tutor.sandbox().dockerCalls().isEmpty(), "the answers were read, not run");
    }

    @Test
    void testLessonsAnswersWithTheCommandAsWritten() {
        assertEquals(List.of(), new LessonTester(catalog).test(catalog.lessons().get(0)));
    }
}
