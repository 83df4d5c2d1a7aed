package io.github.berth.engine;

import java.time.Instant;
import java.util.List;

/**
 * A container, shaped like the Engine API's container object. {@code image} is the reference
 * as the user gave it ({@code docker ps} shows that), {@code imageId} the image's full id;
 * {@code path} and {@code args} are the process Docker starts.
 */
public record Container(String id, String name, String image, String imageId, Instant created,
                        String path, List<String> args, ContainerState state) {
    public Container {
        args = List.copyOf(args);
    }

    public String shortId() {
        return id.substring(0, 12);
    }

    public Container withState(ContainerState newState) {
        return new Container(id, name, image, imageId, created, path, args, newState);
    }
}
