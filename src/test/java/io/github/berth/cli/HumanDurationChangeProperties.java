package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * {@link Units#humanDurationChange} tells {@code docker ps} until when a row's CREATED and STATUS
 * words hold: it must never answer later than go-units' words really change (a row would show
 * old words), and answers well before only cost work.
 */
class HumanDurationChangeProperties {
    private static final long SECOND = 1_000_000_000L;

    @Property(seed = "20261128")
    void theWordsHoldUntilTheAnsweredTime(@ForAll @LongRange(min = -5 * SECOND, max = 3L * 365 * 86_400 * SECOND) long elapsed,
                                          @ForAll @LongRange(min = 0, max = 1000) long permille) {
        long change = Units.humanDurationChange(elapsed);
        assertTrue(change > elapsed, "the change comes later: " + change + " after " + elapsed);
        long within = elapsed + (change - 1 - elapsed) * permille / 1000;
        assertEquals(key(elapsed), key(within), "at " + within + " ns, between " + elapsed + " and " + change);
        assertEquals(key(elapsed), key(change - 1), "just before " + change);
    }

    @Property(seed = "20261128")
    void belowAnHourTheAnswerIsExactlyWhenTheWordsChange(
            @ForAll @LongRange(min = -5 * SECOND, max = 3599 * SECOND) long elapsed) {
        long change = Units.humanDurationChange(elapsed);
        assertTrue(key(change) != key(elapsed), "the words at " + change + " ns are other than at " + elapsed);
    }

    private static long key(long nanos) {
        return Units.humanDurationKey(Duration.ofNanos(nanos));
    }
}
