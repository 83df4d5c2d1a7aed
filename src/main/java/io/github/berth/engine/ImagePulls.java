package io.github.berth.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code docker pull} from the built-in registry (moby distribution/pull_v2.go and xfer/download.go
 * at v28.2.2): the progress the daemon reports, and its errors for other registries, unknown tags
 * and unknown repositories.
 */
final class ImagePulls {
    private final Registry registry;
    private final Map<String, Image> images;
    private final Function<ImageRef, Optional<Image>> local;

    ImagePulls(Registry registry, Map<String, Image> images, Function<ImageRef, Optional<Image>> local) {
        this.registry = registry;
        this.images = images;
        this.local = local;
    }

    PullOutcome pull(ImageRef ref, Consumer<PullEvent> progress) {
        Optional<HubImage> found = ref.domain().equals(ImageRef.DOCKER_HUB) ? registry.find(ref) : Optional.empty();
        if (found.isEmpty()) {
            return new PullOutcome.Failed(pullError(ref));
        }
        HubImage hub = found.get();
        progress.accept(new PullEvent(ref.tag(), "Pulling from " + ref.path(), false));
        Optional<Image> present = local.apply(ref);
        if (present.isPresent() && present.get().id().equals(hub.imageId())) {
            progress.accept(PullEvent.line("Digest: " + hub.repoDigest()));
            progress.accept(PullEvent.line("Status: Image is up to date for " + ref.familiarString()));
            return new PullOutcome.Pulled(present.get(), false);
        }
        for (String layer : hub.layerIds()) {
            progress.accept(new PullEvent(layer, "Pulling fs layer", false));
        }
        for (String layer : hub.layerIds()) {
            // moby distribution/xfer/download.go: progress, checksum, completion
            progress.accept(new PullEvent(layer, "Downloading", true));
            progress.accept(new PullEvent(layer, "Verifying Checksum", false));
            progress.accept(new PullEvent(layer, "Download complete", false));
        }
        for (String layer : hub.layerIds()) {
            progress.accept(new PullEvent(layer, "Extracting", true));
            progress.accept(new PullEvent(layer, "Pull complete", false));
        }
        progress.accept(PullEvent.line("Digest: " + hub.repoDigest()));
        progress.accept(PullEvent.line("Status: Downloaded newer image for " + ref.familiarString()));
        List<String> tags = new ArrayList<>(images.containsKey(hub.imageId()) ? images.get(hub.imageId()).repoTags()
                : List.of());
        tags.add(ref.familiarString());
        Image image = new Image(hub.imageId(), tags,
                List.of(ref.familiarName() + "@" + hub.repoDigest()), hub.created(), hub.size(), hub.config(),
                hub.programs());
        images.put(image.id(), image);
        return new PullOutcome.Pulled(image, true);
    }

    private String pullError(ImageRef ref) {
        if (!ref.domain().equals(ImageRef.DOCKER_HUB)) {
            // berth's sandbox has no network: other registries are unreachable
            return "Get \"https://" + ref.domain() + "/v2/\": dial tcp: lookup " + ref.domain()
                    + ": no such host";
        }
        if (registry.hasRepository(ref)) {
            return "manifest for " + ref.familiarString() + " not found: manifest unknown: manifest unknown";
        }
        return "pull access denied for " + ref.familiarName()
                + ", repository does not exist or may require 'docker login': denied: requested access to the"
                + " resource is denied";
    }
}
