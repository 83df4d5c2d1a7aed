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

    static Map<String, String> labels(Container c) {
        return Map.of();
    }

    static List<MountName> mounts(Engine engine, Container c) {
        return List.of();
    }

    static List<String> networks(Engine engine, Container c) {
        return List.of("bridge");
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
