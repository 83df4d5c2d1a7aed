package io.github.berth.cli;

import io.github.berth.shell.Output;

/**
 * Long listings written to standard output in pieces of whole lines, about 32K characters each,
 * instead of one string: {@code docker ps -a} of 10,000 containers is a megabyte of text, and a
 * string that size is a "humongous" object for the JVM's G1 collector, allocated outside the
 * young generation and several times slower to make than the whole listing (EngineBench). What
 * the learner sees is the same text.
 */
final class LineChunks {
    static final int SIZE = 32 * 1024;

    private final Output out;
    private final StringBuilder text = new StringBuilder(SIZE + 1024);

    LineChunks(Output out) {
        this.out = out;
    }

    /** The current piece, to append a line's text to. */
    StringBuilder text() {
        return text;
    }

    /** Ends a line, handing the piece on once it is long enough. */
    void endLine() {
        text.append('\n');
        if (text.length() >= SIZE) {
            flush();
        }
    }

    /** Hands on what is left. */
    void flush() {
        if (text.length() > 0) {
            out.stdout(text.toString());
            text.setLength(0);
        }
    }
}
