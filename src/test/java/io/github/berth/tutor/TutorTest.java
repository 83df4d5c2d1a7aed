package io.github.berth.tutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.sandbox.Sandbox;
import io.github.berth.shell.Output;
import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.lesson.Lesson;
import io.github.berth.tutor.lesson.LessonSource;
import io.github.berth.tutor.progress.Progress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The first lesson's checks: each fails before the learner acts and passes after, whatever the spelling. */
class TutorTest {
    private Catalog catalog;
    private Lesson lesson;
    private final List<Integer> saves = new ArrayList<>();

    @BeforeEach
    void load() throws Exception {
        catalog = Catalog.load(LessonSource.builtIn());
        lesson = catalog.lesson("first-container").orElseThrow();
    }

    private Tutor tutor(Progress progress) {
        return new Tutor(catalog, progress, p -> saves.add(1), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC),
                () -> new Sandbox(7L, Map.of(), false));
    }

    private String text(Tutor.Feedback feedback) {
        StringBuilder sb = new StringBuilder();
        feedback.items().forEach(i -> sb.append(i.markdown() != null ? i.markdown() : i.line()).append('\n'));
        return sb.toString();
    }

    private Tutor.Feedback type(Tutor tutor, String line) {
        tutor.sandbox().run(line, Output.DISCARD);
        return tutor.afterCommand();
    }

    @Test
    void openingShowsTheIntroductionAndTheFirstTask() {
        Tutor tutor = tutor(new Progress());
        String shown = text(tutor.open(lesson));
        assertTrue(shown.contains("A **container** is a process"), shown);
        assertTrue(shown.contains("Task 1 of 2"), shown);
        assertEquals("run-hello", tutor.step().orElseThrow().id());
        assertFalse(saves.isEmpty(), "opening a lesson saves progress");
    }

    @Test
    void theRunStepFailsOnOtherCommandsAndPassesOnAnySpellingOfRun() {
        Tutor tutor = tutor(new Progress());
        tutor.open(lesson);
        for (String wrong : List.of("docker ps -a", "docker pull hello-world", "docker images", "docker run nosuch",
                "docker run hello-world /nothing")) {
            assertTrue(type(tutor, wrong).isEmpty(), wrong + " must not solve the step");
            assertEquals("run-hello", tutor.step().orElseThrow().id());
        }
        String shown = text(type(tutor, "docker container run --name first docker.io/library/hello-world:latest"));
        assertTrue(shown.contains("✓ Solved!"), shown);
        assertEquals("list-containers", tutor.step().orElseThrow().id());
        assertEquals(6, tutor.progress().lessons.get("first-container").steps.get("run-hello").attempts);
    }

    @Test
    void theListStepNeedsAllContainersNotJustRunningOnes() {
        Tutor tutor = tutor(new Progress());
        tutor.open(lesson);
        type(tutor, "docker run hello-world");
        assertTrue(type(tutor, "docker ps").isEmpty(), "docker ps without -a does not show the exited container");
        assertTrue(type(tutor, "docker ps --all=false").isEmpty());
        assertTrue(type(tutor, "docker ps -a --bogus").isEmpty(), "a failing command does not count");
        String shown = text(type(tutor, "docker container list -aq"));
        assertTrue(shown.contains("Lesson complete"), shown);
        assertTrue(tutor.isDone(lesson));
        assertTrue(tutor.step().isEmpty());
    }

    @Test
    void hintsComeOneAtATimeAndAreCounted() {
        Tutor tutor = tutor(new Progress());
        tutor.open(lesson);
        assertTrue(text(tutor.hint()).contains("Hint 1 of 2"));
        assertTrue(text(tutor.hint()).contains("Hint 2 of 2"));
        assertTrue(text(tutor.hint()).contains("No more hints"));
        assertEquals(2, tutor.progress().lessons.get("first-container").steps.get("run-hello").hintsUsed);
    }

    @Test
    void nextDoesNotSkipAnUnsolvedTask() {
        Tutor tutor = tutor(new Progress());
        tutor.open(lesson);
        String shown = text(tutor.next());
        assertTrue(shown.contains("Solve this step first"), shown);
        assertTrue(shown.contains("a container from the image hello-world that is exited with exit code 0"), shown);
        assertEquals("run-hello", tutor.step().orElseThrow().id());
    }

    @Test
    void resumingReplaysEarlierSolutionsSoTheSandboxMatches() {
        Progress progress = new Progress();
        Tutor first = tutor(progress);
        first.open(lesson);
        type(first, "docker run hello-world");

        Tutor later = tutor(progress);
        assertEquals("first-container", later.resumeTarget().orElseThrow().id());
        String shown = text(later.open(lesson));
        assertTrue(shown.contains("Welcome back. You were at step 3 of 3."), shown);
        assertEquals("list-containers", later.step().orElseThrow().id());
        assertEquals(1, later.sandbox().engine().containers().size(), "the run was replayed silently");
        assertTrue(type(later, "docker ps -a").items().stream().anyMatch(i -> "★ Lesson complete: Your first container"
                .equals(i.line())));
    }

    @Test
    void nextOpensTheFollowingLessonOnceOneIsComplete() {
        Tutor tutor = tutor(new Progress());
        tutor.open(lesson);
        type(tutor, "docker run hello-world");
        type(tutor, "docker ps -a");
        assertTrue(tutor.isDone(lesson));
        assertTrue(text(tutor.next()).contains("Task 1 of 3"), "next opens the following lesson");
        assertEquals("container-lifecycle", tutor.lesson().orElseThrow().id());
    }

    @Test
    void aFinishedCourseHasNothingToResume() {
        Progress progress = new Progress();
        Tutor tutor = tutor(progress);
        List<Lesson> all = catalog.lessons();
        for (Lesson l : all.subList(0, all.size() - 1)) {
            assertEquals(l.id(), tutor.resumeTarget().orElseThrow().id(), "the first lesson not done");
            progress.lesson(l.id()).completedAt = Instant.EPOCH;
        }
        Lesson last = all.get(all.size() - 1);
        assertEquals(last.id(), tutor.resumeTarget().orElseThrow().id());
        progress.lesson(last.id()).completedAt = Instant.EPOCH;
        assertTrue(tutor.resumeTarget().isEmpty());
        assertTrue(text(tutor.next()).contains("end of the course"));
    }

    @Test
    void checkListsWhatIsMetAndWhatIsNot() {
        Tutor tutor = tutor(new Progress());
        tutor.open(lesson);
        String shown = text(tutor.check());
        assertTrue(shown.contains("Not yet. The goal, part by part:"), shown);
        assertTrue(shown.contains("  ✗ not yet: a container from the image hello-world that is exited with exit code 0"),
                shown);
        tutor.sandbox().run("docker run hello-world", io.github.berth.shell.Output.DISCARD);
        assertTrue(text(tutor.check()).contains("✓ Solved!"), "check moves on once the goal is met");
        assertEquals("list-containers", tutor.step().orElseThrow().id());
    }

    @Test
    void resetStartsTheLessonAgainInAFreshSandbox() {
        Progress progress = new Progress();
        Tutor tutor = tutor(progress);
        tutor.open(catalog.lesson("vms-vs-containers").orElseThrow());
        tutor.next();
        List.of("a", "a", "a b d").forEach(answer -> tutor.answer(answer).orElseThrow());
        assertEquals("container-words", tutor.resumeTarget().orElseThrow().id());
        tutor.next();
        tutor.next();
        List.of("a", "b", "a b", "a").forEach(answer -> tutor.answer(answer).orElseThrow());
        assertEquals("first-container", tutor.resumeTarget().orElseThrow().id());
        tutor.open(lesson);
        type(tutor, "docker run hello-world");
        String shown = text(tutor.reset());
        assertTrue(shown.contains("Task 1 of 2"), shown);
        assertEquals("run-hello", tutor.step().orElseThrow().id());
        assertEquals(0, tutor.sandbox().engine().containers().size());
        assertTrue(progress.lessons.get("first-container").steps.get("run-hello").solvedAt != null,
                "what was solved stays solved");
    }

    @Test
    void feedbackRulesAdviseOnAKnownMistakeUntilTheTaskIsSolved() {
        Tutor tutor = tutor(new Progress());
        tutor.open(catalog.lesson("inside-a-container").orElseThrow());
        tutor.next();
        String unpublished = text(type(tutor, "docker run -d --name web nginx"));
        assertTrue(unpublished.contains("no port of this machine leads to it"), unpublished);
        assertFalse(unpublished.contains("attached"), "the rule for a run without -d does not match\n" + unpublished);
        String echo = text(type(tutor, "echo no docker command here"));
        assertTrue(echo.isEmpty(), "advice only after a matching command\n" + echo);
        String removed = text(type(tutor, "docker rm -f web"));
        assertTrue(removed.isEmpty(), removed);
        String solved = text(type(tutor, "docker run -d --name web -p 8080:80 nginx"));
        assertTrue(solved.contains("Solved"), solved);
        assertFalse(solved.contains("leads to it"), "a command that solves the task gets no advice\n" + solved);
    }
}
