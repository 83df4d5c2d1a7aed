package io.github.berth.engine;

/**
 * One progress message of a pull, as the daemon streams it: an optional id (a layer's short id,
 * or the tag for the "Pulling from" line), a status, and whether it carries a progress bar
 * (those are shown only on a terminal).
 */
public record PullEvent(String id, String status, boolean progressBar) {
    public static PullEvent line(String status) {
        return new PullEvent(null, status, false);
    }
}
