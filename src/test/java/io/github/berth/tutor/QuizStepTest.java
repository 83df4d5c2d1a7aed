package io.github.berth.tutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.sandbox.Sandbox;
import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.lesson.LessonSource;
import io.github.berth.tutor.progress.Progress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Quiz steps, on the built-in lesson vms-vs-containers: two pages of text, then three questions. */
class QuizStepTest {
    private Progress progress;
    private Tutor tutor;

    @BeforeEach
    void openAtTheQuiz() throws Exception {
        Catalog catalog = Catalog.load(LessonSource.builtIn());
        progress = new Progress();
        tutor = new Tutor(catalog, progress, p -> { }, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC),
                () -> new Sandbox(1L, Map.of(), false));
        String opened = text(tutor.open(catalog.lesson("vms-vs-containers").orElseThrow()));
        assertTrue(opened.matches("(?s).*which takes time\\.\\s+Type `next` to read on\\.\n"), "a page followed by another says how to turn it:\n" + opened);
        String shown = text(tutor.next());
        assertTrue(shown.contains("Question 1 of 3\nThree containers run on one Linux host."), shown);
        assertTrue(shown.contains("  a) One, the host's\n  b) Three, one in each container\n"), shown);
        assertTrue(shown.contains("Type the letter of your answer, for example `b`."), shown);
    }

    private static String text(Tutor.Feedback feedback) {
        StringBuilder sb = new StringBuilder();
        feedback.items().forEach(i -> sb.append(i.markdown() != null ? i.markdown() : i.line()).append('\n'));
        return sb.toString();
    }

    private String answer(String input) {
        return text(tutor.answer(input).orElseThrow(() -> new AssertionError("'" + input + "' was not taken as an answer")));
    }

    @Test
    void aWrongAnswerExplainsItselfAndTheQuestionStays() {
        String said = answer("b");
        assertTrue(said.endsWith("Try again (`solution` shows the answer).\n"), "this step has no hints:\n" + said);
        assertTrue(said.startsWith("✗ Not quite.\nb) That is what three virtual machines would need."), said);
        assertEquals("kernels", tutor.step().orElseThrow().questions().get(0).id());
        assertEquals(1, progress.lesson("vms-vs-containers").step("check-understanding").attempts);
        assertTrue(answer("A").startsWith("✓ Right.\nEvery container is a process"), "capitals and the next question");
    }

    @Test
    void rightAnswersWalkThroughTheQuestionsAndFinishTheLesson() {
        assertTrue(answer("a)").contains("Question 2 of 3"));
        assertTrue(answer("a").contains("Question 3 of 3\nWhich of these are reasons"));
        assertTrue(text(tutor.next()).contains("Answer the question first"), "next does not skip a question");
        String partial = answer("a b");
        assertTrue(partial.startsWith("✗ Not quite."), partial);
        assertTrue(partial.contains("pick every right answer and only those"), partial);
        String done = answer("d, b a");
        assertTrue(done.contains("★ Lesson complete: Virtual machines and containers"), done);
        assertTrue(tutor.isDone(tutor.lesson().orElseThrow()));
        assertTrue(tutor.answer("a").isEmpty(), "after the quiz a letter is an ordinary command again");
    }

    @Test
    void inputThatNamesNoOptionIsLeftForTheShell() {
        assertTrue(tutor.answer("docker ps").isEmpty());
        assertTrue(tutor.answer("e").isEmpty(), "there is no option e");
        assertTrue(tutor.answer("ab").isEmpty());
        assertTrue(tutor.answer("").isEmpty());
    }

    @Test
    void theSolutionNamesTheRightOptionsAndIsRecorded() {
        assertTrue(tutor.hasSolution());
        String shown = text(tutor.revealSolution());
        assertEquals("The answer:\n    a) One, the host's\nType `a` to go on.\n", shown);
        assertTrue(progress.lesson("vms-vs-containers").step("check-understanding").solutionShown);
        assertTrue(text(tutor.check()).startsWith("This step is a question"));
    }

    @Test
    void outsideAQuizALetterIsAnOrdinaryCommand() throws Exception {
        tutor.open(tutor.catalog().lesson("first-container").orElseThrow());
        assertFalse(tutor.answer("a").isPresent());
    }

    @Test
    void aTypedQuestionTakesAnswerAndTheRestGoesToTheShell() throws Exception {
        Catalog catalog = Catalog.load(LessonSource.builtIn());
        Tutor t = new Tutor(catalog, new Progress(), p -> { }, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC),
                () -> new Sandbox(1L, Map.of(), false));
        t.open(catalog.lesson("python-web-app").orElseThrow());
        var quiz = catalog.lesson("python-web-app").orElseThrow().steps().stream().filter(s -> s.isQuiz()).findFirst()
                .orElseThrow();
        while (t.step().orElseThrow() != quiz) {
            Tutor.Feedback ignored = t.next(); // skipping to the quiz is enough here
            if (t.step().orElseThrow().isTask()) {
                for (String line : t.step().orElseThrow().solution()) {
                    t.sandbox().run(line, io.github.berth.shell.Output.DISCARD);
                }
                t.afterCommand();
            }
        }
        assertTrue(t.answer("a").isPresent());
        String asked = text(t.answer("a").orElseThrow());
        assertTrue(asked.contains("what is N?") && asked.contains("Type `answer` and then your answer (a number)."), asked);
        assertTrue(t.answer("5000").isEmpty(), "without `answer` it is a shell command");
        assertTrue(text(t.answer("answer 500").orElseThrow()).startsWith("✗ Not quite.\n"));
        assertTrue(text(t.answer("answer five").orElseThrow()).startsWith("✗ Not quite: the answer is a number.\n"));
        assertTrue(text(t.answer("answer 5,000").orElseThrow()).startsWith("✓ Right.\n`-p HOST:CONTAINER`"));
        assertTrue(t.isDone(catalog.lesson("python-web-app").orElseThrow()));
    }
}
