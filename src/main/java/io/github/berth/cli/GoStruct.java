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
        fields = new LinkedHashMap<>(fields);
        methods = Map.copyOf(methods);
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
