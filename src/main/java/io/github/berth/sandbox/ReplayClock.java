package io.github.berth.sandbox;

import io.github.berth.engine.UtcClock;
import java.time.Instant;

/**
 * A live session's clock: the system's time, held still while one command runs (as a seeded
 * sandbox's clock is), and while undo replays a recorded command, the instant that command first
 * ran at, so the replay makes the same times again.
 */
final class ReplayClock extends UtcClock {
    private Instant pinned;

    void pin(Instant at) {
        pinned = at;
    }

    void unpin() {
        pinned = null;
    }

    /** Stops the clock at now for one command, unless a replay pinned it; true when it did. */
    boolean holdIfFree() {
        if (pinned != null) {
            return false;
        }
        pinned = Instant.now();
        return true;
    }

    @Override
    public Instant instant() {
        return pinned != null ? pinned : Instant.now();
    }
}
