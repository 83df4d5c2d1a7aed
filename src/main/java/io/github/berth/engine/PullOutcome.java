package io.github.berth.engine;

/** What a pull ended with. */
public sealed interface PullOutcome {
    record Pulled(Image image, boolean downloaded) implements PullOutcome {}

    /** The registry refused or could not be reached; {@code message} is the daemon's error text. */
    record Failed(String message) implements PullOutcome {}
}
