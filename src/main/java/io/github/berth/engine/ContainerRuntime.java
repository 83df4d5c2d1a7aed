package io.github.berth.engine;

import io.github.berth.fs.MemoryFs;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the daemon keeps for each container beside its Engine API object: the options it was
 * created with, its filesystem (kept from start to start, as a container's writable layer is),
 * its bound ports, the server its process runs, and whether it is paused; its addresses are the
 * {@link Networks}' (one allocator for every network).
 */
public final class ContainerRuntime {
    private final Map<String, ContainerOptions> options = new HashMap<>();
    private final Map<String, MemoryFs> filesystems = new HashMap<>();
    private final Map<String, Servers.Plan.Serve> servers = new HashMap<>();
    private final Set<String> paused = new HashSet<>();
    /** How many times a container was paused or unpaused: a listing made before shows old states. */
    private long pauseChanges;
    private final PortTable ports = new PortTable();
    private final ContainerLayers layers;
    private final Networks networks;

    public ContainerRuntime(ContainerLayers layers, Networks networks) {
        this.layers = layers;
        this.networks = networks;
    }

    private final Map<String, String> stdin = new HashMap<>();

    /** What {@code docker run -i} had piped into it: the process reads it as its standard input. */
    public void feedStdin(String id, String text) {
        stdin.put(id, text);
    }

    String takeStdin(String id) {
        String text = stdin.remove(id);
        return text == null ? "" : text;
    }

    void created(String id, ContainerOptions o) {
        options.put(id, o);
    }

    /** The options a container was created with ({@link ContainerOptions#none()} for one created without). */
    public ContainerOptions options(String id) {
        return options.getOrDefault(id, ContainerOptions.none());
    }

    /** The container's filesystem: its writable layer over its image's, made at the first start, then kept. */
    public MemoryFs rootfs(Container c, Image image) {
        return filesystems.computeIfAbsent(c.id(), id -> {
            MemoryFs fs = layers.rootfs(c, image).fs();
            String cwd = c.config().workingDir();
            if (!cwd.isEmpty()) {
                fs.mkdirs(cwd); // the daemon creates a missing working directory
            }
            return fs;
        });
    }

    /** The filesystem of a container that has started at least once. */
    public Optional<MemoryFs> rootfs(String id) {
        return Optional.ofNullable(filesystems.get(id));
    }

    /** The container whose filesystem {@code fs} is, if it has started. */
    Optional<String> containerOf(MemoryFs fs) {
        for (Map.Entry<String, MemoryFs> e : filesystems.entrySet()) {
            if (e.getValue() == fs) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /**
     * A TCP connection from another container (or the container itself) to {@code id}'s port:
     * refused when its process listens on no such port, else what its server answers.
     */
    HttpReply requestContainer(String id, int port, String method, String path, String agent, java.time.Instant now,
                               List<Servers.Line> log) {
        Servers.Plan.Serve server = servers.get(id);
        if (server == null || server.port() != port) {
            return new HttpReply.Refused();
        }
        if (paused.contains(id)) {
            return new HttpReply.Closed();
        }
        return server.site().answer(method, path, agent, now, log);
    }

    private final Map<String, ContainerUser> users = new HashMap<>();

    /** Who the running container's process (and an exec in it) runs as: root until told. */
    ContainerUser user(String id) {
        return users.getOrDefault(id, ContainerUser.ROOT);
    }

    void runsAs(String id, ContainerUser user) {
        users.put(id, user);
    }

    /** The hostname: -h, else the short id. */
    public String hostname(Container c) {
        String h = options(c.id()).hostname();
        return h.isEmpty() ? c.shortId() : h;
    }

    /**
     * Binds the container's ports as it starts; the daemon's error when one is taken
     * (moby daemon/start_linux.go, libnetwork/endpoint.go: the endpoint is named after the container).
     */
    Optional<String> start(Container c, String endpointId) {
        List<String> exposed = new java.util.ArrayList<>(c.config().exposedPorts());
        Optional<PortTable.Failure> failure = ports.bind(c.id(), options(c.id()), exposed);
        if (failure.isPresent()) {
            return Optional.of("failed to set up container networking: driver failed programming external"
                    + " connectivity on endpoint " + c.name() + " (" + endpointId + "): " + failure.get().message());
        }
        // the lowest free address on each of its networks: 172.17.0.2, .3, … 172.17.1.0, …
        Optional<String> noAddress = networks.started(c);
        if (noAddress.isPresent()) {
            ports.release(c.id());
            return Optional.of("failed to set up container networking: " + noAddress.get());
        }
        return Optional.empty();
    }

    /** The container's first address while it runs (the default bridge's, for most), else empty. */
    public String address(String id) {
        return networks.address(id);
    }

    void serving(String id, Servers.Plan.Serve server) {
        servers.put(id, server);
    }

    /** The server a running container runs, or null. */
    Servers.Plan.Serve server(String id) {
        return servers.get(id);
    }

    /** The process ended: ports, address and server go. */
    void stopped(String id) {
        ports.release(id);
        servers.remove(id);
        users.remove(id);
        networks.stopped(id);
        if (paused.remove(id)) {
            pauseChanges++;
        }
    }

    void removed(String id) {
        stopped(id);
        networks.removed(id);
        options.remove(id);
        filesystems.remove(id);
    }

    /** The host ports bound for a running container. */
    public List<PublishedPort> ports(String id) {
        return ports.of(id);
    }

    /** The processes {@code docker top} lists for a running server, or empty for another process. */
    public List<String> serverProcesses(String id) {
        Servers.Plan.Serve s = servers.get(id);
        return s == null ? List.of() : s.processes();
    }

    public boolean paused(String id) {
        return !paused.isEmpty() && paused.contains(id); // most listings have none: no hash to work out
    }

    void pause(String id, boolean on) {
        if (on ? paused.add(id) : paused.remove(id)) {
            pauseChanges++;
        }
    }

    /** A count that changes whenever a container is paused or unpaused. */
    public long pauseChanges() {
        return pauseChanges;
    }

    /**
     * A TCP connection to the host's {@code ip:port} carrying one HTTP request: refused when no
     * container publishes the port; reset when the container has nothing listening on the
     * published port; else what the server answers. {@code log} receives the lines the server logs.
     */
    HttpReply request(String ip, int port, String method, String path, String agent, java.time.Instant now,
                      Consumer<Map.Entry<String, List<Servers.Line>>> log) {
        Map<String, String> owner = new LinkedHashMap<>();
        Optional<PublishedPort> published = ports.lookup(ip, port, owner);
        if (published.isEmpty()) {
            return new HttpReply.Refused();
        }
        String id = owner.get("id");
        Servers.Plan.Serve server = servers.get(id);
        if (server == null || server.port() != published.get().port() || paused.contains(id)) {
            return paused.contains(id) ? new HttpReply.Closed() : new HttpReply.Reset();
        }
        List<Servers.Line> lines = new java.util.ArrayList<>();
        HttpReply reply = server.site().answer(method, path, agent, now, lines);
        log.accept(Map.entry(id, lines));
        return reply;
    }

    /** The environment a container's process sees: its Config.Env, then HOSTNAME and HOME as runc adds them. */
    static Map<String, String> environment(Container c, String hostname) {
        Map<String, String> env = new LinkedHashMap<>();
        if (c.config().env().stream().noneMatch(e -> e.startsWith("PATH="))) {
            // container.CreateDaemonEnvironment: PATH comes first, oci.DefaultPathEnv, unless Config.Env sets one
            env.put("PATH", HubImages.DEFAULT_PATH);
        }
        for (String e : c.config().env()) {
            int eq = e.indexOf('=');
            env.put(eq < 0 ? e : e.substring(0, eq), eq < 0 ? "" : e.substring(eq + 1));
        }
        env.putIfAbsent("HOSTNAME", hostname);
        env.putIfAbsent("HOME", "/root");
        return env;
    }
}
