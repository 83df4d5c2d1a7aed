package io.github.berth.tutor;

import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.lesson.Lesson;
import io.github.berth.tutor.lesson.Module;
import io.github.berth.tutor.progress.Progress;

/** The modules and lessons with the learner's progress, as text; every mark is also said in words. */
public final class LessonList {
    private LessonList() {}

    public static String render(Catalog catalog, Progress progress) {
        StringBuilder sb = new StringBuilder();
        int idWidth = catalog.lessons().stream().mapToInt(l -> l.id().length()).max().orElse(0);
        int titleWidth = catalog.lessons().stream().mapToInt(l -> l.title().length()).max().orElse(0);
        for (Module module : catalog.modules()) {
            long done = module.lessons().stream().filter(l -> state(l, progress).equals("done")).count();
            sb.append(module.title()).append("  (").append(done).append(" of ").append(module.lessons().size())
                    .append(" done)\n");
            for (Lesson lesson : module.lessons()) {
                String state = state(lesson, progress);
                String mark = state.equals("done") ? "✓" : state.equals("in progress") ? "…" : " ";
                sb.append("  ").append(mark).append(' ').append(String.format("%-" + idWidth + "s", lesson.id()))
                        .append("  ").append(String.format("%-" + titleWidth + "s", lesson.title()))
                        .append("  [").append(state).append("]\n");
            }
        }
        return sb.toString();
    }

    /** "done", "in progress" or "new": how far the learner got in {@code lesson}. */
    public static String state(Lesson lesson, Progress progress) {
        Progress.LessonProgress lp = progress.lessons.get(lesson.id());
        if (lp == null || lp.startedAt == null) {
            return "new";
        }
        return lp.done() ? "done" : "in progress";
    }
}
