package io.github.berth.cli;

/**
 * How a docker command that holds the prompt learns that the learner pressed Ctrl-C: a
 * container run in the foreground, {@code docker attach}, {@code docker start -a},
 * {@code docker logs -f} and {@code docker wait} on a process that never ends by itself. The
 * console waits at the terminal for the key; scripted input (a pipe, {@code --jsonl}, transcripts,
 * lesson checks, undo's replay) uses {@link #IMMEDIATE}: Ctrl-C comes at once, so nothing hangs
 * and a replay does the same as the first run.
 */
@FunctionalInterface
public interface Foreground {
    /** Ctrl-C at once, every time. */
    Foreground IMMEDIATE = () -> {};

    /**
     * Returns when the learner presses Ctrl-C (what was written so far is on the screen by then);
     * keys typed before it are dropped, as the terminal's line discipline flushes them on an
     * interrupt.
     */
    void awaitInterrupt();
}
