package io.github.berth.ui;

import io.github.berth.tutor.LessonList;
import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.lesson.Lesson;
import io.github.berth.tutor.lesson.Module;
import io.github.berth.tutor.progress.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the lesson browser shows, without any drawing: the rows (a module, then its lessons) that
 * match the search, and which lesson is selected. Only lesson rows can be selected.
 */
final class BrowserModel {
    sealed interface Row permits ModuleRow, LessonRow {}

    /** A module's heading; {@code done} and {@code total} count all its lessons, whatever the search. */
    record ModuleRow(Module module, int done, int total) implements Row {}

    /** A lesson with its state in words: "done", "in progress" or "new". */
    record LessonRow(Lesson lesson, String state) implements Row {}

    private final Catalog catalog;
    private final Progress progress;
    private String query = "";
    private List<Row> rows;
    private String selectedId;

    BrowserModel(Catalog catalog, Progress progress) {
        this.catalog = catalog;
        this.progress = progress;
        this.rows = build();
        this.selectedId = initialSelection();
    }

    /** The lesson the learner is in, else the first not done, else the first. */
    private String initialSelection() {
        List<Lesson> lessons = catalog.lessons();
        if (progress.currentLesson != null && catalog.lesson(progress.currentLesson).isPresent()) {
            return progress.currentLesson;
        }
        return lessons.stream().filter(l -> !state(l).equals("done")).findFirst()
                .or(() -> lessons.stream().findFirst()).map(Lesson::id).orElse(null);
    }

    String state(Lesson lesson) {
        return LessonList.state(lesson, progress);
    }

    int doneCount() {
        return (int) catalog.lessons().stream().filter(l -> state(l).equals("done")).count();
    }

    int lessonCount() {
        return catalog.lessons().size();
    }

    String query() {
        return query;
    }

    /** Filters the lessons to those whose title or id contains {@code text}, ignoring case. */
    void setQuery(String text) {
        query = text;
        rows = build();
        if (selectedRow() < 0) {
            selectedId = rows.stream().filter(r -> r instanceof LessonRow).map(r -> ((LessonRow) r).lesson().id())
                    .findFirst().orElse(selectedId);
        }
    }

    private List<Row> build() {
        String needle = query.toLowerCase(Locale.ROOT);
        List<Row> out = new ArrayList<>();
        for (Module module : catalog.modules()) {
            List<Row> lessons = new ArrayList<>();
            int done = 0;
            for (Lesson lesson : module.lessons()) {
                String state = state(lesson);
                if (state.equals("done")) {
                    done++;
                }
                if (matches(lesson, needle)) {
                    lessons.add(new LessonRow(lesson, state));
                }
            }
            if (!lessons.isEmpty()) {
                out.add(new ModuleRow(module, done, module.lessons().size()));
                out.addAll(lessons);
            }
        }
        return List.copyOf(out);
    }

    private static boolean matches(Lesson lesson, String needle) {
        return needle.isEmpty() || lesson.title().toLowerCase(Locale.ROOT).contains(needle)
                || lesson.id().toLowerCase(Locale.ROOT).contains(needle);
    }

    /** The visible rows, in course order. */
    List<Row> rows() {
        return rows;
    }

    /** The selected row's index in {@link #rows()}, or -1 when no lesson matches. */
    int selectedRow() {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof LessonRow l && l.lesson().id().equals(selectedId)) {
                return i;
            }
        }
        return -1;
    }

    Optional<Lesson> selected() {
        int i = selectedRow();
        return i < 0 ? Optional.empty() : Optional.of(((LessonRow) rows.get(i)).lesson());
    }

    /** Moves the selection {@code delta} lessons down (negative: up), stopping at the first and last. */
    void move(int delta) {
        List<Integer> lessonRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof LessonRow) {
                lessonRows.add(i);
            }
        }
        if (lessonRows.isEmpty()) {
            return;
        }
        int at = Math.max(0, lessonRows.indexOf(selectedRow()));
        int to = Math.max(0, Math.min(lessonRows.size() - 1, at + delta));
        selectedId = ((LessonRow) rows.get(lessonRows.get(to))).lesson().id();
    }

    void first() {
        move(-rows.size());
    }

    void last() {
        move(rows.size());
    }
}
