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

    /**
     * A container's endpoint on a network: its address while the container runs (empty, with
     * no MAC, while it does not), and the aliases given by {@code --network-alias} or
     * {@code network connect --alias}.
     */
    public record Endpoint(String networkId, String endpointId, String ip, String mac, int prefix,
                           List<String> aliases) {
        public Endpoint {
            aliases = List.copyOf(aliases);
        }

        Endpoint withAddress(String ip, String mac, int prefix) {
            return new Endpoint(networkId, endpointId, ip, mac, prefix, aliases);
        }
    }

    /**
     * moby's default local address pools (libnetwork/ipamutils/utils.go at v28.2.2): 172.17 to
     * 172.31 as /16s, then 192.168.0.0/16 cut into /20s; the default bridge takes the first.
     */
    static final List<String> DEFAULT_POOLS;

    static {
        List<String> pools = new ArrayList<>();
        for (int b = 17; b <= 31; b++) {
            pools.add("172." + b + ".0.0/16");
        }
        for (int c = 0; c < 256; c += 16) {
            pools.add("192.168." + c + ".0/20");
        }
        DEFAULT_POOLS = List.copyOf(pools);
    }

    private final Clock clock;
    private final IdSource ids;
    private final Map<String, Container> containers;
    private final Map<String, Network> networks = new LinkedHashMap<>();
    /** Each container's endpoints by network name, in the order it joined them. */
    private final Map<String, Map<String, Endpoint>> endpoints = new LinkedHashMap<>();
    /** The one address allocator: per network id, the host numbers handed out (lowest free first, as libnetwork's IPAM). */
    private final Map<String, java.util.BitSet> allocations = new LinkedHashMap<>();
    /** Per network name, the running containers' addresses and who holds each (an address is one container's). */
    private final Map<String, Map<String, String>> holders = new java.util.HashMap<>();

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

    /**
     * Creates a user-defined bridge network on the lowest default pool no other network uses
     * (libnetwork/ipams/defaultipam allocatePredefinedPool); empty when every pool is taken.
     */
    public Network create(String name, String driver, Map<String, String> labels, boolean internal) {
        String subnet = freePool().orElseThrow(() -> new IllegalStateException(POOLS_FULL));
        Network n = new Network(ids.hex64(), name, driver, clock.instant(), subnet, hostAddress(subnet, 1),
                Map.copyOf(labels), internal, false);
        add(n);
        return n;
    }

    /** moby libnetwork/ipamapi/contract.go ErrNoMoreSubnets. */
    public static final String POOLS_FULL = "all predefined address pools have been fully subnetted";

    /** The lowest default pool no network has, if any. */
    public Optional<String> freePool() {
        for (String pool : DEFAULT_POOLS) {
            if (networks.values().stream().noneMatch(n -> pool.equals(n.subnet()))) {
                return Optional.of(pool);
            }
        }
        return Optional.empty();
    }

    /** The address {@code host} numbers in {@code subnet} ("172.18.0.0/16", 2 gives 172.18.0.2). */
    static String hostAddress(String subnet, int host) {
        long base = base(subnet) + host;
        return (base >> 24 & 0xff) + "." + (base >> 16 & 0xff) + "." + (base >> 8 & 0xff) + "." + (base & 0xff);
    }

    /** The address {@code a.b.c.d} of "a.b.c.d/n" as a number. */
    private static long base(String subnet) {
        long address = 0;
        long octet = 0;
        for (int i = 0; i < subnet.length() && subnet.charAt(i) != '/'; i++) {
            char ch = subnet.charAt(i);
            if (ch == '.') {
                address = address << 8 | octet;
                octet = 0;
            } else {
                octet = octet * 10 + (ch - '0');
            }
        }
        return address << 8 | octet;
    }

    private static int prefix(String subnet) {
        return Integer.parseInt(subnet.substring(subnet.indexOf('/') + 1));
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
            if (ep != null && running(cid)) {
                active.add("name:\"" + containers.get(cid).name() + "\" id:\"" + ep.endpointId().substring(0, 12)
                        + "\"");
            }
        });
        if (!active.isEmpty()) {
            return Optional.of("error while removing network: network " + n.name() + " has active endpoints ("
                    + String.join(", ", active) + ")");
        }
        networks.remove(n.id());
        allocations.remove(n.id());
        holders.remove(n.name());
        endpoints.values().forEach(eps -> eps.remove(n.name()));
        return Optional.empty();
    }

    private boolean running(String cid) {
        Container c = containers.get(cid);
        return c != null && c.state().status() == ContainerState.Status.RUNNING;
    }

    /** Connects a container; the daemon's error if it is already attached. */
    public Optional<String> connect(Container c, Network n) {
        return connect(c, n, List.of());
    }

    /**
     * Connects a container to {@code n} with network-scoped {@code aliases}: a running container
     * is given its address at once, another when it starts (moby daemon/container_operations.go).
     */
    public Optional<String> connect(Container c, Network n, List<String> aliases) {
        Map<String, Endpoint> eps = endpoints.computeIfAbsent(c.id(), k -> new LinkedHashMap<>());
        if (eps.containsKey(n.name())) {
            return Optional.of("endpoint with name " + c.name() + " already exists in network " + n.name());
        }
        eps.put(n.name(), new Endpoint(n.id(), derivedId(c.id() + n.id()), "", "", 0, aliases));
        if (running(c.id())) {
            allocate(c.id(), n.name());
        }
        return Optional.empty();
    }

    /**
     * Records that a new container asks for network {@code name}, which does not exist (yet): moby
     * daemon/create.go lets the network be missing at create; the container joins it when it
     * starts, or its start fails if it is still missing.
     */
    public void connectMissing(Container c, String name, List<String> aliases) {
        endpoints.computeIfAbsent(c.id(), k -> new LinkedHashMap<>())
                .put(name, new Endpoint("", derivedId(c.id() + name), "", "", 0, aliases));
    }

    public Optional<String> disconnect(Container c, Network n) {
        Map<String, Endpoint> eps = endpoints.get(c.id());
        Endpoint ep = eps == null ? null : eps.get(n.name());
        if (ep == null) {
            return Optional.of("container " + c.id() + " is not connected to network " + n.name());
        }
        release(n, ep);
        eps.remove(n.name());
        return Optional.empty();
    }

    /**
     * The container starts: each of its endpoints on a network with addresses takes the lowest
     * free one (a container never attached joins the default bridge). The daemon's error if a
     * network has none left.
     */
    Optional<String> started(Container c) {
        if (!endpoints.containsKey(c.id())) {
            connect(c, find("bridge").orElseThrow());
        }
        Map<String, Endpoint> eps = endpoints.get(c.id());
        for (Map.Entry<String, Endpoint> e : List.copyOf(eps.entrySet())) {
            if (e.getValue().networkId().isEmpty()) {
                // a network named at create: found now, or the start fails (moby daemon/container_operations.go)
                Optional<Network> n = find(e.getKey());
                if (n.isEmpty()) {
                    return Optional.of("network " + e.getKey() + " not found");
                }
                eps.remove(e.getKey());
                eps.put(n.get().name(), new Endpoint(n.get().id(), derivedId(c.id() + n.get().id()), "", "", 0,
                        e.getValue().aliases()));
            }
        }
        for (String name : List.copyOf(endpoints.get(c.id()).keySet())) {
            Optional<String> error = allocate(c.id(), name);
            if (error.isPresent()) {
                stopped(c.id());
                return error;
            }
        }
        return Optional.empty();
    }

    private Optional<String> allocate(String cid, String name) {
        Endpoint ep = endpoints.get(cid).get(name);
        Network n = networks.get(ep.networkId());
        if (n == null || n.subnet() == null || !ep.ip().isEmpty()) {
            return Optional.empty();
        }
        java.util.BitSet used = allocations.computeIfAbsent(n.id(), k -> new java.util.BitSet());
        int size = 1 << (32 - prefix(n.subnet()));
        int host = used.nextClearBit(2);
        if (host >= size - 1) {
            return Optional.of("no available addresses on this pool"); // libnetwork ipamapi.ErrNoAvailableIPs
        }
        used.set(host);
        String ip = hostAddress(n.subnet(), host);
        String mac = mac(base(n.subnet()) + host);
        endpoints.get(cid).put(name, ep.withAddress(ip, mac, prefix(n.subnet())));
        holders.computeIfAbsent(name, k -> new java.util.LinkedHashMap<>()).put(ip, cid);
        return Optional.empty();
    }

    /** The MAC address the bridge driver gives an address: 02:42 and the address's four bytes in hex. */
    private static String mac(long address) {
        StringBuilder sb = new StringBuilder("02:42");
        for (int shift = 24; shift >= 0; shift -= 8) {
            int b = (int) (address >> shift & 0xff);
            sb.append(':').append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 15, 16));
        }
        return sb.toString();
    }

    private void release(Network n, Endpoint ep) {
        if (n != null && !ep.ip().isEmpty() && holders.containsKey(n.name())) {
            holders.get(n.name()).remove(ep.ip());
        }
        if (n != null && !ep.ip().isEmpty() && allocations.containsKey(n.id())) {
            long host = base(ep.ip() + "/0") - base(n.subnet());
            allocations.get(n.id()).clear((int) host);
        }
    }

    /** The container's process ended: its addresses go back to their networks; it stays attached. */
    void stopped(String cid) {
        Map<String, Endpoint> eps = endpoints.get(cid);
        if (eps == null) {
            return;
        }
        eps.replaceAll((name, ep) -> {
            release(networks.get(ep.networkId()), ep);
            return ep.withAddress("", "", 0);
        });
    }

    /** The container is removed: it leaves every network. */
    void removed(String cid) {
        stopped(cid);
        endpoints.remove(cid);
    }

    /** The running container that has {@code ip} on the network named {@code network}, or null. */
    String holder(String network, String ip) {
        Map<String, String> held = holders.get(network);
        return held == null ? null : held.get(ip);
    }

    /** The running containers with an address on the network named {@code network}, in the order they got it. */
    java.util.Collection<String> members(String network) {
        return holders.getOrDefault(network, Map.of()).values();
    }

    /** The container's first address (its default bridge address, say), or empty when it has none. */
    public String address(String cid) {
        return endpoints(cid).values().stream().map(Endpoint::ip).filter(ip -> !ip.isEmpty()).findFirst().orElse("");
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
