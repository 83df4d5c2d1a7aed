package io.github.berth.tutor.lesson;

/**
 * One problem in a lesson file, where it is and how bad: an error makes the course unusable, a
 * warning is something a learner would miss. Printed as {@code file:line:col: severity: message}.
 */
public record Problem(String file, int line, int column, Severity severity, String message) {
    public enum Severity {
        ERROR, WARNING;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static Problem of(LessonException e) {
        return new Problem(e.file(), e.line(), e.column(), Severity.ERROR, e.problem());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line + ":" + column : "") + ": " + severity.word() + ": " + message;
    }
}
