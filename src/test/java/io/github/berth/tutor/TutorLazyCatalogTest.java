package io.github.berth.tutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.sandbox.Sandbox;
import io.github.berth.shell.Output;
import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.lesson.LessonSource;
import io.github.berth.tutor.progress.Progress;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Free play starts before the lessons are read: the tutor asks for them only when a lesson is needed. */
class TutorLazyCatalogTest {
    @Test
    void freePlayCommandsNeverAskForTheLessons() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        Catalog catalog = Catalog.load(LessonSource.builtIn());
        Tutor tutor = new Tutor(() -> {
            asked.incrementAndGet();
            return catalog;
        }, new Progress(), p -> { }, Clock.systemUTC(), () -> new Sandbox(3L, Map.of(), false));

        assertEquals(0, tutor.sandbox().run("docker run hello-world", Output.DISCARD).record().exit());
        tutor.afterCommand();
        assertEquals(0, asked.get(), "a command in free play reads no lesson");

        assertEquals("vms-vs-containers", tutor.resumeTarget().orElseThrow().id());
        assertTrue(asked.get() > 0, "resuming needs the lessons");
    }

    @Test
    void anEmptyCatalogHasNoLessonsToResume() {
        Tutor tutor = new Tutor(Catalog::empty, new Progress(), p -> { }, Clock.systemUTC(),
                () -> new Sandbox(3L, Map.of(), false));
        assertTrue(tutor.resumeTarget().isEmpty());
        assertTrue(tutor.catalog().lessons().isEmpty());
    }
}
