package io.github.berth.tutor.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A learner's progress, keyed by stable lesson and step ids. This is the document saved as
 * {@code progress.json}; {@link #SCHEMA_VERSION} is written with it so later versions can migrate it.
 */
public final class Progress {
    public static final int SCHEMA_VERSION = 1;

    public int schemaVersion = SCHEMA_VERSION;
    /** The lesson the learner is in, or last was in. */
    public String currentLesson;
    /** Who this is, written only into exported copies ({@code berth progress export}) for an instructor's report. */
    public String learner;
    public Map<String, LessonProgress> lessons = new LinkedHashMap<>();
    /** Quiz questions answered in {@code berth quiz} or {@code review}, by "lesson/question" id: their Leitner box. */
    public Map<String, Card> cards = new LinkedHashMap<>();
    /** Every answer given in quiz mode, oldest first; never rewritten, only added to. */
    public List<Answer> answers = new ArrayList<>();

    /** A question's place in spaced review: box 1 (just missed) to {@link #TOP_BOX}, and when it is due again. */
    public static final class Card {
        public int box = 1;
        public Instant due;
        public Instant lastAnswered;
    }

    public static final int TOP_BOX = 5;

    /** One answer: the question, when, what was typed, whether it was right and how long it took. */
    public record Answer(String question, Instant at, String given, boolean correct, long millis) {}

    public static final class LessonProgress {
        public Instant startedAt;
        public Instant completedAt;
        /** The step the learner is on. */
        public String currentStep;
        public Map<String, StepProgress> steps = new LinkedHashMap<>();

        public boolean done() {
            return completedAt != null;
        }

        public StepProgress step(String id) {
            return steps.computeIfAbsent(id, k -> new StepProgress());
        }
    }

    public static final class StepProgress {
        public Instant solvedAt;
        public int hintsUsed;
        public boolean solutionShown;
        /** Commands typed while on this step. */
        public int attempts;
    }

    /** How many lessons are done (completed at least once). */
    public long lessonsDone() {
        return lessons.values().stream().filter(LessonProgress::done).count();
    }

    public LessonProgress lesson(String id) {
        return lessons.computeIfAbsent(id, k -> new LessonProgress());
    }

    /**
     * Folds {@code other} (the file as another running berth saved it) into this progress, so
     * two instances never lose each other's work: solved stays solved, counters keep the larger
     * value, and this instance's current lesson and step win.
     */
    public void mergeFrom(Progress other) {
        other.lessons.forEach((id, theirs) -> {
            LessonProgress mine = lessons.get(id);
            if (mine == null) {
                lessons.put(id, theirs);
                return;
            }
            mine.startedAt = earlier(mine.startedAt, theirs.startedAt);
            mine.completedAt = earlier(mine.completedAt, theirs.completedAt);
            theirs.steps.forEach((stepId, t) -> {
                StepProgress m = mine.step(stepId);
                m.solvedAt = earlier(m.solvedAt, t.solvedAt);
                m.hintsUsed = Math.max(m.hintsUsed, t.hintsUsed);
                m.solutionShown |= t.solutionShown;
                m.attempts = Math.max(m.attempts, t.attempts);
            });
        });
        if (currentLesson == null) {
            currentLesson = other.currentLesson;
        }
        other.cards.forEach((id, theirs) -> {
            Card mine = cards.get(id);
            if (mine == null || mine.lastAnswered == null
                    || theirs.lastAnswered != null && theirs.lastAnswered.isAfter(mine.lastAnswered)) {
                cards.put(id, theirs); // the card as it was after its latest answer, whoever gave it
            }
        });
        Set<Answer> all = new LinkedHashSet<>(other.answers);
        all.addAll(answers);
        answers = new ArrayList<>(all);
        answers.sort((a, b) -> Objects.compare(a.at(), b.at(), Instant::compareTo));
    }

    private static Instant earlier(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
