package io.github.berth.tutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.sandbox.Sandbox;
import io.github.berth.shell.Output;
import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.lesson.LessonSource;
import io.github.berth.tutor.progress.Progress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** `back` (the previous step, its sandbox rebuilt) and `undo` (the last command taken back). */
class TutorBackUndoTest {
    private Catalog catalog;
    private Tutor tutor;

    @BeforeEach
    void load() throws Exception {
        catalog = Catalog.load(LessonSource.builtIn());
        tutor = new Tutor(catalog, new Progress(), p -> {}, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC),
                () -> new Sandbox(7L, Map.of(), false));
    }

    private static String text(Tutor.Feedback feedback) {
        StringBuilder sb = new StringBuilder();
        feedback.items().forEach(i -> sb.append(i.markdown() != null ? i.markdown() : i.line()).append('\n'));
        return sb.toString();
    }

    private String type(String line) {
        String out = tutor.sandbox().run(line, Output.DISCARD).record().stdout();
        tutor.afterCommand();
        return out;
    }

    @Test
    void undoTakesBackTheLastCommandOnly() {
        tutor.open(catalog.lesson("first-container").orElseThrow());
        type("docker pull alpine -q");
        type("touch notes");
        String shown = text(tutor.undo());
        assertEquals("Undone: touch notes\nThe sandbox's files, images and containers are as they were before it.\n",
                shown);
        assertEquals("", type("ls"));
        assertTrue(type("docker images").contains("alpine"), "the pull before it stays");
    }

    @Test
    void undoStopsAtTheLessonsSetup() {
        tutor.open(catalog.lesson("first-container").orElseThrow());
        assertEquals("There is nothing to undo since this lesson's sandbox was set up.\n", text(tutor.undo()));
    }

    @Test
    void undoInFreePlayStopsAtTheStart() {
        assertEquals("There is nothing to undo: no command has changed the sandbox yet.\n", text(tutor.undo()));
        type("touch a");
        tutor.undo();
        assertEquals("", type("ls"));
    }

    @Test
    void undoingTheCommandThatSolvedAStepKeepsItSolved() {
        tutor.open(catalog.lesson("first-container").orElseThrow());
        type("docker run hello-world");
        assertEquals("list-containers", tutor.step().orElseThrow().id());
        tutor.undo();
        assertEquals("list-containers", tutor.step().orElseThrow().id());
        assertEquals("", type("docker ps -aq"), "but the container is gone");
    }

    @Test
    void backGoesToThePreviousStepWithItsSandboxAsAtItsStart() {
        tutor.open(catalog.lesson("first-container").orElseThrow());
        assertFalse(tutor.sandboxChanged());
        type("docker run hello-world");
        type("touch mine");
        assertTrue(tutor.sandboxChanged());
        String shown = text(tutor.back());
        assertTrue(shown.startsWith("Back to the previous step; the sandbox is as at its start.\n"), shown);
        assertTrue(shown.contains("Task 1 of 2"), shown);
        assertEquals("run-hello", tutor.step().orElseThrow().id());
        assertEquals("", type("ls"), "the sandbox is the step's start again");
        assertEquals("", type("docker ps -aq"));
    }

    @Test
    void backAtTheFirstStepOrOutsideALessonSaysSo() {
        assertEquals("You are not in a lesson: there is no step to go back to.\n", text(tutor.back()));
        tutor.open(catalog.lesson("first-container").orElseThrow());
        String shown = text(tutor.back());
        assertTrue(shown.startsWith("This is the lesson's first step; what comes before it:\nA **container**"), shown);
        assertEquals("run-hello", tutor.step().orElseThrow().id());
    }
}
