package io.github.berth.tutor.lesson;

/** A lesson file that cannot be used, with where the problem is: {@code file:line:col: message}. */
public final class LessonException extends Exception {
    public LessonException(String file, int line, int column, String message) {
        super(file + (line > 0 ? ":" + line + ":" + column : "") + ": " + message);
    }
}
