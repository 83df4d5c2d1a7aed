package io.github.berth.console;

import io.github.berth.tutor.Tutor;
import io.github.berth.tutor.lesson.Lesson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * What a new learner sees first when berth starts with no lesson named: the lesson browser, so
 * they see the whole course and choose where to begin. Going back from it (Esc) starts the first
 * lesson, as berth does without a full screen.
 */
public final class StartScreen {
    private StartScreen() {}

    /** Whether the learner has not begun any lesson yet. */
    public static boolean isNewLearner(Tutor tutor) {
        return tutor.progress().currentLesson == null && tutor.progress().lessons.isEmpty();
    }

    /**
     * Shows the browser when there is a full screen ({@code fullScreen} not null) and opens the
     * chosen lesson, else the first one; the feedback is the opened lesson's first words.
     */
    public static Tutor.Feedback open(Tutor tutor, FullScreen fullScreen, PrintWriter err) {
        Optional<String> chosen = Optional.empty();
        if (fullScreen != null) {
            try {
                chosen = fullScreen.browseLessons(tutor.catalog(), tutor.progress());
            } catch (IOException | RuntimeException e) {
                err.println("berth: the lesson list could not open full screen (" + e.getMessage() + ")");
            }
        }
        Optional<Lesson> lesson = chosen.flatMap(id -> tutor.catalog().lesson(id)).or(tutor::resumeTarget);
        return lesson.map(tutor::open).orElseGet(Tutor.Feedback::new);
    }
}
