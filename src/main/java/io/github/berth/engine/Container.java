package io.github.berth.engine;

import java.time.Instant;
import java.util.List;

/**
 * A container, shaped like the Engine API's container object. {@code image} is the reference
 * as the user gave it ({@code docker ps} shows that), {@code imageId} the image's full id;
 * {@code path} and {@code args} are the process Docker starts; {@code config} is the container's
 * own {@code Config} (the image's, with the command given on the command line as {@code Cmd});
 * {@code attachOutput} is Config.AttachStdout/AttachStderr (false for {@code run -d});
 * {@code startCount} says how often it was started (moby fills the hosts and log paths at the first start).
 */
public record Container(String id, String name, String image, String imageId, Instant created,
                        String path, List<String> args, ContainerState state, ImageConfig config,
                        boolean autoRemove, boolean attachOutput, int startCount) {
    public Container {
        args = List.copyOf(args);
    }

    public String shortId() {
        return id.substring(0, 12);
    }

    public Container withState(ContainerState newState) {
        return new Container(id, name, image, imageId, created, path, args, newState, config, autoRemove, attachOutput, startCount);
    }

    Container renamed(String newName) {
        return new Container(id, newName, image, imageId, created, path, args, state, config, autoRemove, attachOutput,
                startCount);
    }

    Container started(ContainerState newState) {
        return new Container(id, name, image, imageId, created, path, args, newState, config, autoRemove,
                attachOutput, startCount + 1);
    }
}
