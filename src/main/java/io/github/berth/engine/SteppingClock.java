package io.github.berth.engine;

import java.time.Duration;
import java.time.Instant;

/**
 * A reproducible clock for {@code --seed}: it stands still until {@link #advance} moves it,
 * so the same commands always see the same times.
 */
public final class SteppingClock extends UtcClock {
    private Instant now;

    public SteppingClock(Instant start) {
        this.now = start;
    }

    public void advance(Duration step) {
        now = now.plus(step);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
