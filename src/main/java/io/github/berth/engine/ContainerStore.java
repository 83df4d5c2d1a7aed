package io.github.berth.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The engine's containers by id, in creation order, with the indexes moby's container view keeps
 * (container/view.go at v28.2.2): names, and ids sorted for prefix lookups. Every change goes through
 * {@link #put} and {@link #remove}, which keep the indexes; with 10,000 containers a lookup, a name
 * check and a generated name cost the same as with ten (EngineBench).
 */
final class ContainerStore {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]+");

    private final Map<String, Container> byId = new LinkedHashMap<>();
    private final Map<String, Container> readOnly = Collections.unmodifiableMap(byId);
    /** Each name's holders, first created first (the engine only ever gives a name to one). */
    private final Map<String, List<String>> byName = new HashMap<>();
    private final TreeSet<String> ids = new TreeSet<>();
    /** The containers newest first, made again after a change (null until then). */
    private List<Container> newestFirst;

    /** The containers by id, in creation order, read-only (the other parts of the engine read them). */
    Map<String, Container> view() {
        return readOnly;
    }

    Container get(String id) {
        return byId.get(id);
    }

    boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** Adds a container, or replaces the one with its id (a new state, a new name). */
    void put(Container c) {
        Container old = byId.put(c.id(), c);
        newestFirst = null;
        if (old == null) {
            ids.add(c.id());
        } else if (old.name().equals(c.name())) {
            return;
        } else {
            unname(old);
        }
        byName.computeIfAbsent(c.name(), k -> new ArrayList<>(1)).add(c.id());
    }

    void remove(String id) {
        Container old = byId.remove(id);
        if (old != null) {
            newestFirst = null;
            ids.remove(id);
            unname(old);
        }
    }

    private void unname(Container c) {
        List<String> holders = byName.get(c.name());
        if (holders != null) {
            holders.remove(c.id());
            if (holders.isEmpty()) {
                byName.remove(c.name());
            }
        }
    }

    /** Containers newest first (the order {@code docker ps} lists them), read-only; the same list until a change. */
    List<Container> newestFirst() {
        if (newestFirst == null) {
            Container[] all = byId.values().toArray(new Container[0]);
            for (int i = 0, j = all.length - 1; i < j; i++, j--) {
                Container t = all[i];
                all[i] = all[j];
                all[j] = t;
            }
            newestFirst = Collections.unmodifiableList(java.util.Arrays.asList(all));
        }
        return newestFirst;
    }

    /** The container named {@code name} (without its leading "/"), if any. */
    Optional<Container> named(String name) {
        List<String> holders = byName.get(name);
        return holders == null ? Optional.empty() : Optional.of(byId.get(holders.get(0)));
    }

    /**
     * Finds a container as moby's daemon.GetContainer does (daemon/container.go, container/view.go
     * at v28.2.2): a full id, then an exact name (with or without its leading "/"), then a unique
     * id prefix.
     */
    Lookup find(String prefixOrName) {
        if (prefixOrName.isEmpty()) {
            return new Lookup.Missing("invalid name or ID supplied: \"\"");
        }
        Container byFullId = byId.get(prefixOrName);
        if (byFullId != null) {
            return new Lookup.Found(byFullId);
        }
        Optional<Container> byName = named(prefixOrName.startsWith("/") ? prefixOrName.substring(1) : prefixOrName);
        if (byName.isPresent()) {
            return new Lookup.Found(byName.get());
        }
        String first = ids.ceiling(prefixOrName);
        if (first == null || !first.startsWith(prefixOrName)) {
            return new Lookup.Missing("No such container: " + prefixOrName);
        }
        String second = ids.higher(first);
        if (second != null && second.startsWith(prefixOrName)) {
            return new Lookup.Missing("multiple IDs found with provided prefix: " + prefixOrName);
        }
        return new Lookup.Found(byId.get(first));
    }

    /**
     * Why a container cannot take {@code name} (moby daemon/names.go reserveName at v28.2.2: the
     * pattern, then a conflict with an existing container), or empty when it can. A leading "/"
     * is allowed.
     */
    Optional<String> nameError(String name) {
        String bare = name.startsWith("/") ? name.substring(1) : name;
        if (!NAME.matcher(bare).matches()) {
            return Optional.of("Invalid container name (" + name + "), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed");
        }
        return named(bare).map(c -> "Conflict. The container name \"/" + bare + "\" is already in use by container \""
                + c.id() + "\". You have to remove (or rename) that container to be able to reuse that name.");
    }

    /** Renames a container (moby daemon/rename.go at v28.2.2); the daemon's error text if it cannot. */
    Optional<String> rename(String oldName, String newName) {
        if (oldName.isEmpty() || newName.isEmpty()) {
            return Optional.of("Neither old nor new names may be empty");
        }
        Lookup lookup = find(oldName);
        if (lookup instanceof Lookup.Missing missing) {
            return Optional.of(missing.message());
        }
        Container c = ((Lookup.Found) lookup).container();
        String canonical = newName.startsWith("/") ? newName : "/" + newName;
        if (canonical.equals("/" + c.name())) {
            return Optional.of("Renaming a container with the same name as its current name");
        }
        Optional<String> invalid = nameError(canonical);
        if (invalid.isPresent()) {
            return Optional.of("Error when allocating new name: " + invalid.get());
        }
        put(c.renamed(canonical.substring(1)));
        return Optional.empty();
    }

    /** A generated name no container has (moby daemon/names.go generateAndReserveName). */
    String uniqueName(IdSource ids) {
        while (true) {
            String candidate = ids.containerName();
            if (!byName.containsKey(candidate)) {
                return candidate;
            }
        }
    }
}
