package io.github.berth.tutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.sandbox.Sandbox;
import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.lesson.LessonSource;
import io.github.berth.tutor.lesson.Question;
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

/**
 * The question kinds beyond choices and typed words, in a lesson: ordering and matching (shown scrambled,
 * answered by letters), and a docker command (any spelling docker parses the same; read, never run).
 */
class QuestionKindsTest {
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
                      - id: run-steps
                        prompt: In which order does `docker run` work?
                        order: [Pull the image if it is missing, Create the container, Start its process]
                        explanation: Create, then start; `docker create` and `docker start` do each alone.
                      - id: registries
                        prompt: Match each registry to who runs it.
                        match:
                          Docker Hub: Docker Inc.
                          Amazon ECR: Amazon Web Services
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
    void theLearnerArrangesTheItemsAndTheSolutionShowsTheRightArrangement() {
        Question order = catalog.lessons().get(0).steps().get(0).questions().get(0);
        String opened = text(tutor.open(catalog.lessons().get(0)));
        assertTrue(opened.contains(String.join("\n", order.shownLines()) + "\nType the letters in the right order, "
                + "for example `c a b`.\n"), opened);
        assertTrue(tutor.answer("ls").isEmpty(), "not an arrangement: a shell command");
        String right = order.rightAnswer();
        String[] letters = right.split(" ");
        String wrong = text(tutor.answer(letters[2] + " " + letters[1] + " " + letters[0]).orElseThrow());
        assertTrue(wrong.startsWith("✗ Not quite.\nTry again"), wrong);
        String revealed = text(tutor.revealSolution());
        assertTrue(revealed.contains("    " + order.answerLines().get(0) + "\n"), revealed);
        assertTrue(revealed.contains("Type `" + right + "` to go on."), revealed);
        String next = text(tutor.answer(right).orElseThrow());
        assertTrue(next.startsWith("✓ Right.\nCreate, then start;"), next);
        assertTrue(next.contains("  1) Docker Hub    ") && next.contains("Type each number with its letter, for example `1b 2a`."),
                next);
        Question match = catalog.lessons().get(0).steps().get(0).questions().get(1);
        assertTrue(text(tutor.answer(match.rightAnswer()).orElseThrow()).contains("Question 3 of 3"));
    }

    @Test
    void testLessonsAnswersEachWithItsRightAnswer() {
        assertEquals(List.of(), new LessonTester(catalog).test(catalog.lessons().get(0)));
    }

    @Test
    void anySpellingOfTheCommandIsRightAndNothingRuns() {
        tutor.open(catalog.lessons().get(0));
        List<Question> questions = catalog.lessons().get(0).steps().get(0).questions();
        tutor.answer(questions.get(0).rightAnswer());
        String opened = text(tutor.answer(questions.get(1).rightAnswer()).orElseThrow());
        assertTrue(opened.contains("Type `answer` and then your answer: the docker command as you would run it (it is read, not run)."),
                opened);
        assertTrue(tutor.answer("docker ps -a").isEmpty(), "without `answer` it is a command to run");
        assertTrue(text(tutor.answer("answer docker ps").orElseThrow()).startsWith("✗ Not quite.\n"));
        assertEquals("✗ Not quite: the answer is a docker command line, starting with docker.\n"
                + "Try again (`solution` shows the answer).\n", text(tutor.answer("answer ls -a").orElseThrow()));
        String right = text(tutor.answer("answer docker ps --all").orElseThrow());
        assertTrue(right.startsWith("✓ Right.\nWithout `-a`, only running containers are listed."), right);
        assertTrue(right.contains("★ Lesson complete"), right);
        assertTrue(tutor.sandbox().dockerCalls().isEmpty(), "the answers were read, not run");
    }
}
