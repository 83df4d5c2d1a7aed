package io.github.berth.cli;

import io.github.berth.engine.GoText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parts of Go's fmt and strconv that templates reach: %v of template values (strings,
 * numbers, booleans, slices as {@code [a b]}, maps as {@code map[k:v]} with sorted keys, nil as
 * {@code <nil>}), {@code Sprintf} with the common verbs and flags, {@code strconv.Quote} and
 * {@code Unquote}.
 */
final class GoFmt {
    /** A missing map entry: text/template prints it as {@code <no value>}. */
    static final Object NO_VALUE = new Object() {
        @Override
        public String toString() {
            return "<no value>";
        }
    };

    private GoFmt() {}

    /** fmt's %v. */
    static String value(Object v) {
        if (v == null) {
            return "<nil>";
        }
        if (v == NO_VALUE) {
            return "<no value>";
        }
        if (v instanceof Double d) {
            return formatFloat(d);
        }
        if (v instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object o : list) {
                items.add(value(o));
            }
            return "[" + String.join(" ", items) + "]";
        }
        if (v instanceof GoStruct s) {
            return s.toString();
        }
        if (v instanceof Map<?, ?> map) {
            Map<String, String> sorted = new TreeMap<>();
            map.forEach((k, val) -> sorted.put(String.valueOf(k), value(val)));
            List<String> items = new ArrayList<>();
            sorted.forEach((k, val) -> items.add(k + ":" + val));
            return "map[" + String.join(" ", items) + "]";
        }
        return String.valueOf(v);
    }

    /** strconv.FormatFloat(f, 'g', -1, 64), as %v prints a float64. */
    static String formatFloat(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e21) {
            String s = new java.math.BigDecimal(d).toPlainString();
            return Math.abs(d) >= 1e21 ? s : s;
        }
        String s = Double.toString(d);
        if (s.contains("E")) {
            int e = s.indexOf('E');
            String mant = s.substring(0, e);
            int exp = Integer.parseInt(s.substring(e + 1));
            if (mant.endsWith(".0")) {
                mant = mant.substring(0, mant.length() - 2);
            }
            return mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        return s;
    }

    /** strconv.Unquote of a "…" or '…' literal; null when it is not valid Go. */
    static String unquote(String s) {
        if (s.length() < 2) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (++i >= s.length() - 1) {
                return null;
            }
            char e = s.charAt(i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'a' -> sb.append((char) 7);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'v' -> sb.append((char) 11);
                case '\\', '"', '\'' -> sb.append(e);
                case 'x', 'u', 'U' -> {
                    int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    if (i + n >= s.length()) {
                        return null;
                    }
                    try {
                        sb.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 1 + n), 16));
                    } catch (IllegalArgumentException ex) {
                        return null;
                    }
                    i += n;
                }
                default -> {
                    return null;
                }
            }
        }
        return sb.toString();
    }

    /** fmt's %#U: {@code U+0023 '#'}. */
    static String unicode(int cp) {
        return String.format("U+%04X '%s'", cp, new String(Character.toChars(cp)));
    }

    /** fmt.Sprint: spaces between operands when neither side is a string. */
    static String sprint(List<Object> args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0 && !(args.get(i) instanceof String) && !(args.get(i - 1) instanceof String)) {
                sb.append(' ');
            }
            sb.append(value(args.get(i)));
        }
        return sb.toString();
    }

    static String sprintln(List<Object> args) {
        List<String> parts = new ArrayList<>();
        for (Object a : args) {
            parts.add(value(a));
        }
        return String.join(" ", parts) + "\n";
    }

    /** fmt.Sprintf with flags {@code -+ 0#}, width, precision and the verbs s v d q x X t f g c %. */
    static String sprintf(String format, List<Object> args) {
        StringBuilder out = new StringBuilder();
        int arg = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i + 1 >= format.length()) {
                out.append("%!(NOVERB)");
                break;
            }
            StringBuilder flags = new StringBuilder();
            i++;
            while (i < format.length() && "-+ 0#".indexOf(format.charAt(i)) >= 0) {
                flags.append(format.charAt(i++));
            }
            int width = -1;
            int start = i;
            while (i < format.length() && Character.isDigit(format.charAt(i))) {
                i++;
            }
            if (i > start) {
                width = Integer.parseInt(format.substring(start, i));
            }
            int precision = -1;
            if (i < format.length() && format.charAt(i) == '.') {
                i++;
                start = i;
                while (i < format.length() && Character.isDigit(format.charAt(i))) {
                    i++;
                }
                precision = i > start ? Integer.parseInt(format.substring(start, i)) : 0;
            }
            if (i >= format.length()) {
                out.append("%!(NOVERB)");
                break;
            }
            char verb = format.charAt(i);
            if (verb == '%') {
                out.append('%');
                continue;
            }
            if (arg >= args.size()) {
                out.append("%!").append(verb).append("(MISSING)");
                continue;
            }
            Object v = args.get(arg++);
            out.append(pad(verb(verb, v, precision, flags.toString()), width, flags.toString()));
        }
        if (arg < args.size()) {
            out.append("%!(EXTRA ");
            List<String> extra = new ArrayList<>();
            for (Object v : args.subList(arg, args.size())) {
                extra.add(typeName(v) + "=" + value(v));
            }
            out.append(String.join(", ", extra)).append(')');
        }
        return out.toString();
    }

    private static String verb(char verb, Object v, int precision, String flags) {
        switch (verb) {
            case 'v':
                return value(v);
            case 's':
                if (v instanceof String s) {
                    return precision >= 0 && precision < s.length() ? s.substring(0, precision) : s;
                }
                return v instanceof List || v instanceof Map ? value(v) : bad(verb, v);
            case 'q':
                return v instanceof String s ? GoText.quote(s) : bad(verb, v);
            case 'd':
                return v instanceof Long || v instanceof Integer ? String.valueOf(v) : bad(verb, v);
            case 'x':
            case 'X': {
                String hex;
                if (v instanceof Long || v instanceof Integer) {
                    hex = Long.toHexString(((Number) v).longValue());
                } else if (v instanceof String s) {
                    StringBuilder sb = new StringBuilder();
                    for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                        sb.append(String.format("%02x", b & 0xff));
                    }
                    hex = sb.toString();
                } else {
                    return bad(verb, v);
                }
                return verb == 'X' ? hex.toUpperCase(java.util.Locale.ROOT) : hex;
            }
            case 't':
                return v instanceof Boolean ? String.valueOf(v) : bad(verb, v);
            case 'f':
                if (v instanceof Double || v instanceof Long || v instanceof Integer) {
                    if (!(v instanceof Double)) {
                        return bad(verb, v);
                    }
                    return String.format(java.util.Locale.ROOT, "%." + (precision < 0 ? 6 : precision) + "f", v);
                }
                return bad(verb, v);
            case 'g':
                return v instanceof Double d ? formatFloat(d) : bad(verb, v);
            case 'c':
                return v instanceof Long l ? new String(Character.toChars(l.intValue())) : bad(verb, v);
            default:
                return bad(verb, v);
        }
    }

    private static String bad(char verb, Object v) {
        return "%!" + verb + "(" + typeName(v) + "=" + value(v) + ")";
    }

    private static String pad(String s, int width, String flags) {
        int len = s.codePointCount(0, s.length());
        if (width <= len) {
            return s;
        }
        if (flags.contains("-")) {
            return s + " ".repeat(width - len);
        }
        return (flags.contains("0") && !s.isEmpty() && (Character.isDigit(s.charAt(0)) || s.charAt(0) == '-')
                ? "0" : " ").repeat(width - len) + s;
    }

    /** The Go type name text/template's errors use for a value. */
    static String typeName(Object v) {
        if (v == null || v == NO_VALUE) {
            return "<nil>";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Long || v instanceof Integer) {
            return "int";
        }
        if (v instanceof Double) {
            return "float64";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof GoStruct s) {
            return s.typeName();
        }
        if (v instanceof List<?> list) {
            return !list.isEmpty() && list.stream().allMatch(o -> o instanceof String) ? "[]string" : "[]interface {}";
        }
        if (v instanceof Map) {
            return "map[string]interface {}";
        }
        return v.getClass().getSimpleName();
    }
}
