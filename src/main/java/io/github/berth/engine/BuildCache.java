package io.github.berth.engine;

import io.github.berth.fs.Layer;
import io.github.berth.fs.Node;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The builder's cache: the result of each filesystem step by its cache key (the parent's key,
 * the instruction and, for COPY and ADD, the checksum of what was copied), so a step whose key
 * was seen before is not run again.
 */
public final class BuildCache {
    /** A step's result: the root filesystem after it, its layer (null when it changed nothing), and when it ran. */
    public record Entry(Node.Dir tree, Layer layer, Instant created) {}

    private final Map<String, Entry> entries = new HashMap<>();

    public Optional<Entry> find(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    public void put(String key, Entry entry) {
        entries.put(key, entry);
    }

    public int size() {
        return entries.size();
    }
}
