package io.github.berth.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A Go value with methods, as docker/cli's formatter contexts are ({@code *formatter.ContainerContext}):
 * a template reaches {@code .ID} by calling the method; {@code methods} are those taking one string
 * ({@code .Label "k"}). {@code {{json .}}} marshals the methods without arguments, keys sorted
 * (cli/command/formatter/reflect.go MarshalJSON).
 */
record GoStruct(String typeName, Map<String, Supplier<Object>> fields, Map<String, Function<String, Object>> methods) {
    GoStruct {
        fields = fields instanceof Bound<?, ?> ? fields : new LinkedHashMap<>(fields);
        methods = methods instanceof Bound<?, ?> ? methods : Map.copyOf(methods);
    }

    /**
     * A value whose fields and methods are shared tables of functions applied to {@code target}:
     * a listing of 10,000 containers makes a few small objects per row instead of maps of
     * suppliers, and a field is worked out only when the template asks for it.
     */
    static <T> GoStruct bound(String typeName, Map<String, Function<T, Object>> fields, T target,
                              Map<String, java.util.function.BiFunction<T, String, Object>> methods) {
        return new GoStruct(typeName, new Bound<>(fields, f -> () -> f.apply(target)),
                new Bound<>(methods, m -> arg -> m.apply(target, arg)));
    }

    /** A read-only view of a shared table, each function bound to one value as it is looked up. */
    private static final class Bound<F, V> extends java.util.AbstractMap<String, V> {
        private final Map<String, F> table;
        private final Function<F, V> bind;

        Bound(Map<String, F> table, Function<F, V> bind) {
            this.table = table;
            this.bind = bind;
        }

        @Override
        public boolean containsKey(Object key) {
            return table.containsKey(key);
        }

        @Override
        public V get(Object key) {
            F f = table.get(key);
            return f == null ? null : bind.apply(f);
        }

        @Override
        public java.util.Set<Entry<String, V>> entrySet() {
            java.util.Set<Entry<String, V>> entries = new java.util.LinkedHashSet<>();
            table.forEach((k, f) -> entries.add(Map.entry(k, bind.apply(f))));
            return java.util.Collections.unmodifiableSet(entries);
        }
    }

    /** The JSON object {@code {{json .}}} writes. */
    Map<String, Object> marshal() {
        Map<String, Object> m = new TreeMap<>();
        fields.forEach((k, v) -> m.put(k, v.get()));
        return m;
    }

    @Override
    public String toString() {
        return "&{" + typeName + "}";
    }
}
