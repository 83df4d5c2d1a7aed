package io.github.berth.cli;

import java.util.List;
import java.util.Map;

/**
 * JSON written as Go's encoding/json marshals it and json.Indent(dst, src, "", "    ") lays it
 * out (docker/cli cli/command/inspect/inspector.go): four-space indent, {@code "key": value},
 * empty arrays and objects as {@code []} and {@code {}}, {@code <>&} escaped as {@code \u003c…}.
 * Values are null, Boolean, Number, String, List and Map (kept in their order).
 */
final class GoJson {
    private GoJson() {}

    static String indent(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, "");
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object value, String indent) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            quote(sb, s);
        } else if (value instanceof Boolean || value instanceof Number) {
            sb.append(value);
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                sb.append("[]");
                return;
            }
            String inner = indent + "    ";
            sb.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                sb.append(inner);
                write(sb, list.get(i), inner);
                sb.append(i < list.size() - 1 ? ",\n" : "\n");
            }
            sb.append(indent).append(']');
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                sb.append("{}");
                return;
            }
            String inner = indent + "    ";
            sb.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sb.append(inner);
                quote(sb, (String) e.getKey());
                sb.append(": ");
                write(sb, e.getValue(), inner);
                sb.append(++i < map.size() ? ",\n" : "\n");
            }
            sb.append(indent).append('}');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    /** Go's encodeState.string with HTML escaping on (the daemon's json.NewEncoder default). */
    static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
