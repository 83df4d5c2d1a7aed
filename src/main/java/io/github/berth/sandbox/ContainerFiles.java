package io.github.berth.sandbox;

import io.github.berth.engine.Container;
import io.github.berth.engine.Engine;
import io.github.berth.engine.Lookup;
import io.github.berth.fs.MemoryFs;
import io.github.berth.fs.VPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Files inside containers for the editor, named as {@code docker cp} names them:
 * {@code CONTAINER:PATH}, a container name or id prefix, a colon, and a path taken from the
 * container's root. The file is read from and written to the container's own filesystem (its
 * writable layer over the image), running or stopped, so {@code docker diff} and the container's
 * processes see a saved file.
 */
final class ContainerFiles {
    /** Where a container path leads: the container's filesystem and the path in it, or the daemon's error. */
    sealed interface Place permits Found, Missing {}

    record Found(MemoryFs fs, String path, String key) implements Place {}

    record Missing(String message) implements Place {}

    private final Engine engine;

    ContainerFiles(Engine engine) {
        this.engine = engine;
    }

    /**
     * The container and path an argument names, if it names one: docker cp's splitCpArg
     * (cli/command/container/cp.go at v28.2.2) takes an absolute path, a word without a colon and
     * one starting with "." as local; otherwise the part before the first colon is the container.
     */
    static Optional<String[]> split(String arg) {
        int colon = arg.indexOf(':');
        if (arg.startsWith("/") || colon < 0 || arg.startsWith(".")) {
            return Optional.empty();
        }
        return Optional.of(new String[] {arg.substring(0, colon), arg.substring(colon + 1)});
    }

    /**
     * The container's filesystem and the absolute path in it; a relative path is taken from "/" as
     * docker cp does. A container that never started gets its writable layer now, as the daemon
     * made it at create.
     */
    Place locate(String container, String path) {
        Lookup lookup = engine.find(container);
        if (lookup instanceof Lookup.Missing missing) {
            // docker cp on a missing container: "Error response from daemon: No such container: x"
            return new Missing("Error response from daemon: " + missing.message());
        }
        Container c = ((Lookup.Found) lookup).container();
        Optional<MemoryFs> fs = engine.runtime().rootfs(c.id())
                .or(() -> engine.imageById(c.imageId()).map(image -> engine.runtime().rootfs(c, image)));
        if (fs.isEmpty()) {
            return new Missing("Error response from daemon: No such image: " + c.image());
        }
        String absolute = VPath.resolve("/", path.isEmpty() ? "/" : path);
        return new Found(fs.get(), absolute, container + ":" + absolute);
    }

    /** The names of containers that start with {@code typed}, each with its colon, for Tab. */
    List<String> names(String typed) {
        List<String> out = new ArrayList<>();
        for (Container c : engine.containers()) {
            if (c.name().startsWith(typed)) {
                out.add(c.name() + ":");
            }
        }
        out.sort(null);
        return out;
    }
}
