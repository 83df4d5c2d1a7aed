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
        return Optional.empty();
    }

    /** Removes unused volumes (anonymous ones only unless {@code all}); their names. */
    public List<String> prune(boolean all) {
        List<String> removed = new ArrayList<>();
        for (Volume v : List.copyOf(volumes.values())) {
            if ((all || v.anonymous()) && users(v.name()).isEmpty()) {
                volumes.remove(v.name());
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

    public List<Mount> mounts(String containerId) {
        return mounts.getOrDefault(containerId, List.of());
    }

    /** {@code docker rm -v}: the container's anonymous volumes go with it. */
    public void removeAnonymous(String containerId) {
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
