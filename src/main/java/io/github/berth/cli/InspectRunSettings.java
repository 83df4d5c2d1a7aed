package io.github.berth.cli;

import io.github.berth.engine.Container;
import io.github.berth.engine.ContainerOptions;
import io.github.berth.engine.ContainerState;
import io.github.berth.engine.Engine;
import io.github.berth.engine.PublishedPort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parts of {@code docker inspect}'s container JSON that {@code docker run}'s options set
 * (moby daemon/inspect.go, api/types/container): Config.Hostname, User, AttachStdin, Tty,
 * OpenStdin, StdinOnce, ExposedPorts and Labels; HostConfig.PortBindings, RestartPolicy and
 * PublishAllPorts; NetworkSettings.Ports (a running container's bindings, and null for an
 * exposed port without one); State.Status and Paused for a paused container.
 */
final class InspectRunSettings {
    private InspectRunSettings() {}

    @SuppressWarnings("unchecked")
    static void apply(Map<String, Object> json, Container c, Engine engine) {
        ContainerOptions o = engine.runtime().options(c.id());
        Map<String, Object> config = (Map<String, Object>) json.get("Config");
        Map<String, Object> host = (Map<String, Object>) json.get("HostConfig");
        Map<String, Object> network = (Map<String, Object>) json.get("NetworkSettings");
        Map<String, Object> state = (Map<String, Object>) json.get("State");
        // moby daemon/inspect.go: HostConfig.Links from the link index, "/CHILD:/PARENT/ALIAS"
        List<String> links = engine.dns().links().inspect(c);
        if (host != null && !links.isEmpty()) {
            replace(host, "Links", links);
        }
        if (config != null) {
            replace(config, "Hostname", o.hostname().isEmpty() ? c.shortId() : o.hostname());
            replace(config, "User", o.user().isEmpty() ? c.config().user() : o.user());
            boolean stdinAttached = o.interactive() && c.attachOutput();
            replace(config, "AttachStdin", stdinAttached);
            replace(config, "Tty", o.tty());
            replace(config, "OpenStdin", o.interactive());
            replace(config, "StdinOnce", stdinAttached);
            if (!c.config().exposedPorts().isEmpty()) {
                Map<String, Object> exposed = new TreeMap<>();
                c.config().exposedPorts().forEach(p -> exposed.put(p, Map.of()));
                Map<String, Object> rebuilt = new LinkedHashMap<>();
                config.forEach((k, v) -> {
                    if (!k.equals("ExposedPorts")) {
                        rebuilt.put(k, v);
                    }
                    if (k.equals("AttachStderr")) {
                        rebuilt.put("ExposedPorts", exposed);
                    }
                });
                config.clear();
                config.putAll(rebuilt);
            }
        }
        if (host != null) {
            Map<String, Object> bindings = new TreeMap<>();
            for (ContainerOptions.PortBinding b : o.ports()) {
                List<Object> list = (List<Object>) bindings.computeIfAbsent(b.containerPort(), k -> new ArrayList<>());
                list.add(hostPort(b.hostIp(), b.hostPort()));
            }
            replace(host, "PortBindings", bindings);
            int colon = o.restart().indexOf(':');
            replace(host, "RestartPolicy", pair("Name", colon < 0 ? o.restart() : o.restart().substring(0, colon),
                    "MaximumRetryCount", colon < 0 ? 0 : Long.parseLong(o.restart().substring(colon + 1))));
            replace(host, "PublishAllPorts", o.publishAll());
            io.github.berth.engine.ContainerUpdates.Resources r = engine.updates().resources(c.id());
            replace(host, "Memory", r.memory());
            replace(host, "MemorySwap", r.memorySwap());
            replace(host, "NanoCpus", r.nanoCpus());
        }
        if (network != null && c.state().status() == ContainerState.Status.RUNNING) {
            Map<String, Object> ports = new TreeMap<>();
            List<PublishedPort> bound = engine.runtime().ports(c.id());
            for (String exposed : c.config().exposedPorts()) {
                ports.put(exposed, null);
            }
            for (PublishedPort p : bound) {
                Object have = ports.get(p.containerPort());
                List<Object> list = have == null ? new ArrayList<>() : (List<Object>) have;
                list.add(hostPort(p.hostIp(), String.valueOf(p.hostPort())));
                ports.put(p.containerPort(), list);
            }
            replace(network, "Ports", ports);
        }
        if (state != null && engine.runtime().paused(c.id())) {
            replace(state, "Status", "paused");
            replace(state, "Paused", true);
        }
    }

    private static Map<String, Object> hostPort(String ip, String port) {
        return pair("HostIp", ip, "HostPort", port);
    }

    private static Map<String, Object> pair(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    private static void replace(Map<String, Object> m, String key, Object value) {
        if (m.containsKey(key)) {
            m.put(key, value);
        }
    }
}
