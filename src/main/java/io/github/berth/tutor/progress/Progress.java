package io.github.berth.tutor.progress;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A learner's progress, keyed by stable lesson and step ids. This is the document saved as
 * {@code progress.json}; {@link #SCHEMA_VERSION} is written with it so later versions can migrate it.
 */
public final class Progress {
    public static final int SCHEMA_VERSION = 1;

    public int schemaVersion = SCHEMA_VERSION;
    /** The lesson the learner is in, or last was in. */
    public String currentLesson;
    public Map<String, LessonProgress> lessons = new LinkedHashMap<>();

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
    }

    private static Instant earlier(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
