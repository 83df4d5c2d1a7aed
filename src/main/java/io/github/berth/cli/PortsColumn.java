package io.github.berth.cli;

import io.github.berth.engine.Container;
import io.github.berth.engine.ContainerState;
import io.github.berth.engine.Engine;
import io.github.berth.engine.PublishedPort;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PORTS column of {@code docker ps}: docker/cli v28.2.2 cli/command/formatter/container.go
 * DisplayablePorts over the ports moby daemon/list.go reports (a running container's bindings,
 * and its exposed ports that have none; nothing for a container that is not running).
 */
final class PortsColumn {
    private PortsColumn() {}

    private record Port(String ip, int privatePort, int publicPort, String type) {}

    static String of(Engine engine, Container c) {
        if (c.state().status() != ContainerState.Status.RUNNING) {
            return "";
        }
        List<Port> ports = new ArrayList<>();
        List<PublishedPort> bound = engine.runtime().ports(c.id());
        for (PublishedPort p : bound) {
            ports.add(new Port(p.hostIp(), p.port(), p.hostPort(), p.proto()));
        }
        for (String exposed : c.config().exposedPorts()) {
            if (bound.stream().noneMatch(p -> p.containerPort().equals(exposed))) {
                int slash = exposed.indexOf('/');
                ports.add(new Port("", Integer.parseInt(exposed.substring(0, slash)), 0, exposed.substring(slash + 1)));
            }
        }
        return display(ports);
    }

    private static String display(List<Port> ports) {
        ports.sort(Comparator.comparingInt(Port::privatePort).thenComparing(Port::ip)
                .thenComparingInt(Port::publicPort).thenComparing(Port::type));
        Map<String, int[]> groups = new LinkedHashMap<>();
        List<String> result = new ArrayList<>();
        List<String> hostMappings = new ArrayList<>();
        for (Port port : ports) {
            int current = port.privatePort();
            String key = port.type();
            if (!port.ip().isEmpty()) {
                if (port.publicPort() != current) {
                    hostMappings.add(join(port.ip(), String.valueOf(port.publicPort())) + "->" + port.privatePort() + "/"
                            + port.type());
                    continue;
                }
                key = port.ip() + "/" + port.type();
            }
            int[] group = groups.get(key);
            if (group == null) {
                groups.put(key, new int[] {current, current});
                continue;
            }
            if (current == group[1] + 1) {
                group[1] = current;
                continue;
            }
            result.add(form(key, group));
            groups.put(key, new int[] {current, current});
        }
        groups.forEach((key, g) -> result.add(form(key, g)));
        result.addAll(hostMappings);
        return String.join(", ", result);
    }

    private static String form(String key, int[] g) {
        int slash = key.lastIndexOf('/');
        String type = key.substring(slash + 1);
        String ip = slash < 0 ? "" : key.substring(0, slash);
        String group = g[0] == g[1] ? String.valueOf(g[0]) : g[0] + "-" + g[1];
        if (!ip.isEmpty()) {
            group = join(ip, group) + "->" + group;
        }
        return group + "/" + type;
    }

    /** Go's net.JoinHostPort: an IPv6 address in brackets. */
    static String join(String ip, String port) {
        return (ip.contains(":") ? "[" + ip + "]" : ip) + ":" + port;
    }
}
