package io.github.berth.fs;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A union view's directory listing: a sorted map that remembers whether an entry was put or
 * removed since the view was made, so a diff can skip the files of directories nobody wrote.
 * Views of the map (entrySet, keySet) are for reading; changing through them is not tracked.
 */
final class TrackedChildren extends TreeMap<String, Node> {
    private static final long serialVersionUID = 1L;
    private boolean changed;

    TrackedChildren(SortedMap<String, Node> from) {
        super(from);
    }

    boolean changed() {
        return changed;
    }

    @Override
    public Node put(String key, Node value) {
        changed = true;
        return super.put(key, value);
    }

    @Override
    public void putAll(Map<? extends String, ? extends Node> map) {
        changed = true;
        super.putAll(map);
    }

    @Override
    public Node remove(Object key) {
        changed = true;
        return super.remove(key);
    }

    @Override
    public void clear() {
        changed = true;
        super.clear();
    }

    @Override
    public Node computeIfAbsent(String key, Function<? super String, ? extends Node> f) {
        Node there = get(key);
        if (there != null) {
            return there;
        }
        Node made = f.apply(key);
        if (made != null) {
            put(key, made);
        }
        return made;
    }

    @Override
    public Node computeIfPresent(String key, BiFunction<? super String, ? super Node, ? extends Node> f) {
        changed = true;
        return super.computeIfPresent(key, f);
    }

    @Override
    public Node compute(String key, BiFunction<? super String, ? super Node, ? extends Node> f) {
        changed = true;
        return super.compute(key, f);
    }

    @Override
    public Node merge(String key, Node value, BiFunction<? super Node, ? super Node, ? extends Node> f) {
        changed = true;
        return super.merge(key, value, f);
    }

    @Override
    public Node replace(String key, Node value) {
        changed = true;
        return super.replace(key, value);
    }

    @Override
    public boolean replace(String key, Node oldValue, Node newValue) {
        changed = true;
        return super.replace(key, oldValue, newValue);
    }

    @Override
    public Map.Entry<String, Node> pollFirstEntry() {
        changed = true;
        return super.pollFirstEntry();
    }

    @Override
    public Map.Entry<String, Node> pollLastEntry() {
        changed = true;
        return super.pollLastEntry();
    }

    @Override
    public void replaceAll(BiFunction<? super String, ? super Node, ? extends Node> f) {
        changed = true;
        super.replaceAll(f);
    }
}
