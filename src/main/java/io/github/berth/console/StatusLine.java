package io.github.berth.console;

import io.github.berth.tutor.Tutor;
import io.github.berth.tutor.lesson.Lesson;
import io.github.berth.tutor.lesson.Step;
import io.github.berth.tutor.progress.Progress;
import java.util.Optional;

/** The text of the status bar: the lesson, the task and the hints used; nothing outside a lesson. */
final class StatusLine {
    private StatusLine() {}

    static Optional<String> text(Tutor tutor) {
        Optional<Lesson> lesson = tutor.lesson();
        if (lesson.isEmpty()) {
            return Optional.empty();
        }
        Lesson l = lesson.get();
        Optional<Step> step = tutor.step();
        if (step.isEmpty()) {
            return Optional.of(" " + l.title() + " · complete · type `next` or `lessons`");
        }
        long task = l.steps().subList(0, tutor.stepNumber()).stream().filter(Step::isTask).count();
        Progress.LessonProgress lp = tutor.progress().lessons.get(l.id());
        Progress.StepProgress sp = lp == null ? null : lp.steps.get(step.get().id());
        int hints = sp == null ? 0 : sp.hintsUsed;
        String where = step.get().isTask() ? "task " + task + " of " + l.taskCount()
                : step.get().isQuiz() ? "question" : "reading";
        return Optional.of(" " + l.title() + " · " + where + " · hints used: " + hints + " of "
                + step.get().hints().size() + " · `help` for commands");
    }
}
