package io.github.berth.tutor;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.lesson.Lesson;
import io.github.berth.tutor.lesson.Module;
import io.github.berth.tutor.lesson.Step;
import io.github.berth.tutor.progress.Progress;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a learner did in each lesson of a course, one row per learner and lesson, for an
 * instructor ({@code berth report}) or the learner ({@code berth progress}). Quiz-mode answers
 * count towards the lesson the question comes from.
 */
public final class ProgressReport {
    private ProgressReport() {}

    /** One learner's record in one lesson. Times are null when the lesson was not started or not finished. */
    public record Row(String learner, String module, String lesson, String title, String status, int stepsSolved,
                      int stepsTotal, int attempts, int hintsUsed, int solutionsShown, int questionsAnswered,
                      int questionsRightFirstTry, Instant startedAt, Instant completedAt) {
        /** Whole minutes from start to completion, or -1 for a lesson not completed. */
        public long minutes() {
            return startedAt == null || completedAt == null ? -1 : Duration.between(startedAt, completedAt).toMinutes();
        }
    }

    static final List<String> COLUMNS = List.of("learner", "module", "lesson", "title", "status", "steps_solved",
            "steps_total", "attempts", "hints_used", "solutions_shown", "questions_answered",
            "questions_right_first_try", "started_at", "completed_at", "minutes");

    public static List<Row> rows(String learner, Catalog catalog, Progress progress) {
        Map<String, Boolean> firstTries = firstTries(progress);
        List<Row> rows = new ArrayList<>();
        for (Module module : catalog.modules()) {
            for (Lesson lesson : module.lessons()) {
                Progress.LessonProgress lp = progress.lessons.get(lesson.id());
                int solved = 0;
                int total = 0;
                int attempts = 0;
                int hints = 0;
                int solutions = 0;
                for (Step step : lesson.steps()) {
                    if (!step.waits()) {
                        continue;
                    }
                    total++;
                    Progress.StepProgress sp = lp == null ? null : lp.steps.get(step.id());
                    if (sp != null) {
                        solved += sp.solvedAt != null ? 1 : 0;
                        attempts += sp.attempts;
                        hints += sp.hintsUsed;
                        solutions += sp.solutionShown ? 1 : 0;
                    }
                }
                String prefix = lesson.id() + "/";
                int answered = 0;
                int right = 0;
                for (var entry : firstTries.entrySet()) {
                    if (entry.getKey().startsWith(prefix)) {
                        answered++;
                        right += entry.getValue() ? 1 : 0;
                    }
                }
                rows.add(new Row(learner, module.id(), lesson.id(), lesson.title(), LessonList.state(lesson, progress),
                        solved, total, attempts, hints, solutions, answered, right,
                        lp == null ? null : lp.startedAt, lp == null ? null : lp.completedAt));
            }
        }
        return rows;
    }

    /** Each question answered in quiz mode, and whether its first answer was right. */
    private static Map<String, Boolean> firstTries(Progress progress) {
        Map<String, Boolean> first = new LinkedHashMap<>();
        progress.answers.stream()
                .sorted((a, b) -> a.at().compareTo(b.at()))
                .forEach(a -> first.putIfAbsent(a.question(), a.correct()));
        return first;
    }

    /**
     * The learner's own view ({@code berth progress}): each module's lessons with their state, steps
     * solved, hints and solutions used; then quiz mode's answers and the questions due for review at {@code now}.
     */
    public static String text(Catalog catalog, List<Row> rows, Progress progress, Instant now) {
        StringBuilder sb = new StringBuilder();
        int idWidth = rows.stream().mapToInt(r -> r.lesson().length()).max().orElse(0);
        int i = 0;
        for (Module module : catalog.modules()) {
            sb.append(module.title()).append('\n');
            for (int n = 0; n < module.lessons().size(); n++, i++) {
                Row r = rows.get(i);
                String mark = r.status().equals("done") ? "✓" : r.status().equals("in progress") ? "…" : " ";
                sb.append("  ").append(mark).append(' ').append(pad(r.lesson(), idWidth)).append("  ")
                        .append(pad(r.status(), 11)).append("  ")
                        .append(r.stepsSolved()).append(" of ").append(count(r.stepsTotal(), "step"));
                if (r.hintsUsed() > 0) {
                    sb.append(", ").append(count(r.hintsUsed(), "hint"));
                }
                if (r.solutionsShown() > 0) {
                    sb.append(", ").append(count(r.solutionsShown(), "solution")).append(" shown");
                }
                sb.append('\n');
            }
        }
        int answered = rows.stream().mapToInt(Row::questionsAnswered).sum();
        int right = rows.stream().mapToInt(Row::questionsRightFirstTry).sum();
        long due = progress.cards.values().stream().filter(c -> c.due != null && !c.due.isAfter(now)).count();
        sb.append('\n');
        if (answered == 0) {
            sb.append("Quiz mode: no questions answered yet (berth quiz).\n");
        } else {
            sb.append("Quiz mode: ").append(count(answered, "question")).append(" answered, ").append(right)
                    .append(" right the first time; ").append(due).append(" due for review now")
                    .append(due > 0 ? " (berth review)." : ".").append('\n');
        }
        return sb.toString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** RFC 4180 CSV with a header line; empty cells for times not reached. */
    public static String csv(List<Row> rows) {
        StringBuilder sb = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (Row row : rows) {
            List<Object> cells = cells(row);
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(csvCell(cells.get(i) == null ? "" : cells.get(i).toString()));
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    /** A JSON array of objects named as the CSV's columns; numbers as numbers, times not reached as null. */
    public static String json(List<Row> rows) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            g.writeStartArray();
            for (Row row : rows) {
                g.writeStartObject();
                List<Object> cells = cells(row);
                for (int i = 0; i < COLUMNS.size(); i++) {
                    Object cell = cells.get(i);
                    g.writeFieldName(COLUMNS.get(i));
                    if (cell == null) {
                        g.writeNull();
                    } else if (cell instanceof Number n) {
                        g.writeNumber(n.longValue());
                    } else {
                        g.writeString(cell.toString());
                    }
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out + "\n";
    }

    private static List<Object> cells(Row r) {
        List<Object> cells = new ArrayList<>(List.of(r.learner(), r.module(), r.lesson(), r.title(), r.status(),
                r.stepsSolved(), r.stepsTotal(), r.attempts(), r.hintsUsed(), r.solutionsShown(),
                r.questionsAnswered(), r.questionsRightFirstTry()));
        cells.add(r.startedAt());
        cells.add(r.completedAt());
        cells.add(r.minutes() < 0 ? null : r.minutes());
        return cells;
    }

    private static String csvCell(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
