package io.github.berth.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The daemon's host ports (moby libnetwork/portallocator at v28.2.2): a port is taken per host
 * address and protocol; a binding without a host address takes the port on both {@code 0.0.0.0}
 * and {@code ::} (the default bridge with IPv6 proxying); a binding without a host port gets the
 * first free port of the ephemeral range 32768-60999 after the last one handed out.
 */
final class PortTable {
    static final int BEGIN = 32768;
    static final int END = 60999;

    /** "ip/proto" to taken ports and the container that holds each. */
    private final Map<String, Map<Integer, String>> taken = new HashMap<>();
    private final Map<String, Integer> last = new HashMap<>();
    private final Map<String, List<PublishedPort>> byContainer = new LinkedHashMap<>();

    /** What a failed bind says (portallocator.go alreadyAllocatedErr). */
    record Failure(String message) {}

    /**
     * Binds every port {@code options} asks for, plus, with {@code -P}, every exposed port that has
     * no binding; either all or none are bound.
     */
    Optional<Failure> bind(String containerId, ContainerOptions options, List<String> exposed) {
        List<PublishedPort> bound = new ArrayList<>();
        Map<String, List<ContainerOptions.PortBinding>> wanted = new LinkedHashMap<>();
        for (ContainerOptions.PortBinding b : options.ports()) {
            wanted.computeIfAbsent(b.containerPort(), k -> new ArrayList<>()).add(b);
        }
        if (options.publishAll()) {
            for (String port : new TreeSet<>(exposed)) {
                wanted.computeIfAbsent(port, k -> List.of(new ContainerOptions.PortBinding(port, "", "")));
            }
        }
        for (var e : wanted.entrySet()) {
            String proto = e.getKey().substring(e.getKey().indexOf('/') + 1);
            for (ContainerOptions.PortBinding b : e.getValue()) {
                List<String> ips = b.hostIp().isEmpty() ? List.of("0.0.0.0", "::") : List.of(b.hostIp());
                int from;
                int to;
                if (b.hostPort().isEmpty()) {
                    from = 0;
                    to = 0;
                } else if (b.hostPort().contains("-")) {
                    from = Integer.parseInt(b.hostPort().substring(0, b.hostPort().indexOf('-')));
                    to = Integer.parseInt(b.hostPort().substring(b.hostPort().indexOf('-') + 1));
                } else {
                    from = Integer.parseInt(b.hostPort());
                    to = from;
                }
                Object got = request(containerId, ips, proto, from, to);
                if (got instanceof Failure failure) {
                    bound.forEach(this::free);
                    return Optional.of(failure);
                }
                for (String ip : ips) {
                    bound.add(new PublishedPort(e.getKey(), ip, (Integer) got));
                }
            }
        }
        byContainer.put(containerId, List.copyOf(bound));
        return Optional.empty();
    }

    private Object request(String owner, List<String> ips, String proto, int from, int to) {
        if (from != 0 && from == to) {
            for (String ip : ips) {
                if (map(ip, proto).containsKey(from)) {
                    return new Failure("Bind for " + ip + ":" + from + " failed: port is already allocated");
                }
            }
            ips.forEach(ip -> map(ip, proto).put(from, owner));
            return from;
        }
        int begin = from == 0 ? BEGIN : from;
        int end = from == 0 ? END : to;
        int start = from == 0 ? last.getOrDefault(proto, END) : end;
        for (int i = 1; i <= end - begin + 1; i++) {
            int port = begin + Math.floorMod(start - begin + i, end - begin + 1);
            if (ips.stream().noneMatch(ip -> map(ip, proto).containsKey(port))) {
                ips.forEach(ip -> map(ip, proto).put(port, owner));
                if (from == 0) {
                    last.put(proto, port);
                }
                return port;
            }
        }
        return new Failure(from == 0 ? "all ports are allocated"
                : "Bind for " + ips.get(0) + ":" + from + "-" + to + " failed: port is already allocated");
    }

    private Map<Integer, String> map(String ip, String proto) {
        return taken.computeIfAbsent(ip + "/" + proto, k -> new HashMap<>());
    }

    private void free(PublishedPort p) {
        map(p.hostIp(), p.proto()).remove(p.hostPort());
    }

    /** Frees a container's ports (it stopped). */
    void release(String containerId) {
        List<PublishedPort> ports = byContainer.remove(containerId);
        if (ports != null) {
            ports.forEach(this::free);
        }
    }

    /** The ports bound for a running container, in binding order. */
    List<PublishedPort> of(String containerId) {
        return byContainer.getOrDefault(containerId, List.of());
    }

    /** The container listening on {@code ip:port} (tcp), if any; {@code 0.0.0.0} and {@code ::} bindings answer every address of their family. */
    Optional<PublishedPort> lookup(String ip, int port, Map<String, String> owner) {
        for (var e : byContainer.entrySet()) {
            for (PublishedPort p : e.getValue()) {
                boolean v6 = ip.contains(":");
                boolean any = p.hostIp().equals(v6 ? "::" : "0.0.0.0");
                if (p.hostPort() == port && p.proto().equals("tcp") && (any || p.hostIp().equals(ip))) {
                    owner.put("id", e.getKey());
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }
}
