package io.github.berth.tutor.lesson;

import io.github.berth.engine.ImageRef;

/**
 * Holds when the image {@code ref} is on the machine (compared as normalised references,
 * so {@code alpine} is {@code docker.io/library/alpine:latest}); with {@code absent}, when it is not.
 */
public record ImageCheck(String ref, boolean absent) implements Check {
    @Override
    public boolean holds(StepContext context) {
        return context.sandbox().engine().image(ImageRef.parse(ref)).isPresent() != absent;
    }

    @Override
    public String describe() {
        return (absent ? "no image " : "the image ") + ref + " on this machine";
    }
}
