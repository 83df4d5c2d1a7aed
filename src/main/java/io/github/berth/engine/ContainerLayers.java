package io.github.berth.engine;

import io.github.berth.fs.Change;
import io.github.berth.fs.UnionFs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each container's root filesystem: a union of its image's layers and the container's own
 * writable layer, made when the container first starts, kept across stop and start, and gone
 * with the container.
 */
public final class ContainerLayers {
    private final LayerStore store;
    private final Map<String, UnionFs> rootfs = new HashMap<>();

    public ContainerLayers(LayerStore store) {
        this.store = store;
    }

    /** The container's root filesystem, made over its image's layers the first time. */
    public UnionFs rootfs(Container container, Image image) {
        return rootfs.computeIfAbsent(container.id(), id -> UnionFs.over(store.tree(image)));
    }

    /** What {@code docker diff} lists: the writable layer against the image (none before the first start). */
    public List<Change> changes(String containerId) {
        UnionFs fs = rootfs.get(containerId);
        if (fs == null) {
            return List.of();
        }
        // /etc/hosts, /etc/hostname and /etc/resolv.conf are the daemon's bind mounts over its
        // init layer, below the writable layer: docker diff never lists them (nor /etc for them)
        List<Change> all = fs.changes().stream()
                .filter(c -> !ContainerDns.MOUNTED_FILES.contains(c.path())).toList();
        boolean etcChanged = all.stream().anyMatch(c -> c.path().startsWith("/etc/"));
        return etcChanged ? all : all.stream().filter(c -> !c.path().equals("/etc")).toList();
    }

    public void remove(String containerId) {
        rootfs.remove(containerId);
    }
}
