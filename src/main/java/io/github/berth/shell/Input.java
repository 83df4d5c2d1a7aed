package io.github.berth.shell;

/**
 * A command's standard input: text read from the front, so that {@code read} in a loop takes one
 * line at a time and a program that reads its input takes the rest.
 */
final class Input {
    static final Input EMPTY = new Input("");

    private final String text;
    private int pos;
    /** The file this input was opened from ({@code < file}), or null. */
    final String file;
    final boolean directory;

    Input(String text) {
        this(text, null, false);
    }

    Input(String text, String file, boolean directory) {
        this.text = text;
        this.file = file;
        this.directory = directory;
    }

    /** The next line without its newline, or null at the end; {@code complete[0]} says whether it had one. */
    String readLine(boolean[] complete) {
        if (pos >= text.length()) {
            return null;
        }
        int nl = text.indexOf('\n', pos);
        String line = text.substring(pos, nl < 0 ? text.length() : nl);
        pos = nl < 0 ? text.length() : nl + 1;
        complete[0] = nl >= 0;
        return line;
    }

    /** What is left, all of it consumed. */
    String takeRest() {
        String rest = text.substring(Math.min(pos, text.length()));
        pos = text.length();
        return rest;
    }

    /** What is left, without consuming it. */
    String rest() {
        return text.substring(Math.min(pos, text.length()));
    }
}
