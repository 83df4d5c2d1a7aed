package io.github.berth.engine;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock of berth's: always in UTC, as a container's is; subclasses say what instant it is. */
public abstract class UtcClock extends Clock {
    @Override
    public final ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public final Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("berth's clock is always UTC");
    }
}
