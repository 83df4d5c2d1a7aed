package io.github.berth.cli;

import io.github.berth.engine.Container;
import io.github.berth.engine.ContainerState;
import io.github.berth.engine.Engine;
import io.github.berth.engine.GoText;
import io.github.berth.engine.Image;
import io.github.berth.engine.ImageRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which containers {@code docker ps} lists: moby v28.2.2 daemon/list.go (the accepted filters,
 * foldFilter's errors, includeContainerInList's order of checks: before, since, running or all,
 * name, id, label, limit, exited, status, ancestor, network, publish/expose).
 */
final class PsFilter {
    static final Set<String> ACCEPTED = Set.of("ancestor", "before", "exited", "id", "isolation", "label", "name",
            "status", "health", "since", "volume", "network", "is-task", "publish", "expose");
    static final List<String> STATES = List.of("created", "running", "paused", "restarting", "removing", "exited",
            "dead");

    /** The containers to list, or the daemon's error. */
    record Outcome(List<Container> containers, String error) {}

    private PsFilter() {}

    static Outcome select(Engine engine, Filters filters, boolean all, long limit) {
        Optional<String> invalid = filters.validate(ACCEPTED);
        if (invalid.isPresent()) {
            return new Outcome(null, invalid.get());
        }
        List<Integer> exited = new ArrayList<>();
        for (String v : filters.get("exited")) {
            try {
                exited.add(Integer.parseInt(v));
            } catch (NumberFormatException e) {
                return new Outcome(null, "invalid filter 'exited=" + v + "': strconv.Atoi: parsing " + GoText.quote(v)
                        + ": " + (v.matches("[+-]?\\d+") ? "value out of range" : "invalid syntax"));
            }
        }
        for (String v : filters.get("status")) {
            if (!STATES.contains(v)) {
                return new Outcome(null, "invalid filter 'status=" + v + "': invalid value for state (" + v
                        + "): must be one of " + String.join(", ", STATES));
            }
            all = true;
        }
        for (String v : filters.get("health")) {
            if (!List.of("starting", "healthy", "unhealthy", "none").contains(v)) {
                return new Outcome(null, "invalid filter 'health=" + v + "': invalid value for health (" + v
                        + "): must be one of starting, healthy, unhealthy, none");
            }
        }
        if (filters.contains("is-task")) {
            Set<String> v = filters.get("is-task");
            boolean no = v.contains("0") || v.contains("false");
            boolean yes = v.contains("1") || v.contains("true");
            if (no == yes) {
                return new Outcome(null, filters.invalidValue("is-task"));
            }
        }
        List<Container> listed = engine.containers();
        if (filters.isEmpty() && all && limit <= 0) {
            return new Outcome(listed, null); // ps -a: every container, newest first
        }
        String before = null;
        String since = null;
        for (String v : filters.get("before")) {
            Optional<Container> c = idOrName(listed, v);
            if (c.isEmpty()) {
                return new Outcome(null, "No such container: " + v);
            }
            before = c.get().id();
        }
        for (String v : filters.get("since")) {
            Optional<Container> c = idOrName(listed, v);
            if (c.isEmpty()) {
                return new Outcome(null, "No such container: " + v);
            }
            since = c.get().id();
        }
        for (String key : List.of("publish", "expose")) {
            for (String v : filters.get(key)) {
                if (v.contains(":")) {
                    return new Outcome(null, "filter for '" + key + "' should not contain ':': " + v);
                }
            }
        }
        Set<String> ancestors = null;
        if (filters.contains("ancestor")) {
            ancestors = new HashSet<>();
            for (String v : filters.get("ancestor")) {
                Optional<Image> image = imageFor(engine, v);
                if (image.isPresent()) {
                    ancestors.add(image.get().id());
                }
            }
        }
        // each filter is looked up once, its patterns compiled once, before the containers are walked
        Predicate<String> names = filters.matcher("name");
        Predicate<String> ids = filters.matcher("id");
        boolean tasksOnly = filters.contains("is-task") && !filters.get("is-task").contains("0")
                && !filters.get("is-task").contains("false");
        boolean byLabel = filters.contains("label");
        Predicate<String> statuses = filters.matcher("status");
        boolean byHealth = !filters.exactMatch("health", "");
        Set<String> volumes = filters.contains("volume") ? filters.get("volume") : null;
        Set<String> networks = filters.contains("network") ? filters.get("network") : null;
        boolean byPort = filters.contains("publish") || filters.contains("expose");
        List<Container> shown = new ArrayList<>();
        for (Container c : listed) {
            if (before != null) {
                if (c.id().equals(before)) {
                    before = null;
                }
                continue;
            }
            if (since != null && c.id().equals(since)) {
                break;
            }
            boolean running = c.state().status() == ContainerState.Status.RUNNING
                    || c.state().status() == ContainerState.Status.PAUSED
                    || c.state().status() == ContainerState.Status.RESTARTING;
            if (!running && !all && limit <= 0) {
                continue;
            }
            if (names != null && !names.test(c.name()) && !names.test("/" + c.name())) {
                continue;
            }
            if (ids != null && !ids.test(c.id())) {
                continue;
            }
            if (tasksOnly) {
                continue;
            }
            if (byLabel && !filters.matchKVList("label", ContainerFacts.labels(c))) {
                continue;
            }
            if (limit > 0 && shown.size() == limit) {
                break;
            }
            if (!exited.isEmpty() && (running || c.state().startedAt() == null
                    || !exited.contains(c.state().exitCode()))) {
                continue;
            }
            if (statuses != null && !statuses.test(c.state().status().word())) {
                continue;
            }
            if (byHealth) {
                continue;
            }
            if (volumes != null && ContainerFacts.mounts(engine, c).stream().noneMatch(m ->
                    volumes.contains(m.name()) || volumes.contains(m.destination()))) {
                continue;
            }
            if (ancestors != null && !ancestors.contains(c.imageId())) {
                continue;
            }
            if (networks != null && ContainerFacts.networks(engine, c).stream().noneMatch(networks::contains)) {
                continue;
            }
            if (byPort && !ContainerFacts.portMatch(c, filters.get("publish"), filters.get("expose"))) {
                continue;
            }
            shown.add(c);
        }
        return new Outcome(shown, null);
    }

    /** daemon/list.go idOrNameFilter: a full id, else a name. */
    private static Optional<Container> idOrName(List<Container> containers, String value) {
        String name = value.startsWith("/") ? value.substring(1) : value;
        for (Container c : containers) {
            if (c.id().equals(value)) {
                return Optional.of(c);
            }
        }
        return containers.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The image an ancestor filter names: a reference, a full or short id. */
    static Optional<Image> imageFor(Engine engine, String value) {
        String hex = value.startsWith("sha256:") ? value.substring(7) : value;
        if (hex.matches("[0-9a-f]{1,64}")) {
            for (Image i : engine.images()) {
                if (i.id().substring(7).startsWith(hex) && (hex.length() >= 12 || hex.length() == 64
                        || value.startsWith("sha256:"))) {
                    return Optional.of(i);
                }
            }
        }
        return engine.image(ImageRef.parse(value));
    }
}
