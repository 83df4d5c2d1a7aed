package io.github.berth.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code docker inspect --format}: a {@link GoTemplate} run on the inspected object's JSON map with
 * {@code missingkey=error}, as docker/cli cli/command/inspect/inspector.go's raw-map fallback runs
 * it. Values print as Go's fmt prints the typed API structs: slices as {@code [a b]}, Go maps as
 * {@code map[k:v]}, nil pointers as {@code <nil>}, structs as {@code {v1 v2}}.
 */
final class InspectTemplate {
    /** Fields that are Go pointers (nil prints "<nil>") or Go maps (nil prints "map[]"); other nulls are slices. */
    private static final Set<String> POINTERS = Set.of("MemorySwappiness", "OomKillDisable", "PidsLimit", "Init",
            "IPAMConfig", "Health", "StopTimeout", "Healthcheck");
    private static final Set<String> MAPS = Set.of("Volumes", "DriverOpts", "Labels", "PortBindings", "Ports",
            "ExposedPorts", "Networks", "Data", "Config@LogConfig", "Sysctls", "Tmpfs", "StorageOpt", "Annotations",
            "Options", "Containers");
    private static final GoTemplate.Options OPTIONS = new GoTemplate.Options(true, false,
            (value, field, parent) -> value == GoFmt.NO_VALUE ? "<no value>" : format(value, field, parent, true));

    /** A parsed template (one node: the template). */
    sealed interface Node {}

    record Template(GoTemplate template) implements Node {}

    /** A parsed template, or text/template's parse error. */
    sealed interface Parsed {}

    record Ok(List<Node> nodes) implements Parsed {}

    record Error(String message) implements Parsed {}

    private InspectTemplate() {}

    static Parsed parse(String template) {
        GoTemplate.Parsed parsed = GoTemplate.parse(template);
        if (parsed instanceof GoTemplate.Error e) {
            return new Error(e.message());
        }
        return new Ok(List.of(new Template(((GoTemplate.Ok) parsed).template())));
    }

    /**
     * Runs the template on one inspected object (a map as {@link InspectJson} builds it); the
     * result, or text/template's execution error as the raw-map fallback reports a missing key.
     */
    static Execution execute(List<Node> nodes, Map<String, Object> object, String template) {
        GoTemplate.Result r = ((Template) nodes.get(0)).template().execute(object, OPTIONS);
        return r.error() != null ? new Execution(null, r.error()) : new Execution(r.output(), null);
    }

    record Execution(String output, String error) {}

    /** Go's fmt %v of the typed value a field holds. */
    private static String format(Object value, String name, String parent, boolean top) {
        if (value == null) {
            if (POINTERS.contains(name)) {
                return "<nil>";
            }
            return isGoMap(name, parent) ? "map[]" : "[]";
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object item : list) {
                items.add(format(item, "", name, false));
            }
            return "[" + String.join(" ", items) + "]";
        }
        if (value instanceof Map<?, ?> map) {
            if (isGoMap(name, parent)) {
                Map<String, String> sorted = new TreeMap<>();
                map.forEach((k, v) -> sorted.put((String) k, format(v, "", name, false)));
                List<String> items = new ArrayList<>();
                sorted.forEach((k, v) -> items.add(k + ":" + v));
                return "map[" + String.join(" ", items) + "]";
            }
            List<String> items = new ArrayList<>();
            map.forEach((k, v) -> items.add(format(v, (String) k, name, false)));
            return (top && !name.isEmpty() ? "&{" : "{") + String.join(" ", items) + "}";
        }
        return String.valueOf(value);
    }

    private static boolean isGoMap(String name, String parent) {
        return MAPS.contains(name) || MAPS.contains(name + "@" + parent);
    }
}
