package io.github.berth.shell;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The elements of an array variable: an indexed array (sparse, by index) or an associative one.
 * An associative array lists its keys in bash's order: by bucket of bash's 1024-bucket hash table
 * (hash_string in bash's hashlib.c, an FNV-1 variant), the key added last first within a bucket.
 */
final class ShellArray {
    private static final int BUCKETS = 1024;

    final boolean assoc;
    private final TreeMap<Long, String> indexed = new TreeMap<>();
    private final Map<String, String> byKey = new HashMap<>();
    private final Map<String, Long> added = new HashMap<>();
    private long sequence;

    ShellArray(boolean assoc) {
        this.assoc = assoc;
    }

    ShellArray copy() {
        ShellArray c = new ShellArray(assoc);
        c.indexed.putAll(indexed);
        c.byKey.putAll(byKey);
        c.added.putAll(added);
        c.sequence = sequence;
        return c;
    }

    int size() {
        return assoc ? byKey.size() : indexed.size();
    }

    /** The element at an indexed array's index, or null. */
    String get(long index) {
        return indexed.get(index);
    }

    String get(String key) {
        return byKey.get(key);
    }

    void put(long index, String value) {
        indexed.put(index, value);
    }

    void put(String key, String value) {
        if (byKey.put(key, value) == null) {
            added.put(key, sequence++);
        }
    }

    void remove(long index) {
        indexed.remove(index);
    }

    void remove(String key) {
        byKey.remove(key);
        added.remove(key);
    }

    /** One more than the highest index, the index {@code a+=(v)} appends at. */
    long nextIndex() {
        return indexed.isEmpty() ? 0 : indexed.lastKey() + 1;
    }

    /** The keys in bash's order: the indices as numbers for an indexed array. */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        if (!assoc) {
            indexed.keySet().forEach(k -> keys.add(Long.toString(k)));
            return keys;
        }
        keys.addAll(byKey.keySet());
        keys.sort((a, b) -> {
            int ba = bucket(a);
            int bb = bucket(b);
            return ba != bb ? Integer.compare(ba, bb) : Long.compare(added.get(b), added.get(a));
        });
        return keys;
    }

    /** The values in the order of {@link #keys()}. */
    List<String> values() {
        if (!assoc) {
            return new ArrayList<>(indexed.values());
        }
        List<String> values = new ArrayList<>();
        for (String k : keys()) {
            values.add(byKey.get(k));
        }
        return values;
    }

    String value(String key) {
        return assoc ? byKey.get(key) : indexed.get(Long.parseLong(key));
    }

    private static int bucket(String key) {
        int h = (int) 2166136261L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h += (h << 1) + (h << 4) + (h << 7) + (h << 8) + (h << 24);
            h ^= b;
        }
        return h & (BUCKETS - 1);
    }
}
