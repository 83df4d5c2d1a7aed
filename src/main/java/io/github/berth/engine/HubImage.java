package io.github.berth.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An image as the built-in registry serves it for linux/amd64: the repository digest Docker
 * prints after a pull, the layers' short ids, the image id (config digest), its size, config
 * and the executables its filesystem holds (path to simulated program name).
 */
public record HubImage(ImageRef ref, String repoDigest, List<String> layerIds, String imageId, long size,
                       Instant created, ImageConfig config, Map<String, String> programs) {
    public HubImage {
        layerIds = List.copyOf(layerIds);
        programs = Map.copyOf(programs);
    }
}
