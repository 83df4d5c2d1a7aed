package io.github.berth.tutor.lesson;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lesson: a stable id (never reused), a title, a summary, the sandbox it starts in and its steps;
 * {@code module} is the module's id.
 */
public record Lesson(String id, String module, String title, String summary, Setup setup, List<Step> steps) {
    /**
     * The start state of a lesson's sandbox: files in the workspace ({@code ~/app}, by relative path)
     * and commands run silently before the learner types anything (pull an image, start a container).
     */
    public record Setup(Map<String, String> files, List<String> commands) {
        public static final Setup NONE = new Setup(Map.of(), List.of());

        public Setup {
            files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
            commands = List.copyOf(commands);
        }
    }

    public Lesson {
        steps = List.copyOf(steps);
    }

    public Lesson(String id, String module, String title, String summary, List<Step> steps) {
        this(id, module, title, summary, Setup.NONE, steps);
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
