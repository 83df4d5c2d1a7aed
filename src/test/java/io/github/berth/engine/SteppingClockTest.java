package io.github.berth.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SteppingClockTest {
    @Test
    void standsStillUntilAdvanced() {
        Instant start = Instant.parse("2026-01-05T09:00:00Z");
        SteppingClock clock = new SteppingClock(start);
        assertEquals(start, clock.instant());
        assertEquals(start, clock.instant());
        clock.advance(Duration.ofMillis(1500));
        assertEquals(Instant.parse("2026-01-05T09:00:01.500Z"), clock.instant());
        assertEquals(start.toEpochMilli() + 1500, clock.millis());
    }

    @Test
    void alwaysUtc() {
        SteppingClock clock = new SteppingClock(Instant.EPOCH);
        assertEquals(ZoneOffset.UTC, clock.getZone());
        assertThrows(UnsupportedOperationException.class, () -> clock.withZone(ZoneId.of("Europe/Paris")));
    }
}
