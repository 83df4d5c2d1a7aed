package io.github.berth.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The engine's volumes (the "local" driver) and the mounts of each container, as moby v28.2.2's
 * volume service keeps them (volume/service: "get NAME: no such volume", "remove NAME: volume is
 * in use - [ids]"). Volumes are listed by name.
 */
public final class Volumes {
    /** A volume, shaped like the Engine API's Volume object. */
    public record Volume(String name, Instant createdAt, Map<String, String> labels, Map<String, String> options,
                         boolean anonymous) {
        public String mountpoint() {
            return "/var/lib/docker/volumes/" + name + "/_data";
        }
    }

    /** A container's mount: {@code type} "volume" or "bind"; {@code name} is empty for a bind. */
    public record Mount(String type, String name, String source, String destination, boolean readWrite) {}

    private final Clock clock;
    private final IdSource ids;
    private final Map<String, Container> containers;
    private final Map<String, Volume> volumes = new TreeMap<>();
    private final Map<String, List<Mount>> mounts = new LinkedHashMap<>();
    /** Each volume's files: the same directory node is placed in every container that mounts it. */
    private final Map<String, io.github.berth.fs.Node.Dir> data = new LinkedHashMap<>();

    Volumes(Clock clock, IdSource ids, Map<String, Container> containers) {
        this.clock = clock;
        this.ids = ids;
        this.containers = containers;
    }

    /** Creates a volume, or returns the one of that name (as {@code docker volume create} does). */
    public Volume create(String name, Map<String, String> labels, Map<String, String> options) {
        boolean anonymous = name == null || name.isEmpty();
        String finalName = anonymous ? ids.hex64() : name;
        return volumes.computeIfAbsent(finalName, n -> new Volume(n, clock.instant(), Map.copyOf(labels),
                Map.copyOf(options), anonymous));
    }

    public List<Volume> list() {
        return List.copyOf(volumes.values());
    }

    public Optional<Volume> get(String name) {
        return Optional.ofNullable(volumes.get(name));
    }

    /** Ids of the containers that mount the volume, in creation order. */
    public List<String> users(String name) {
        List<String> users = new ArrayList<>();
        mounts.forEach((id, list) -> {
            if (containers.containsKey(id) && list.stream().anyMatch(m -> m.name().equals(name))) {
                users.add(id);
            }
        });
        return users;
    }

    /** Removes a volume: the daemon's error text if it cannot. */
    public Optional<String> remove(String name, boolean force) {
        if (!volumes.containsKey(name)) {
            return force ? Optional.empty() : Optional.of("get " + name + ": no such volume");
        }
        List<String> users = users(name);
        if (!users.isEmpty()) {
            return Optional.of("remove " + name + ": volume is in use - [" + String.join(", ", users) + "]");
        }
        volumes.remove(name);
        data.remove(name);
        return Optional.empty();
    }

    /** Removes unused volumes (anonymous ones only unless {@code all}); their names. */
    public List<String> prune(boolean all) {
        List<String> removed = new ArrayList<>();
        for (Volume v : List.copyOf(volumes.values())) {
            if ((all || v.anonymous()) && users(v.name()).isEmpty()) {
                volumes.remove(v.name());
                data.remove(v.name());
                removed.add(v.name());
            }
        }
        return removed;
    }

    /** Records a container's mounts; named volumes that do not exist yet are created. */
    public void attach(String containerId, List<Mount> list) {
        List<Mount> made = new ArrayList<>();
        for (Mount m : list) {
            if (m.type().equals("volume")) {
                Volume v = create(m.name(), Map.of(), Map.of());
                made.add(new Mount("volume", v.name(), v.mountpoint(), m.destination(), m.readWrite()));
            } else {
                made.add(m);
            }
        }
        mounts.put(containerId, List.copyOf(made));
    }

    /**
     * Places the container's volumes in its filesystem at their destinations: what a process
     * writes there lands in the volume and is there for the next container that mounts it.
     */
    public void mountInto(String containerId, io.github.berth.fs.MemoryFs rootfs) {
        io.github.berth.fs.MemoryFs host = bindHosts.get(containerId);
        for (Mount m : mounts(containerId)) {
            if (m.type().equals("bind") && host != null && !m.destination().equals("/")) {
                bind(host, m, rootfs);
                continue;
            }
            if (m.type().equals("volume") && !m.destination().equals("/")) {
                io.github.berth.fs.Node.Dir dir = data.computeIfAbsent(m.name(), k -> io.github.berth.fs.Node.Dir.empty());
                rootfs.mkdirs(io.github.berth.fs.VPath.parent(m.destination())).children()
                        .put(io.github.berth.fs.VPath.name(m.destination()), dir);
            }
        }
    }

    /** The filesystem the container's bind sources are on: the learner's host, where docker ran. */
    private final Map<String, io.github.berth.fs.MemoryFs> bindHosts = new java.util.HashMap<>();

    /** Binds the container's bind mounts' sources on {@code host} (the client's machine, which is the daemon's). */
    public void bindFrom(String containerId, io.github.berth.fs.MemoryFs host) {
        bindHosts.put(containerId, host);
    }

    /**
     * A bind mount: the host's directory itself appears at the destination, so what either side
     * writes the other sees; a missing source directory is made, owned by root, as the daemon
     * does for {@code -v} (moby daemon/volumes_unix.go; {@code --mount} was refused before). A
     * file source is copied as the container starts. {@code :ro} makes writes fail with EROFS.
     */
    private static void bind(io.github.berth.fs.MemoryFs host, Mount m, io.github.berth.fs.MemoryFs rootfs) {
        java.util.Optional<io.github.berth.fs.Node> source = host.lookup(m.source());
        if (source.isEmpty()) {
            host.pushOwner(0);
            try {
                host.mkdirs(m.source());
            } finally {
                host.popOwner();
            }
            source = host.lookup(m.source());
        }
        if (source.get() instanceof io.github.berth.fs.Node.Dir dir) {
            rootfs.mkdirs(io.github.berth.fs.VPath.parent(m.destination())).children()
                    .put(io.github.berth.fs.VPath.name(m.destination()), dir);
        } else if (source.get() instanceof io.github.berth.fs.Node.File file) {
            rootfs.mkdirs(io.github.berth.fs.VPath.parent(m.destination()));
            rootfs.put(m.destination(), file);
        }
        if (!m.readWrite()) {
            rootfs.markReadOnly(m.destination());
        }
    }

    public List<Mount> mounts(String containerId) {
        return mounts.getOrDefault(containerId, List.of());
    }

    /** {@code docker rm -v}: the container's anonymous volumes go with it. */
    public void removeAnonymous(String containerId) {
        bindHosts.remove(containerId);
        List<Mount> list = mounts.remove(containerId);
        if (list == null) {
            return;
        }
        for (Mount m : list) {
            Volume v = volumes.get(m.name());
            if (v != null && v.anonymous() && users(v.name()).isEmpty()) {
                volumes.remove(v.name());
            }
        }
    }
}
