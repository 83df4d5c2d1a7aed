package io.github.berth.shell;

import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Shell patterns ({@code * ? […]}) for pathname expansion, {@code case} and the trimming
 * parameter forms. A pattern is a string in which a backslash quotes the next character (quoted
 * text of the word is escaped so), as in bash's internal form.
 */
final class Glob {
    private Glob() {}

    /** Whether the pattern has an unquoted {@code *}, {@code ?} or {@code [}. */
    static boolean hasMagic(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '*' || c == '?' || c == '[' && classEnd(pattern, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The pattern's text with the quoting backslashes removed. */
    static String unescape(String pattern) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                c = pattern.charAt(++i);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\*?[]".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    static boolean matches(String pattern, String text) {
        return regex(pattern, false).matcher(text).matches();
    }

    /** Where the bracket expression opening at {@code i} closes, or -1 when it does not. */
    private static int classEnd(String p, int i) {
        int j = i + 1;
        if (j < p.length() && (p.charAt(j) == '!' || p.charAt(j) == '^')) {
            j++;
        }
        if (j < p.length() && p.charAt(j) == ']') {
            j++;
        }
        while (j < p.length() && p.charAt(j) != ']') {
            if (p.charAt(j) == '[' && j + 1 < p.length() && p.charAt(j + 1) == ':') {
                int close = p.indexOf(":]", j + 2);
                if (close > 0) {
                    j = close + 2;
                    continue;
                }
            }
            if (p.charAt(j) == '\\') {
                j++;
            }
            j++;
        }
        return j < p.length() ? j : -1;
    }

    /** The pattern as a regular expression; {@code path}: wildcards do not match a slash. */
    static Pattern regex(String p, boolean path) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\') {
                if (i + 1 < p.length()) {
                    re.append(Pattern.quote(String.valueOf(p.charAt(++i))));
                } else {
                    re.append("\\\\");
                }
            } else if (c == '*') {
                re.append(path ? "[^/]*" : ".*");
            } else if (c == '?') {
                re.append(path ? "[^/]" : ".");
            } else if (c == '[' && classEnd(p, i) > 0) {
                int end = classEnd(p, i);
                re.append(bracket(p.substring(i + 1, end)));
                i = end;
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }

    private static String bracket(String body) {
        StringBuilder re = new StringBuilder("[");
        int i = 0;
        if (!body.isEmpty() && (body.charAt(0) == '!' || body.charAt(0) == '^')) {
            re.append('^');
            i++;
        }
        for (; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '[' && body.startsWith("[:", i)) {
                int close = body.indexOf(":]", i + 2);
                if (close > 0) {
                    String name = body.substring(i + 2, close);
                    re.append(switch (name) {
                        case "alpha" -> "a-zA-Z";
                        case "digit" -> "0-9";
                        case "alnum" -> "a-zA-Z0-9";
                        case "upper" -> "A-Z";
                        case "lower" -> "a-z";
                        case "space" -> " \\t\\n\\r\\f\\x0B";
                        case "blank" -> " \\t";
                        case "punct" -> "\\p{Punct}";
                        case "xdigit" -> "0-9a-fA-F";
                        default -> "";
                    });
                    i = close + 1;
                    continue;
                }
            }
            if (c == '\\' && i + 1 < body.length()) {
                c = body.charAt(++i);
            }
            if (c == '-' && re.length() > 1 && i + 1 < body.length()) {
                re.append('-');
            } else {
                re.append(Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c);
            }
        }
        return re.append(']').toString();
    }

    /**
     * The paths matching {@code pattern} in the filesystem, sorted, relative when it is; an empty
     * list when none match. Names starting with a dot match only a pattern starting with one.
     */
    static List<String> expand(ShellState state, String pattern) {
        boolean absolute = pattern.startsWith("/");
        List<String> parts = List.of(pattern.split("/+"));
        List<String> found = new ArrayList<>();
        found.add(absolute ? "/" : "");
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            List<String> next = new ArrayList<>();
            for (String prefix : found) {
                String dir = VPath.resolve(state.cwd(), prefix.isEmpty() ? "." : prefix);
                if (!hasMagic(part)) {
                    String name = unescape(part);
                    String path = join(prefix, name);
                    if (state.fs().lookup(VPath.resolve(state.cwd(), path)).isPresent()) {
                        next.add(path);
                    }
                    continue;
                }
                if (!(state.fs().lookup(dir).orElse(null) instanceof Node.Dir)) {
                    continue;
                }
                Pattern re = regex(part, true);
                boolean dots = part.startsWith(".") || part.startsWith("\\.");
                boolean dotglob = state.extras.shopts.get("dotglob"); // never . and .. (globskipdots)
                for (String name : state.fs().list(dir)) {
                    if ((dots || dotglob || !name.startsWith(".")) && re.matcher(name).matches()) {
                        next.add(join(prefix, name));
                    }
                }
            }
            found = next;
        }
        if (pattern.endsWith("/")) {
            List<String> dirs = new ArrayList<>();
            for (String f : found) {
                if (state.fs().isDirectory(VPath.resolve(state.cwd(), f))) {
                    dirs.add(f + "/");
                }
            }
            found = dirs;
        }
        found.sort(null);
        return found;
    }

    private static String join(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix.endsWith("/") ? prefix + name : prefix + "/" + name;
    }
}
