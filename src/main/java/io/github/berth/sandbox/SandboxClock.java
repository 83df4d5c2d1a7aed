package io.github.berth.sandbox;

import io.github.berth.engine.UtcClock;
import io.github.berth.shell.programs.ProgramClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The sandbox's one clock: the engine's and the programs'. It runs with the clock underneath (the
 * system's, or a seeded stepping clock) plus whatever {@code sleep} has let pass, so sleeping is
 * instant and a container's timed process still ends at the right moment.
 */
final class SandboxClock extends UtcClock implements ProgramClock {
    private final Clock base;
    private Duration slept = Duration.ZERO;

    SandboxClock(Clock base) {
        this.base = base;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(slept);
    }

    @Override
    public Instant now() {
        return instant();
    }

    @Override
    public void advance(Duration duration) {
        slept = slept.plus(duration);
    }
}
