package io.github.berth.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.sandbox.Sandbox;
import io.github.berth.shell.Output;
import io.github.berth.tutor.Tutor;
import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.lesson.LessonSource;
import io.github.berth.tutor.progress.Progress;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusLineTest {
    @Test
    void showsTheLessonTaskAndHintsAndNothingOutsideALesson() throws Exception {
        Catalog catalog = Catalog.load(LessonSource.builtIn());
        Tutor tutor = new Tutor(catalog, new Progress(), p -> { }, Clock.systemUTC(), () -> new Sandbox(1L, Map.of(), false));
        assertEquals(Optional.empty(), StatusLine.text(tutor));
        tutor.open(catalog.lesson("first-container").orElseThrow());
        assertEquals(Optional.of(" Your first container · task 1 of 2 · hints used: 0 of 2 · `help` for commands"),
                StatusLine.text(tutor));
        tutor.hint();
        tutor.sandbox().run("docker run hello-world", Output.DISCARD);
        tutor.afterCommand();
        assertEquals(Optional.of(" Your first container · task 2 of 2 · hints used: 0 of 2 · `help` for commands"),
                StatusLine.text(tutor));
        tutor.sandbox().run("docker ps -a", Output.DISCARD);
        tutor.afterCommand();
        assertEquals(Optional.of(" Your first container · complete · type `next` or `lessons`"), StatusLine.text(tutor));
    }
}
