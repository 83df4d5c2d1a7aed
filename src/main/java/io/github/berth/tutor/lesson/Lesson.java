package io.github.berth.tutor.lesson;

import java.util.List;

/** A lesson: a stable id (never reused), a title, a summary and its steps; {@code module} is the module's id. */
public record Lesson(String id, String module, String title, String summary, List<Step> steps) {
    public Lesson {
        steps = List.copyOf(steps);
    }

    public int indexOf(String stepId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) {
                return i;
            }
        }
        return -1;
    }

    public long taskCount() {
        return steps.stream().filter(Step::isTask).count();
    }
}
