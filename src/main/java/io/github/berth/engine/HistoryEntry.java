package io.github.berth.engine;

import java.time.Instant;

/**
 * One entry of an image's history (the OCI config's {@code history}): when and by what
 * instruction it was made, its comment ({@code buildkit.dockerfile.v0} for BuildKit's steps),
 * and whether it made no layer ({@code empty_layer}: metadata-only instructions).
 */
public record HistoryEntry(Instant created, String createdBy, String comment, boolean emptyLayer) {}
