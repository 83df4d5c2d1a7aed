package io.github.berth.tutor.lesson;

import io.github.berth.engine.Image;
import io.github.berth.engine.ImageRef;
import java.util.Optional;

/**
 * Holds when the image {@code ref} is on the machine (compared as normalised references,
 * so {@code alpine} is {@code docker.io/library/alpine:latest}), with exactly {@code layers}
 * filesystem layers when that is given; with {@code absent}, when it is not there.
 */
public record ImageCheck(String ref, Integer layers, boolean absent) implements Check {
    public ImageCheck(String ref, boolean absent) {
        this(ref, null, absent);
    }

    @Override
    public boolean holds(StepContext context) {
        var engine = context.sandbox().engine();
        Optional<Image> image = engine.image(ImageRef.parse(ref));
        boolean there = image.isPresent() && (layers == null || engine.layers().diffIds(image.get()).size() == layers);
        return there != absent;
    }

    @Override
    public String describe() {
        return (absent ? "no image " : "the image ") + ref
                + (layers == null ? "" : " with " + layers + " layer" + (layers == 1 ? "" : "s")) + " on this machine";
    }
}
