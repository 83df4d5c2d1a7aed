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
        return new Registry(List.of(HubImages.helloWorld(), HubImages.alpine(), HubImages.busybox()),
                OfficialImages::all);
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
