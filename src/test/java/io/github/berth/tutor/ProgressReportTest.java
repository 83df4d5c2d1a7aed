package io.github.berth.tutor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.lesson.LessonSource;
import io.github.berth.tutor.progress.Progress;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The class report and the learner's own view, from a progress document and the built-in course. */
class ProgressReportTest {
    private static Catalog catalog;

    @BeforeAll
    static void load() throws Exception {
        catalog = Catalog.load(LessonSource.builtIn());
    }

    /** first-container done with a hint and the second step's solution shown; a quiz question missed, then right. */
    private static Progress progress() {
        Progress p = new Progress();
        Progress.LessonProgress lp = p.lesson("first-container");
        lp.startedAt = Instant.parse("2026-11-20T10:00:00Z");
        lp.completedAt = Instant.parse("2026-11-20T10:12:30Z");
        Progress.StepProgress run = lp.step("run-hello");
        run.solvedAt = Instant.parse("2026-11-20T10:05:00Z");
        run.attempts = 3;
        run.hintsUsed = 1;
        Progress.StepProgress list = lp.step("list-containers");
        list.solvedAt = Instant.parse("2026-11-20T10:12:00Z");
        list.attempts = 2;
        list.solutionShown = true;
        p.lesson("container-words").startedAt = Instant.parse("2026-11-21T09:00:00Z");
        p.answers.add(new Progress.Answer("container-words/who-pulls", Instant.parse("2026-11-22T09:00:05Z"), "a", true, 4000));
        p.answers.add(new Progress.Answer("container-words/who-pulls", Instant.parse("2026-11-22T09:00:00Z"), "b", false, 3000));
        p.answers.add(new Progress.Answer("container-words/blueprint", Instant.parse("2026-11-22T09:01:00Z"), "c", true, 2000));
        Progress.Card due = new Progress.Card();
        due.due = Instant.parse("2026-11-23T09:00:00Z");
        p.cards.put("container-words/who-pulls", due);
        Progress.Card later = new Progress.Card();
        later.due = Instant.parse("2026-11-30T09:00:00Z");
        p.cards.put("container-words/blueprint", later);
        return p;
    }

    private static ProgressReport.Row row(List<ProgressReport.Row> rows, String lesson) {
        return rows.stream().filter(r -> r.lesson().equals(lesson)).findFirst().orElseThrow();
    }

    @Test
    void aRowPerLessonOfTheCourseWithWhatTheLearnerDid() {
        List<ProgressReport.Row> rows = ProgressReport.rows("ana", catalog, progress());
        assertEquals(catalog.lessons().size(), rows.size());
        assertEquals(new ProgressReport.Row("ana", "first-steps", "first-container", "Your first container", "done",
                2, 2, 5, 1, 1, 0, 0, Instant.parse("2026-11-20T10:00:00Z"), Instant.parse("2026-11-20T10:12:30Z")),
                row(rows, "first-container"));
        assertEquals(12, row(rows, "first-container").minutes());
        ProgressReport.Row words = row(rows, "container-words");
        assertEquals("in progress", words.status());
        assertEquals(2, words.questionsAnswered());
        assertEquals(1, words.questionsRightFirstTry(), "who-pulls was first answered wrong (the log is sorted by time)");
        assertEquals(-1, words.minutes());
        assertEquals("new", row(rows, "layers").status());
    }

    @Test
    void csvHasAHeaderAndQuotesWhatNeedsIt() {
        Progress p = new Progress();
        String csv = ProgressReport.csv(ProgressReport.rows("Doe, \"Jo\"", catalog, p));
        List<String> lines = csv.lines().toList();
        assertEquals("learner,module,lesson,title,status,steps_solved,steps_total,attempts,hints_used,solutions_shown,"
                + "questions_answered,questions_right_first_try,started_at,completed_at,minutes", lines.get(0));
        assertEquals("\"Doe, \"\"Jo\"\"\",first-steps,first-container,Your first container,new,0,2,0,0,0,0,0,,,",
                lines.stream().filter(l -> l.contains("first-container")).findFirst().orElseThrow());
        assertEquals(catalog.lessons().size() + 1, lines.size());
        assertEquals(true, csv.endsWith("\r\n"), "RFC 4180 line ends");
    }

    @Test
    void jsonGivesNumbersAndNulls() {
        String json = ProgressReport.json(ProgressReport.rows("ana", catalog, progress()).subList(2, 3));
        assertEquals("""
                [ {
                  "learner" : "ana",
                  "module" : "first-steps",
                  "lesson" : "first-container",
                  "title" : "Your first container",
                  "status" : "done",
                  "steps_solved" : 2,
                  "steps_total" : 2,
                  "attempts" : 5,
                  "hints_used" : 1,
                  "solutions_shown" : 1,
                  "questions_answered" : 0,
                  "questions_right_first_try" : 0,
                  "started_at" : "2026-11-20T10:00:00Z",
                  "completed_at" : "2026-11-20T10:12:30Z",
                  "minutes" : 12
                } ]
                """, json);
    }

    @Test
    void theLearnersViewSaysStateStepsHintsAndWhatIsDue() {
        Progress p = progress();
        String text = ProgressReport.text(catalog, ProgressReport.rows(null, catalog, p), p,
                Instant.parse("2026-11-24T00:00:00Z"));
        List<String> lines = text.lines().toList();
        assertEquals("Why containers", lines.get(0));
        assertEquals("  … container-words      in progress  0 of 1 step", lines.get(2));
        assertEquals(true, text.contains("  ✓ first-container      done         2 of 2 steps, 1 hint, 1 solution shown\n"), text);
        assertEquals("Quiz mode: 2 questions answered, 1 right the first time; 1 due for review now (berth review).",
                lines.get(lines.size() - 1));
    }
}
