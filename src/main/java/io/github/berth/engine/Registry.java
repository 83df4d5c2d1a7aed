package io.github.berth.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in Docker Hub: hello-world, alpine, busybox ({@link HubImages}) and ubuntu, debian,
 * python, node, nginx, httpd, redis, postgres and mysql ({@link OfficialImages}).
 */
public final class Registry {
    private final Map<ImageRef, HubImage> images;
    /** Images made at their first use (the larger catalogue is not built at startup). */
    private java.util.function.Supplier<List<HubImage>> later;

    public Registry(List<HubImage> images) {
        this.images = new java.util.HashMap<>();
        images.forEach(i -> this.images.put(i.ref(), i));
    }

    private Registry(List<HubImage> images, java.util.function.Supplier<List<HubImage>> later) {
        this(images);
        this.later = later;
    }

    /** Docker Hub's official images berth serves (see {@link HubImages} for the sources). */
    public static Registry dockerHub() {
        HubImage alpine = HubImages.alpine();
        List<HubImage> first = new java.util.ArrayList<>(List.of(HubImages.helloWorld(), alpine, HubImages.busybox()));
        // the same alpine image under its version tags, as Docker Hub lists it (3.21.3 was latest, 3.21 and 3)
        for (String tag : List.of("3", "3.21", "3.21.3")) {
            first.add(new HubImage(ImageRef.parse("alpine:" + tag), alpine.repoDigest(), alpine.layerIds(),
                    alpine.imageId(), alpine.size(), alpine.created(), alpine.config(), alpine.programs()));
        }
        return new Registry(first, OfficialImages::all);
    }

    private Map<ImageRef, HubImage> images() {
        if (later != null) {
            later.get().forEach(i -> images.putIfAbsent(i.ref(), i));
            later = null;
        }
        return images;
    }

    /** Every reference the registry serves, as Docker prints them short ({@code alpine:latest}), sorted. */
    public List<String> references() {
        return images().keySet().stream().map(ImageRef::familiarString).sorted().toList();
    }

    public Optional<HubImage> find(ImageRef ref) {
        return Optional.ofNullable(images().get(ref));
    }

    /** Whether the registry knows the repository at all (under any tag). */
    public boolean hasRepository(ImageRef ref) {
        return images().keySet().stream().anyMatch(r -> r.domain().equals(ref.domain()) && r.path().equals(ref.path()));
    }
}
