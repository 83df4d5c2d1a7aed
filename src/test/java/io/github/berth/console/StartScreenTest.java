package io.github.berth.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.sandbox.Sandbox;
import io.github.berth.tutor.Tutor;
import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.lesson.LessonSource;
import io.github.berth.tutor.progress.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A new learner starts at the lesson browser; going back from it starts the first lesson. */
class StartScreenTest {
    private Tutor tutor;
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() throws Exception {
        tutor = new Tutor(Catalog.load(LessonSource.builtIn()), new Progress(), p -> {}, Clock.systemUTC(),
                () -> new Sandbox(1L, Map.of(), true));
    }

    private static String text(Tutor.Feedback feedback) {
        StringBuilder sb = new StringBuilder();
        feedback.items().forEach(i -> sb.append(i.markdown() != null ? i.markdown() : i.line()).append('\n'));
        return sb.toString();
    }

    @Test
    void onlyALearnerWithNoProgressIsNew() {
        assertTrue(StartScreen.isNewLearner(tutor));
        tutor.open(tutor.catalog().lessons().get(0));
        assertFalse(StartScreen.isNewLearner(tutor));
    }

    @Test
    void theChosenLessonOpens() {
        ReplFullScreenTest.FakeFullScreen browser = new ReplFullScreenTest.FakeFullScreen();
        String second = tutor.catalog().lessons().get(1).id();
        browser.answers.add(Optional.of(second));
        String shown = text(StartScreen.open(tutor, browser, new PrintWriter(err)));
        assertEquals(second, tutor.lesson().orElseThrow().id());
        assertTrue(shown.startsWith("Lesson: " + tutor.catalog().lessons().get(1).title()), shown);
        assertEquals(1, browser.catalogs.size());
    }

    @Test
    void goingBackStartsTheFirstLesson() {
        ReplFullScreenTest.FakeFullScreen browser = new ReplFullScreenTest.FakeFullScreen();
        browser.answers.add(Optional.empty());
        StartScreen.open(tutor, browser, new PrintWriter(err));
        assertEquals(tutor.catalog().lessons().get(0).id(), tutor.lesson().orElseThrow().id());
    }

    @Test
    void withoutAFullScreenOrWhenItFailsTheFirstLessonOpens() {
        StartScreen.open(tutor, null, new PrintWriter(err));
        assertEquals(tutor.catalog().lessons().get(0).id(), tutor.lesson().orElseThrow().id());
        ReplFullScreenTest.FakeFullScreen broken = new ReplFullScreenTest.FakeFullScreen();
        broken.failure = new IOException("no tty");
        setUpQuietly();
        StartScreen.open(tutor, broken, new PrintWriter(err, true));
        assertEquals(tutor.catalog().lessons().get(0).id(), tutor.lesson().orElseThrow().id());
        assertEquals("berth: the lesson list could not open full screen (no tty)\n", err.toString());
    }

    private void setUpQuietly() {
        try {
            setUp();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
