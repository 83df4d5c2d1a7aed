package io.github.berth.tutor.lesson;

import java.util.List;

/**
 * One step of a lesson. A text step only explains; a task step has a goal made of checks on
 * the sandbox's state, hints revealed one at a time, a reference solution and a message shown
 * when it is solved, and feedback for known mistakes; a quiz step asks its questions one after another. Text fields are Markdown.
 */
public record Step(String id, Kind kind, String body, List<Check> checks, List<String> hints, List<String> solution,
                   String success, List<Question> questions, List<FeedbackRule> feedback) {
    public enum Kind { TEXT, TASK, QUIZ }

    public Step {
        checks = List.copyOf(checks);
        hints = List.copyOf(hints);
        solution = List.copyOf(solution);
        questions = List.copyOf(questions);
        feedback = List.copyOf(feedback);
    }

    public boolean isTask() {
        return kind == Kind.TASK;
    }

    public boolean isQuiz() {
        return kind == Kind.QUIZ;
    }

    /** Whether the lesson waits here for the learner to do something (solve a task, answer a question). */
    public boolean waits() {
        return kind != Kind.TEXT;
    }
}
