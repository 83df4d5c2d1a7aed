package io.github.berth.engine;

import java.time.Instant;

/**
 * A container's {@code State} as the Engine API reports it; {@code error} is the daemon's message
 * when the last start failed ({@code State.Error}), else empty.
 */
public record ContainerState(Status status, int exitCode, Instant startedAt, Instant finishedAt, String error) {
    public ContainerState(Status status, int exitCode, Instant startedAt, Instant finishedAt) {
        this(status, exitCode, startedAt, finishedAt, "");
    }

    /** Docker's container states, with the word {@code docker inspect} prints. */
    public enum Status {
        CREATED("created"), RUNNING("running"), PAUSED("paused"), RESTARTING("restarting"),
        REMOVING("removing"), EXITED("exited"), DEAD("dead");

        private final String word;

        Status(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public static ContainerState created() {
        return new ContainerState(Status.CREATED, 0, null, null);
    }
}
