package io.github.berth.tutor.lesson;

/** A lesson file that cannot be used, with where the problem is: {@code file:line:col: message}. */
public final class LessonException extends Exception {
    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    public LessonException(String file, int line, int column, String problem) {
        super(file + (line > 0 ? ":" + line + ":" + column : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    /** 1-based; 0 when the problem is the whole file. */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The message without the place. */
    public String problem() {
        return problem;
    }
}
