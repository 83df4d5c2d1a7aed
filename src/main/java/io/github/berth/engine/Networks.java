package io.github.berth.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engine's networks: the default {@code bridge} (172.17.0.0/16), {@code host} and {@code none},
 * and user-defined bridges (172.18.0.0/16, 172.19.0.0/16, …), with each container's endpoints and
 * addresses, as moby v28.2.2 and libnetwork word their errors (libnetwork/error.go,
 * daemon/network.go, daemon/container_operations.go).
 */
public final class Networks {
    /** A network, shaped like the Engine API's Network object. */
    public record Network(String id, String name, String driver, Instant created, String subnet, String gateway,
                          Map<String, String> labels, boolean internal, boolean predefined) {}

    /** A container's endpoint on a network. */
    public record Endpoint(String networkId, String endpointId, String ip, String mac, int prefix) {}

    private final Clock clock;
    private final IdSource ids;
    private final Map<String, Container> containers;
    private final Map<String, Network> networks = new LinkedHashMap<>();
    private final Map<String, Map<String, Endpoint>> endpoints = new LinkedHashMap<>();
    private int nextSubnet = 18;

    Networks(Clock clock, IdSource ids, Map<String, Container> containers) {
        this.clock = clock;
        this.ids = ids;
        this.containers = containers;
        Instant start = clock.instant();
        add(new Network(derivedId("bridge"), "bridge", "bridge", start, "172.17.0.0/16", "172.17.0.1", Map.of(), false, true));
        add(new Network(derivedId("host"), "host", "host", start, null, null, Map.of(), false, true));
        add(new Network(derivedId("none"), "none", "null", start, null, null, Map.of(), false, true));
    }

    /**
     * An id made from {@code seed} (SHA-256), so the predefined networks and the endpoints take
     * nothing from the engine's random source: other objects' ids stay as they were.
     */
    private static String derivedId(String seed) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(
                    ("berth-network:" + seed).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void add(Network n) {
        networks.put(n.id(), n);
    }

    public List<Network> list() {
        return List.copyOf(networks.values());
    }

    /** Finds a network by full id, exact name, then id prefix (daemon.FindNetwork). */
    public Optional<Network> find(String term) {
        Network byId = networks.get(term);
        if (byId != null) {
            return Optional.of(byId);
        }
        for (Network n : networks.values()) {
            if (n.name().equals(term)) {
                return Optional.of(n);
            }
        }
        Network match = null;
        for (Network n : networks.values()) {
            if (!term.isEmpty() && n.id().startsWith(term)) {
                if (match != null) {
                    return Optional.empty();
                }
                match = n;
            }
        }
        return Optional.ofNullable(match);
    }

    /** Creates a user-defined bridge network; the daemon's error if the name is taken. */
    public Network create(String name, String driver, Map<String, String> labels, boolean internal) {
        String subnet = "172." + nextSubnet + ".0.0/16";
        String gateway = "172." + nextSubnet + ".0.1";
        nextSubnet++;
        Network n = new Network(ids.hex64(), name, driver, clock.instant(), subnet, gateway, Map.copyOf(labels),
                internal, false);
        add(n);
        return n;
    }

    public Optional<String> nameTaken(String name) {
        return networks.values().stream().anyMatch(n -> n.name().equals(name))
                ? Optional.of("network with name " + name + " already exists") : Optional.empty();
    }

    /** Removes a network: the daemon's error text if it cannot. */
    public Optional<String> remove(String term) {
        Optional<Network> found = find(term);
        if (found.isEmpty()) {
            return Optional.of("network " + term + " not found");
        }
        Network n = found.get();
        if (n.predefined()) {
            return Optional.of(n.name() + " is a pre-defined network and cannot be removed");
        }
        List<String> active = new ArrayList<>();
        endpoints.forEach((cid, eps) -> {
            Endpoint ep = eps.get(n.name());
            if (ep != null && containers.containsKey(cid)) {
                active.add("name:\"" + containers.get(cid).name() + "\" id:\"" + ep.endpointId().substring(0, 12)
                        + "\"");
            }
        });
        if (!active.isEmpty()) {
            return Optional.of("error while removing network: network " + n.name() + " has active endpoints ("
                    + String.join(", ", active) + ")");
        }
        networks.remove(n.id());
        return Optional.empty();
    }

    /** Connects a container; the daemon's error if it is already attached. */
    public Optional<String> connect(Container c, Network n) {
        Map<String, Endpoint> eps = endpoints.computeIfAbsent(c.id(), k -> new LinkedHashMap<>());
        if (eps.containsKey(n.name())) {
            return Optional.of("endpoint with name " + c.name() + " already exists in network " + n.name());
        }
        if (n.subnet() == null) {
            eps.put(n.name(), new Endpoint(n.id(), derivedId(c.id() + n.id()), "", "", 0));
            return Optional.empty();
        }
        String base = n.subnet().substring(0, n.subnet().lastIndexOf('.', n.subnet().indexOf('/')) + 1);
        java.util.Set<String> used = new java.util.HashSet<>();
        endpoints.forEach((cid, m) -> {
            Endpoint e = m.get(n.name());
            if (e != null && containers.containsKey(cid)) {
                used.add(e.ip());
            }
        });
        int host = 2;
        String[] octets = base.split("\\.");
        while (used.contains(base + host)) {
            host++;
        }
        String ip = base + host;
        String mac = String.format("02:42:ac:%02x:%02x:%02x", Integer.parseInt(octets[1]), Integer.parseInt(octets[2]),
                host & 0xff);
        eps.put(n.name(), new Endpoint(n.id(), derivedId(c.id() + n.id()), ip, mac, 16));
        return Optional.empty();
    }

    public Optional<String> disconnect(Container c, Network n) {
        Map<String, Endpoint> eps = endpoints.get(c.id());
        if (eps == null || eps.remove(n.name()) == null) {
            return Optional.of("container " + c.id() + " is not connected to network " + n.name());
        }
        return Optional.empty();
    }

    /** The container's endpoints by network name (bridge for a container never connected elsewhere). */
    public Map<String, Endpoint> endpoints(String containerId) {
        return endpoints.getOrDefault(containerId, Map.of());
    }

    /** Whether the container has been given its networks yet (every container run through the CLI has). */
    public boolean attached(String containerId) {
        return endpoints.containsKey(containerId);
    }
}
