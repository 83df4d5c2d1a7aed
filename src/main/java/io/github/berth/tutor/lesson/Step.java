package io.github.berth.tutor.lesson;

import java.util.List;

/**
 * One step of a lesson. A text step only explains; a task step has a goal made of checks on
 * the sandbox's state, hints revealed one at a time, a reference solution and a message shown
 * when it is solved. Text fields are Markdown.
 */
public record Step(String id, Kind kind, String body, List<Check> checks, List<String> hints, List<String> solution,
                   String success) {
    public enum Kind { TEXT, TASK }

    public Step {
        checks = List.copyOf(checks);
        hints = List.copyOf(hints);
        solution = List.copyOf(solution);
    }

    public boolean isTask() {
        return kind == Kind.TASK;
    }
}
