package io.github.berth.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A local image, shaped like the Engine API's image object ({@code docker image inspect}).
 * {@code layers} are its layers' DiffIDs bottom first (RootFS.Layers) and {@code history} its
 * config's history; both are empty for an image the registry describes (its layer store entry
 * knows them, see {@link LayerStore}). {@code parent} is the legacy builder's parent image id
 * (empty otherwise).
 */
public record Image(String id, List<String> repoTags, List<String> repoDigests, Instant created, long size,
                    ImageConfig config, Map<String, String> programs, List<String> layers,
                    List<HistoryEntry> history, String parent) {
    public Image {
        repoTags = List.copyOf(repoTags);
        repoDigests = List.copyOf(repoDigests);
        programs = Map.copyOf(programs);
        layers = List.copyOf(layers);
        history = List.copyOf(history);
        parent = parent == null ? "" : parent;
    }

    public Image(String id, List<String> repoTags, List<String> repoDigests, Instant created, long size,
                 ImageConfig config, Map<String, String> programs) {
        this(id, repoTags, repoDigests, created, size, config, programs, List.of(), List.of(), "");
    }

    /** The 12-character id {@code docker images} shows, without the {@code sha256:} prefix. */
    public String shortId() {
        return id.substring("sha256:".length(), "sha256:".length() + 12);
    }

    /** The same image under other tags. */
    public Image withTags(List<String> tags) {
        return new Image(id, tags, repoDigests, created, size, config, programs, layers, history, parent);
    }
}
