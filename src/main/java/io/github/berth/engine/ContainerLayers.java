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
        List<String> mounted = new java.util.ArrayList<>(ContainerDns.MOUNTED_FILES);
        mounted.addAll(mountPoints.getOrDefault(containerId, List.of()));
        return withoutMounts(fs.changes(), mounted);
    }

    /** Each container's volume and bind destinations, as it last started. */
    private final Map<String, List<String>> mountPoints = new HashMap<>();

    void mountedAt(String containerId, List<String> destinations) {
        mountPoints.put(containerId, List.copyOf(destinations));
    }

    /**
     * The changes without what lies on mounts: /etc/hosts, /etc/hostname and /etc/resolv.conf
     * (the daemon's bind mounts over its init layer) and volumes' and binds' contents are not in
     * the writable layer, so docker diff never lists them, nor a directory changed only by them.
     * A mount point the image lacked was made in the writable layer: it stays as added.
     */
    static List<Change> withoutMounts(List<Change> all, List<String> mounts) {
        List<Change> kept = new java.util.ArrayList<>();
        List<String> dropped = new java.util.ArrayList<>();
        for (Change c : all) {
            boolean under = mounts.stream().anyMatch(m -> c.path().startsWith(m.endsWith("/") ? m : m + "/"));
            boolean at = ContainerDns.MOUNTED_FILES.contains(c.path())
                    || mounts.contains(c.path()) && c.kind() != Change.Kind.ADDED;
            if (under || at) {
                dropped.add(c.path());
            } else {
                kept.add(c);
            }
        }
        // a directory listed as changed only because of what was dropped goes too, deepest first
        boolean again = true;
        while (again) {
            again = false;
            for (int i = kept.size() - 1; i >= 0; i--) {
                String p = kept.get(i).path() + "/";
                // (the init layer makes /etc for the daemon's files where an image has none)
                boolean initDir = ContainerDns.MOUNTED_FILES.stream().anyMatch(f -> f.startsWith(p));
                if ((kept.get(i).kind() == Change.Kind.CHANGED || initDir) && dropped.stream().anyMatch(d -> d.startsWith(p))
                        && kept.stream().noneMatch(k -> k.path().startsWith(p))) {
                    dropped.add(kept.remove(i).path());
                    again = true;
                }
            }
        }
        return kept;
    }

    public void remove(String containerId) {
        rootfs.remove(containerId);
    }
}
