package io.github.berth.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A reproducible clock for {@code --seed}: it stands still until {@link #advance} moves it,
 * so the same commands always see the same times.
 */
public final class SteppingClock extends Clock {
    private Instant now;

    public SteppingClock(Instant start) {
        this.now = start;
    }

    public void advance(Duration step) {
        now = now.plus(step);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("berth's clock is always UTC");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
