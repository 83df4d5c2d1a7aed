package io.github.berth.cli;

import io.github.berth.cli.GoTemplate.ExecError;
import io.github.berth.cli.TemplateNodes.Arg;
import io.github.berth.cli.TemplateNodes.Command;
import io.github.berth.cli.TemplateNodes.Identifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The functions a docker template can call: Go's text/template builtins (funcs.go) and docker/cli
 * templates.go's basicFunctions, or its HeaderFunctions when a table's header is written (they
 * return their first argument as it is). Errors are text/template's: "wrong number of args for
 * F: want N got M" at the function's name, "error calling F: …" at the command.
 */
final class TemplateFuncs {
    private TemplateFuncs() {}

    private static final Map<String, Integer> ARITY = Map.ofEntries(Map.entry("json", 1), Map.entry("split", 2),
            Map.entry("join", 2), Map.entry("title", 1), Map.entry("lower", 1), Map.entry("upper", 1),
            Map.entry("pad", 3), Map.entry("truncate", 2), Map.entry("not", 1), Map.entry("len", 1),
            Map.entry("html", -1), Map.entry("js", -1), Map.entry("urlquery", -1), Map.entry("print", -1),
            Map.entry("println", -1), Map.entry("printf", -2), Map.entry("index", -2), Map.entry("slice", -2),
            Map.entry("and", -2), Map.entry("or", -2), Map.entry("call", -2), Map.entry("eq", -2),
            Map.entry("ne", 2), Map.entry("lt", 2), Map.entry("le", 2), Map.entry("gt", 2), Map.entry("ge", 2));

    private static final java.util.Set<String> HEADER_FUNCTIONS = java.util.Set.of("json", "split", "join", "title",
            "lower", "upper", "truncate");

    static Object call(BiFunction<Object, Arg, Object> eval, Object dot, Identifier id, Command cmd, List<Arg> argNodes,
                       Object fin, boolean hasFinal, boolean header) {
        String name = id.name();
        int given = argNodes.size() + (hasFinal ? 1 : 0);
        int arity = ARITY.get(name);
        if (arity >= 0 && given != arity) {
            throw new ExecError(id.pos(), name, "wrong number of args for " + name + ": want " + arity + " got " + given);
        }
        if (arity < -1 && given < -arity - 1) {
            throw new ExecError(id.pos(), name, "wrong number of args for " + name + ": want at least " + (-arity - 1)
                    + " got " + given);
        }
        if (name.equals("and") || name.equals("or")) {
            // Go 1.18+: and/or stop at the first argument that decides
            Object v = null;
            for (int i = 0; i < given; i++) {
                v = i < argNodes.size() ? eval.apply(dot, argNodes.get(i)) : fin;
                if (GoTemplate.truth(v) != name.equals("and")) {
                    return v;
                }
            }
            return v;
        }
        List<Object> args = new ArrayList<>();
        for (Arg a : argNodes) {
            args.add(eval.apply(dot, a));
        }
        if (hasFinal) {
            args.add(fin);
        }
        if (header && HEADER_FUNCTIONS.contains(name)) {
            return args.get(0);
        }
        try {
            return apply(name, args);
        } catch (WrongType e) {
            throw new ExecError(cmd.pos(), cmd.toString(), "wrong type for value; expected " + e.expected + "; got "
                    + GoFmt.typeName(e.value));
        } catch (CallError e) {
            throw new ExecError(cmd.pos(), cmd.toString(), "error calling " + name + ": " + e.getMessage());
        }
    }

    private static final class WrongType extends RuntimeException {
        final String expected;
        final Object value;

        WrongType(String expected, Object value) {
            super(null, null, false, false);
            this.expected = expected;
            this.value = value;
        }
    }

    private static final class CallError extends RuntimeException {
        CallError(String message) {
            super(message, null, false, false);
        }
    }

    private static String str(Object v) {
        if (v instanceof String s) {
            return s;
        }
        throw new WrongType("string", v);
    }

    private static long integer(Object v) {
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Integer i) {
            return i;
        }
        throw new WrongType("int", v);
    }

    private static Object apply(String name, List<Object> args) {
        switch (name) {
            case "json":
                Object v = args.get(0);
                return GoJson.compact(v instanceof GoStruct s ? s.marshal() : v == GoFmt.NO_VALUE ? null : v);
            case "split": {
                String s = str(args.get(0));
                String sep = str(args.get(1));
                if (sep.isEmpty()) {
                    List<Object> chars = new ArrayList<>();
                    s.codePoints().forEach(cp -> chars.add(new String(Character.toChars(cp))));
                    return chars;
                }
                return new ArrayList<Object>(Arrays.asList(s.split(java.util.regex.Pattern.quote(sep), -1)));
            }
            case "join": {
                if (!(args.get(0) instanceof List<?> list) || !list.stream().allMatch(o -> o instanceof String)) {
                    throw new WrongType("[]string", args.get(0));
                }
                List<String> parts = new ArrayList<>();
                list.forEach(o -> parts.add((String) o));
                return String.join(str(args.get(1)), parts);
            }
            case "title":
                return title(str(args.get(0)));
            case "lower":
                return str(args.get(0)).toLowerCase(Locale.ROOT);
            case "upper":
                return str(args.get(0)).toUpperCase(Locale.ROOT);
            case "pad": {
                String s = str(args.get(0));
                long before = integer(args.get(1));
                long after = integer(args.get(2));
                if (before < 0 || after < 0) {
                    throw new CallError("strings: negative Repeat count");
                }
                return s.isEmpty() ? s : " ".repeat((int) Math.min(before, 10_000)) + s
                        + " ".repeat((int) Math.min(after, 10_000));
            }
            case "truncate": {
                String s = str(args.get(0));
                long n = integer(args.get(1));
                if (s.length() < n) {
                    return s;
                }
                if (n < 0) {
                    throw new CallError("runtime error: slice bounds out of range [:" + n + "]");
                }
                return s.substring(0, (int) n);
            }
            case "not":
                return !GoTemplate.truth(args.get(0));
            case "len":
                return len(args.get(0));
            case "index":
                return index(args);
            case "slice":
                return slice(args);
            case "print":
                return GoFmt.sprint(args);
            case "println":
                return GoFmt.sprintln(args);
            case "printf":
                return GoFmt.sprintf(str(args.get(0)), args.subList(1, args.size()));
            case "html":
                return GoFmt.sprint(args).replace("&", "&amp;").replace("'", "&#39;").replace("<", "&lt;")
                        .replace(">", "&gt;").replace("\"", "&#34;").replace("\0", "\uFFFD");
            case "js":
                return GoFmt.sprint(args).replace("\\", "\\\\").replace("'", "\\'").replace("\"", "\\\"")
                        .replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026").replace("=", "\\u003D");
            case "urlquery":
                return queryEscape(GoFmt.sprint(args));
            case "call":
                throw new CallError("non-function " + GoFmt.value(args.get(0)) + " of type " + GoFmt.typeName(args.get(0)));
            case "eq": {
                for (Object other : args.subList(1, args.size())) {
                    if (compare(args.get(0), other) == 0) {
                        return true;
                    }
                }
                return false;
            }
            case "ne":
                return compare(args.get(0), args.get(1)) != 0;
            case "lt":
                return ordered(args) < 0;
            case "le":
                return ordered(args) <= 0;
            case "gt":
                return ordered(args) > 0;
            default:
                return ordered(args) >= 0;
        }
    }

    /** url.QueryEscape: unreserved bytes kept, space as "+", the rest as %XX. */
    private static String queryEscape(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-_.~".indexOf(c) >= 0) {
                sb.append((char) c);
            } else if (c == ' ') {
                sb.append('+');
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }

    /** strings.Title: each letter after a non-letter is upper-cased. */
    private static String title(String s) {
        StringBuilder sb = new StringBuilder();
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(start ? Character.toTitleCase(c) : c);
            start = !(Character.isLetterOrDigit(c) || c == '_' || c == '\'');
        }
        return sb.toString();
    }

    private static Object len(Object v) {
        if (v instanceof String s) {
            return (long) s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        if (v instanceof List<?> l) {
            return (long) l.size();
        }
        if (v instanceof Map<?, ?> m) {
            return (long) m.size();
        }
        if (v == null || v == GoFmt.NO_VALUE) {
            throw new CallError("len of nil pointer");
        }
        throw new CallError("len of type " + GoFmt.typeName(v));
    }

    private static Object index(List<Object> args) {
        Object item = args.get(0);
        if (item == null || item == GoFmt.NO_VALUE) {
            throw new CallError("index of untyped nil");
        }
        for (Object key : args.subList(1, args.size())) {
            if (item instanceof List<?> list) {
                if (!(key instanceof Long || key instanceof Integer)) {
                    throw new CallError("cannot index slice/array with type " + GoFmt.typeName(key));
                }
                long i = ((Number) key).longValue();
                if (i < 0 || i >= list.size()) {
                    throw new CallError("index out of range: " + i);
                }
                item = list.get((int) i);
            } else if (item instanceof String s) {
                long i = integer(key);
                if (i < 0 || i >= s.length()) {
                    throw new CallError("index out of range: " + i);
                }
                item = (long) s.charAt((int) i);
            } else if (item instanceof Map<?, ?> map) {
                if (!(key instanceof String)) {
                    throw new CallError("value has type " + GoFmt.typeName(key) + "; should be string");
                }
                item = map.containsKey(key) ? map.get(key) : GoFmt.NO_VALUE;
            } else if (item == null || item == GoFmt.NO_VALUE) {
                throw new CallError("index of nil pointer");
            } else {
                throw new CallError("can't index item of type " + GoFmt.typeName(item));
            }
        }
        return item;
    }

    private static Object slice(List<Object> args) {
        Object item = args.get(0);
        int size;
        if (item instanceof String s) {
            size = s.length();
        } else if (item instanceof List<?> l) {
            size = l.size();
        } else {
            throw new CallError("can't slice item of type " + GoFmt.typeName(item));
        }
        long from = args.size() > 1 ? integer(args.get(1)) : 0;
        long to = args.size() > 2 ? integer(args.get(2)) : size;
        if (args.size() > 3) {
            throw new CallError("too many slice indexes: " + (args.size() - 1));
        }
        if (from < 0 || to > size || from > to) {
            throw new CallError("index out of range: " + (from < 0 || from > to ? from : to));
        }
        return item instanceof String s ? s.substring((int) from, (int) to)
                : new ArrayList<Object>(((List<?>) item).subList((int) from, (int) to));
    }

    private static int ordered(List<Object> args) {
        Object a = args.get(0);
        Object b = args.get(1);
        if (!(a instanceof String || a instanceof Number) || !(b instanceof String || b instanceof Number)) {
            throw new CallError("invalid type for comparison");
        }
        return compare(a, b);
    }

    private static int compare(Object a, Object b) {
        if (a == GoFmt.NO_VALUE) {
            a = null;
        }
        if (b == GoFmt.NO_VALUE) {
            b = null;
        }
        if ((a instanceof Long || a instanceof Integer) && (b instanceof Long || b instanceof Integer)) {
            return Long.compare(((Number) a).longValue(), ((Number) b).longValue());
        }
        if (a instanceof Double x && b instanceof Double y) {
            return Double.compare(x, y);
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x.equals(y) ? 0 : 1;
        }
        if (a == null && b == null) {
            return 0;
        }
        if (a == null || b == null || a.getClass() != b.getClass() && !(a instanceof List && b instanceof List)) {
            throw new CallError("incompatible types for comparison");
        }
        return a.equals(b) ? 0 : 1;
    }
}
