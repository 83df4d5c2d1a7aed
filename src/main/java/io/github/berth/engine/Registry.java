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

    public Registry(List<HubImage> images) {
        this.images = images.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(HubImage::ref, i -> i));
    }

    /** Docker Hub's official images berth serves (see {@link HubImages} for the sources). */
    public static Registry dockerHub() {
        HubImage alpine = HubImages.alpine();
        List<HubImage> all = new java.util.ArrayList<>(List.of(HubImages.helloWorld(), alpine, HubImages.busybox()));
        // the same alpine image under its version tags, as Docker Hub lists it (3.21.3 was latest, 3.21 and 3)
        for (String tag : List.of("3", "3.21", "3.21.3")) {
            all.add(new HubImage(ImageRef.parse("alpine:" + tag), alpine.repoDigest(), alpine.layerIds(),
                    alpine.imageId(), alpine.size(), alpine.created(), alpine.config(), alpine.programs()));
        }
        all.addAll(OfficialImages.all());
        return new Registry(all);
    }

    /** Every reference the registry serves, as Docker prints them short ({@code alpine:latest}), sorted. */
    public List<String> references() {
        return images.keySet().stream().map(ImageRef::familiarString).sorted().toList();
    }

    public Optional<HubImage> find(ImageRef ref) {
        return Optional.ofNullable(images.get(ref));
    }

    /** Whether the registry knows the repository at all (under any tag). */
    public boolean hasRepository(ImageRef ref) {
        return images.keySet().stream().anyMatch(r -> r.domain().equals(ref.domain()) && r.path().equals(ref.path()));
    }
}
