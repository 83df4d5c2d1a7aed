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

    /**
     * One line, as docker/cli's template function {@code json} prints a value (json.Encoder with
     * HTML escaping off).
     */
    static String compact(Object value) {
        StringBuilder sb = new StringBuilder();
        writeCompact(sb, value, false);
        return sb.toString();
    }

    /** One line, as json.Compact leaves the daemon's (HTML-escaped) JSON: {@code inspect -f json}. */
    static String compactEscaped(Object value) {
        StringBuilder sb = new StringBuilder();
        writeCompact(sb, value, true);
        return sb.toString();
    }

    private static void writeCompact(StringBuilder sb, Object value, boolean escapeHtml) {
        if (value instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                writeCompact(sb, list.get(i), escapeHtml);
            }
            sb.append(']');
        } else if (value instanceof Map<?, ?> map) {
            sb.append('{');
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (i++ > 0) {
                    sb.append(',');
                }
                quote(sb, (String) e.getKey(), escapeHtml);
                sb.append(':');
                writeCompact(sb, e.getValue(), escapeHtml);
            }
            sb.append('}');
        } else if (value instanceof String s) {
            quote(sb, s, escapeHtml);
        } else {
            sb.append(value == null ? "null" : value.toString());
        }
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
        quote(sb, s, true);
    }

    private static void quote(StringBuilder sb, String s, boolean escapeHtml) {
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
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || escapeHtml && (c == '<' || c == '>' || c == '&')) {
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
