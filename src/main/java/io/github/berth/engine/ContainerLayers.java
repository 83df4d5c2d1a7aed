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
        return fs == null ? List.of() : fs.changes();
    }

    public void remove(String containerId) {
        rootfs.remove(containerId);
    }
}
