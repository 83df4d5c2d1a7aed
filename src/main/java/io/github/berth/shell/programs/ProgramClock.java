package io.github.berth.shell.programs;

import java.time.Duration;
import java.time.Instant;

/**
 * The sandbox's clock as programs see it: {@code date} reads it, {@code ls -l} compares times
 * with it, and {@code sleep} moves it on instead of waiting, so a sandbox stays instant.
 */
public interface ProgramClock {
    Instant now();

    /** Lets {@code duration} pass at once. */
    void advance(Duration duration);

    /** A clock that stands still at {@code instant} and ignores sleeps (tests, the default table). */
    static ProgramClock fixed(Instant instant) {
        return new ProgramClock() {
            @Override
            public Instant now() {
                return instant;
            }

            @Override
            public void advance(Duration duration) {
            }
        };
    }
}
