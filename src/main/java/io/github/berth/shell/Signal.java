package io.github.berth.shell;

/**
 * How {@code exit}, {@code return}, {@code break} and {@code continue} leave the commands around
 * them: thrown up to the shell, function or loop that ends them (never to the learner).
 */
abstract class Signal extends RuntimeException {
    final int status;

    Signal(int status) {
        super(null, null, false, false);
        this.status = status;
    }

    /** {@code exit}, an {@code errexit} failure: ends the shell (or the subshell it runs in). */
    static final class Exit extends Signal {
        Exit(int status) {
            super(status);
        }
    }

    /** {@code return}: ends the running function or sourced file. */
    static final class Return extends Signal {
        Return(int status) {
            super(status);
        }
    }

    /** {@code break N} or {@code continue N}. */
    static final class Loop extends Signal {
        final int levels;
        final boolean next;

        Loop(int levels, boolean next) {
            super(0);
            this.levels = levels;
            this.next = next;
        }
    }

    /** Abandons the rest of the command line, as an interactive bash does after some errors. */
    static final class Abandon extends Signal {
        Abandon(int status) {
            super(status);
        }
    }
}
