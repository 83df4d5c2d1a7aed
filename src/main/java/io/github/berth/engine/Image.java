package io.github.berth.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A local image, shaped like the Engine API's image object ({@code docker image inspect}). */
public record Image(String id, List<String> repoTags, List<String> repoDigests, Instant created, long size,
                    ImageConfig config, Map<String, String> programs) {
    public Image {
        repoTags = List.copyOf(repoTags);
        repoDigests = List.copyOf(repoDigests);
        programs = Map.copyOf(programs);
    }

    /** The 12-character id {@code docker images} shows, without the {@code sha256:} prefix. */
    public String shortId() {
        return id.substring("sha256:".length(), "sha256:".length() + 12);
    }
}
