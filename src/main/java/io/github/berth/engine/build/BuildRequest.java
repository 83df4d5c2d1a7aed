package io.github.berth.engine.build;

import io.github.berth.fs.MemoryFs;
import java.util.List;
import java.util.Map;

/**
 * What {@code docker build} asks for: the context directory and Dockerfile on the sandbox's own
 * filesystem (absolute paths), the tags, build arguments (a null value takes the variable from
 * the client's environment, as {@code --build-arg NAME} does), the target stage (null for the
 * last), and whether to skip the cache or always pull the base images.
 */
public record BuildRequest(MemoryFs host, String contextDir, String dockerfile, String dockerfileName, List<String> tags,
                           Map<String, String> buildArgs, String target, boolean noCache, boolean pull) {
    public BuildRequest {
        tags = List.copyOf(tags);
        buildArgs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(buildArgs));
    }
}
