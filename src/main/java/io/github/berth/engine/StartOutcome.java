package io.github.berth.engine;

/** How starting a container ended. */
public sealed interface StartOutcome {
    /** The process ran; the container is as it ended. */
    record Ran(Container container) implements StartOutcome {}

    /**
     * The runtime could not start the process. {@code message} is the daemon's error text and
     * {@code notFound} says whether it was a missing executable (the CLI maps that to 127).
     */
    record Failed(String message, boolean notFound) implements StartOutcome {}
}
