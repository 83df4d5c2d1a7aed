package io.github.berth.cli;

import io.github.berth.engine.Container;
import io.github.berth.engine.Engine;
import java.util.List;
import java.util.Map;

/**
 * What the list commands need to know about a container beyond its record: labels, mounts,
 * networks and published ports, in one place so they come from the engine's objects as those grow.
 */
final class ContainerFacts {
    /** A mount as {@code docker ps} names it: a volume's name, else a bind's source; local driver or not. */
    record MountName(String name, String destination, boolean local) {}

    private ContainerFacts() {}

    /** Config.Labels: the image's labels with the container's own (-l, --label-file) over them. */
    static Map<String, String> labels(Container c) {
        return c.config().labels();
    }

    static List<MountName> mounts(Engine engine, Container c) {
        List<MountName> names = new java.util.ArrayList<>();
        for (var m : engine.volumes().mounts(c.id())) {
            names.add(new MountName(m.type().equals("volume") ? m.name() : m.source(), m.destination(),
                    m.type().equals("volume")));
        }
        return names;
    }

    static List<String> networks(Engine engine, Container c) {
        var eps = engine.networks().endpoints(c.id());
        return eps.isEmpty() && !engine.networks().attached(c.id()) ? List.of("bridge") : List.copyOf(eps.keySet());
    }

    /**
     * Fills an inspected container's Mounts and, while it runs, its addresses (moby
     * daemon/inspect.go: NetworkSettings carries the endpoints' settings; the top-level fields are
     * the default bridge's).
     */
    @SuppressWarnings("unchecked")
    static void patchInspect(Engine engine, Container c, Map<String, Object> json) {
        json.replace("RestartCount", engine.restarts().count(c.id()));
        List<Object> mounts = new java.util.ArrayList<>();
        for (var m : engine.volumes().mounts(c.id())) {
            Map<String, Object> j = new java.util.LinkedHashMap<>();
            j.put("Type", m.type());
            if (m.type().equals("volume")) {
                j.put("Name", m.name());
            }
            j.put("Source", m.source());
            j.put("Destination", m.destination());
            if (m.type().equals("volume")) {
                j.put("Driver", "local");
            }
            j.put("Mode", m.type().equals("volume") ? "z" : "");
            j.put("RW", m.readWrite());
            j.put("Propagation", m.type().equals("volume") ? "" : "rprivate");
            mounts.add(j);
        }
        json.put("Mounts", mounts);
        if (!(json.get("NetworkSettings") instanceof Map<?, ?> settings)) {
            return;
        }
        var eps = engine.networks().endpoints(c.id());
        if (eps.isEmpty()) {
            return;
        }
        Map<String, Object> ns = (Map<String, Object>) settings;
        Map<String, Object> template = ((Map<String, Map<String, Object>>) ns.get("Networks")).values().stream()
                .findFirst().orElse(Map.of());
        Map<String, Object> networks = new java.util.LinkedHashMap<>();
        boolean running = c.state().status() == io.github.berth.engine.ContainerState.Status.RUNNING;
        eps.forEach((name, ep) -> {
            Map<String, Object> e = new java.util.LinkedHashMap<>(template);
            var net = engine.networks().find(ep.networkId());
            e.put("Aliases", ep.aliases().isEmpty() ? null : ep.aliases());
            String gateway = net.map(n -> n.gateway() == null ? "" : n.gateway()).orElse("");
            if (running) {
                e.put("MacAddress", ep.mac());
                e.put("NetworkID", ep.networkId());
                e.put("EndpointID", ep.endpointId());
                e.put("Gateway", gateway);
                e.put("IPAddress", ep.ip());
                e.put("IPPrefixLen", ep.prefix());
                if (!name.equals("bridge") && !name.equals("host") && !name.equals("none")) {
                    e.put("DNSNames", io.github.berth.engine.ContainerDns.dnsNames(c, ep,
                            engine.runtime().hostname(c)));
                }
                if (name.equals("bridge")) {
                    ns.put("EndpointID", ep.endpointId());
                    ns.put("Gateway", gateway);
                    ns.put("IPAddress", ep.ip());
                    ns.put("IPPrefixLen", ep.prefix());
                    ns.put("MacAddress", ep.mac());
                }
            }
            if (!running && c.state().status() != io.github.berth.engine.ContainerState.Status.CREATED) {
                // moby cleanOperationalData: a stopped container keeps its NetworkID and DNSNames
                e.put("NetworkID", ep.networkId());
                if (!name.equals("bridge") && !name.equals("host") && !name.equals("none")) {
                    e.put("DNSNames", io.github.berth.engine.ContainerDns.dnsNames(c, ep,
                            engine.runtime().hostname(c)));
                }
            }
            networks.put(name, e);
        });
        ns.put("Networks", networks);
    }

    /** Whether a published or exposed port of the container is in the filter's sets ("80/tcp", "8080"). */
    static boolean portMatch(Container c, java.util.Set<String> publish, java.util.Set<String> expose) {
        return false;
    }

    /** formatter.DisplayablePorts of the container's ports ("" with none). */
    static String ports(Container c) {
        return "";
    }
}
