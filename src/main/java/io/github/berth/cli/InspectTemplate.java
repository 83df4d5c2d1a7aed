package io.github.berth.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The part of Go's text/template that {@code docker inspect --format} needs most: text, field
 * chains ({@code {{.State.Status}}}, {@code {{.}}}) and the functions {@code json}, {@code upper},
 * {@code lower} applied to one field chain, with {@code {{-}} / {@code -}}} trimming. Parse
 * errors are worded as text/template words them (docker/cli cli/command/inspect/inspector.go
 * prefixes "template parsing error: "). Values print as Go's fmt prints the typed API structs:
 * slices as {@code [a b]}, Go maps as {@code map[k:v]}, nil pointers as {@code <nil>}, structs as
 * {@code {v1 v2}}. Other actions (if, range, printf, index, …) are not supported yet.
 */
final class InspectTemplate {
    /** docker/cli templates.go basicFunctions and text/template's builtins: names that parse. */
    private static final Set<String> FUNCTIONS = Set.of("json", "split", "join", "title", "lower", "upper", "pad",
            "truncate", "and", "call", "html", "index", "slice", "js", "len", "not", "or", "print", "printf",
            "println", "urlquery", "eq", "ge", "gt", "le", "lt", "ne");
    private static final Set<String> SUPPORTED = Set.of("json", "upper", "lower");
    private static final Set<String> KEYWORDS = Set.of("if", "else", "end", "range", "with", "define", "template",
            "block", "break", "continue", "nil");
    /** Fields that are Go pointers (nil prints "<nil>") or Go maps (nil prints "map[]"); other nulls are slices. */
    private static final Set<String> POINTERS = Set.of("MemorySwappiness", "OomKillDisable", "PidsLimit", "Init",
            "IPAMConfig", "Health", "StopTimeout", "Healthcheck");
    private static final Set<String> MAPS = Set.of("Volumes", "DriverOpts", "Labels", "PortBindings", "Ports",
            "ExposedPorts", "Networks", "Data", "Config@LogConfig", "Sysctls", "Tmpfs", "StorageOpt", "Annotations");

    sealed interface Node {}

    record Text(String text) implements Node {}

    record Action(int offset, String function, List<String> fields, String source) implements Node {}

    /** A parsed template, or text/template's parse error. */
    sealed interface Parsed {}

    record Ok(List<Node> nodes) implements Parsed {}

    record Error(String message) implements Parsed {}

    private InspectTemplate() {}

    static Parsed parse(String template) {
        List<Node> nodes = new ArrayList<>();
        int at = 0;
        StringBuilder text = new StringBuilder();
        while (at < template.length()) {
            int open = template.indexOf("{{", at);
            if (open < 0) {
                text.append(template, at, template.length());
                break;
            }
            text.append(template, at, open);
            int close = template.indexOf("}}", open + 2);
            if (close < 0) {
                return new Error("template: :" + line(template, open) + ": unclosed action");
            }
            String inner = template.substring(open + 2, close);
            int start = open + 2;
            if (inner.startsWith("- ")) {
                trimRight(text);
                inner = inner.substring(2);
                start += 2;
            }
            boolean trimAfter = false;
            if (inner.endsWith(" -")) {
                inner = inner.substring(0, inner.length() - 2);
                trimAfter = true;
            }
            if (text.length() > 0) {
                nodes.add(new Text(text.toString()));
                text.setLength(0);
            }
            int lead = inner.length() - inner.stripLeading().length();
            Parsed action = action(inner.strip(), start + lead, template);
            if (action instanceof Error) {
                return action;
            }
            nodes.addAll(((Ok) action).nodes());
            at = close + 2;
            if (trimAfter) {
                while (at < template.length() && Character.isWhitespace(template.charAt(at))) {
                    at++;
                }
            }
        }
        if (text.length() > 0) {
            nodes.add(new Text(text.toString()));
        }
        return new Ok(nodes);
    }

    private static Parsed action(String words, int offset, String template) {
        if (words.isEmpty()) {
            return new Error("template: :" + line(template, offset) + ": missing value for command");
        }
        String[] parts = words.split("\\s+");
        String function = null;
        int fieldAt = offset;
        String chain = parts[0];
        if (!parts[0].startsWith(".")) {
            if (KEYWORDS.contains(parts[0]) || !parts[0].matches("[A-Za-z_][A-Za-z0-9_]*")) {
                return new Error("berth: this template form is not supported yet: {{" + words + "}}");
            }
            if (!FUNCTIONS.contains(parts[0])) {
                return new Error("template: :" + line(template, offset) + ": function \"" + parts[0] + "\" not defined");
            }
            if (!SUPPORTED.contains(parts[0]) || parts.length != 2 || !parts[1].startsWith(".")) {
                return new Error("berth: this template form is not supported yet: {{" + words + "}}");
            }
            function = parts[0];
            chain = parts[1];
            fieldAt = offset + words.indexOf(parts[1], parts[0].length());
        } else if (parts.length > 1) {
            return new Error("berth: this template form is not supported yet: {{" + words + "}}");
        }
        List<String> fields = new ArrayList<>();
        if (!chain.equals(".")) {
            for (String f : chain.substring(1).split("\\.", -1)) {
                if (!f.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    return new Error("berth: this template form is not supported yet: {{" + words + "}}");
                }
                fields.add(f);
            }
        }
        // text/template/parse: a chain of fields (.State.Status) is positioned at its second field
        int position = fields.size() >= 2 ? fieldAt + chain.indexOf('.', 1) : fieldAt;
        return new Ok(List.of(new Action(position, function, fields, chain)));
    }

    private static int line(String template, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < template.length(); i++) {
            if (template.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static void trimRight(StringBuilder sb) {
        int end = sb.length();
        while (end > 0 && Character.isWhitespace(sb.charAt(end - 1))) {
            end--;
        }
        sb.setLength(end);
    }

    /**
     * Runs the template on one inspected object (a map as {@link InspectJson} builds it); the
     * result, or text/template's execution error as the raw-map fallback reports a missing key.
     */
    static Execution execute(List<Node> nodes, Map<String, Object> object, String template) {
        StringBuilder out = new StringBuilder();
        for (Node node : nodes) {
            if (node instanceof Text t) {
                out.append(t.text());
                continue;
            }
            Action a = (Action) node;
            Object value = object;
            String name = "";
            String parent = "";
            for (String field : a.fields()) {
                if (!(value instanceof Map<?, ?> map) || !map.containsKey(field)) {
                    return new Execution(null, "template: :" + line(template, a.offset()) + ":" + column(template,
                            a.offset()) + ": executing \"\" at <" + a.source() + ">: map has no entry for key \""
                            + field + "\"");
                }
                parent = name;
                name = field;
                value = map.get(field);
            }
            String shown = a.function() == null ? format(value, name, parent, true)
                    : a.function().equals("json") ? GoJson.compact(value)
                    : a.function().equals("upper") ? format(value, name, parent, true).toUpperCase()
                    : format(value, name, parent, true).toLowerCase();
            out.append(shown);
        }
        return new Execution(out.toString(), null);
    }

    record Execution(String output, String error) {}

    private static int column(String template, int offset) {
        int nl = template.lastIndexOf('\n', offset - 1);
        return offset - nl - 1;
    }

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
