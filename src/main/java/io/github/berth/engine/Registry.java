package io.github.berth.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in Docker Hub. This version serves the hello-world image; the other official images
 * lessons need arrive with the engine's registry work.
 */
public final class Registry {
    private static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private final Map<ImageRef, HubImage> images;

    public Registry(List<HubImage> images) {
        this.images = images.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(HubImage::ref, i -> i));
    }

    /**
     * hello-world:latest for linux/amd64 as published in January 2025 (current when Docker 28.2.2
     * was released): layer e6590344b1a5, image id 74cc54e27dc4, 10072 bytes, Cmd ["/hello"],
     * WorkingDir "/". The digest is one the index had in that period (it changes whenever any
     * platform of the index is rebuilt).
     */
    public static Registry dockerHub() {
        HubImage hello = new HubImage(
                ImageRef.parse("hello-world:latest"),
                "sha256:ec153840d1e635ac434fab5e377081f17e0e15afab27beb3f726c3265039cfff",
                List.of("e6590344b1a5"),
                "sha256:74cc54e27dc41bb10dc4b2226072d469509f2f22f1a3ce74f4a59661a1d44602",
                10072L,
                Instant.parse("2025-01-21T23:32:32.000000000Z"),
                new ImageConfig(List.of("PATH=" + DEFAULT_PATH), null, List.of("/hello"), "/"),
                Map.of("/hello", "hello-world"));
        return new Registry(List.of(hello));
    }

    public Optional<HubImage> find(ImageRef ref) {
        return Optional.ofNullable(images.get(ref));
    }

    /** Whether the registry knows the repository at all (under any tag). */
    public boolean hasRepository(ImageRef ref) {
        return images.keySet().stream().anyMatch(r -> r.domain().equals(ref.domain()) && r.path().equals(ref.path()));
    }
}
