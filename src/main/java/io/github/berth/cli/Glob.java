package io.github.berth.cli;

/** Go's path.Match: {@code *} and {@code ?} within one path element, {@code [a-z]} classes, {@code \} escapes. */
final class Glob {
    private Glob() {}

    static boolean matches(String pattern, String name) {
        return match(pattern, 0, name, 0);
    }

    /** Whether path.Match would return ErrBadPattern (an unclosed class or a trailing backslash). */
    static boolean syntaxError(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                if (++i >= pattern.length()) {
                    return true;
                }
            } else if (c == '[') {
                int end = classEnd(pattern, i);
                if (end < 0) {
                    return true;
                }
                i = end;
            }
        }
        return false;
    }

    private static int classEnd(String p, int open) {
        int i = open + 1;
        if (i < p.length() && p.charAt(i) == '^') {
            i++;
        }
        boolean first = true;
        for (; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == ']' && !first) {
                return i;
            }
            if (c == '\\') {
                i++;
            }
            first = false;
        }
        return -1;
    }

    private static boolean match(String p, int pi, String s, int si) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                for (int k = si; k <= s.length(); k++) {
                    if (match(p, pi + 1, s, k)) {
                        return true;
                    }
                    if (k < s.length() && s.charAt(k) == '/') {
                        return false;
                    }
                }
                return false;
            }
            if (si >= s.length()) {
                return false;
            }
            char ch = s.charAt(si);
            if (c == '?') {
                if (ch == '/') {
                    return false;
                }
            } else if (c == '[') {
                int end = classEnd(p, pi);
                if (end < 0 || ch == '/') {
                    return false;
                }
                String body = p.substring(pi + 1, end);
                boolean negate = body.startsWith("^");
                if (negate) {
                    body = body.substring(1);
                }
                boolean in = false;
                for (int k = 0; k < body.length(); k++) {
                    char lo = body.charAt(k);
                    if (lo == '\\' && k + 1 < body.length()) {
                        lo = body.charAt(++k);
                    }
                    char hi = lo;
                    if (k + 2 < body.length() && body.charAt(k + 1) == '-') {
                        hi = body.charAt(k + 2);
                        k += 2;
                    }
                    if (ch >= lo && ch <= hi) {
                        in = true;
                    }
                }
                if (in == negate) {
                    return false;
                }
                pi = end;
            } else {
                if (c == '\\' && pi + 1 < p.length()) {
                    c = p.charAt(++pi);
                }
                if (c != ch) {
                    return false;
                }
            }
            pi++;
            si++;
        }
        return si == s.length();
    }
}
