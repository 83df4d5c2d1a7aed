package io.github.berth.shell.programs;

/**
 * fnmatch(3) without flags, as {@code find -name} and {@code -path} use it: {@code *}, {@code ?},
 * bracket expressions with ranges and {@code !}/{@code ^}, backslash escapes; {@code *} also
 * matches {@code /}. Case folding for {@code -iname}.
 */
final class Glob {
    private Glob() {}

    static boolean matches(String pattern, String text, boolean foldCase) {
        if (foldCase) {
            return match(pattern.toLowerCase(), 0, text.toLowerCase(), 0);
        }
        return match(pattern, 0, text, 0);
    }

    private static boolean match(String p, int pi, String t, int ti) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                while (pi < p.length() && p.charAt(pi) == '*') {
                    pi++;
                }
                if (pi == p.length()) {
                    return true;
                }
                for (int k = ti; k <= t.length(); k++) {
                    if (match(p, pi, t, k)) {
                        return true;
                    }
                }
                return false;
            }
            if (ti >= t.length()) {
                return false;
            }
            if (c == '?') {
                pi++;
                ti++;
                continue;
            }
            if (c == '[') {
                int end = classEnd(p, pi);
                if (end > 0) {
                    if (!inClass(p.substring(pi + 1, end), t.charAt(ti))) {
                        return false;
                    }
                    pi = end + 1;
                    ti++;
                    continue;
                }
            }
            if (c == '\\' && pi + 1 < p.length()) {
                c = p.charAt(++pi);
            }
            if (c != t.charAt(ti)) {
                return false;
            }
            pi++;
            ti++;
        }
        return ti == t.length();
    }

    /** Where the bracket expression starting at {@code start} ends, or -1 when it does not. */
    private static int classEnd(String p, int start) {
        int i = start + 1;
        if (i < p.length() && (p.charAt(i) == '!' || p.charAt(i) == '^')) {
            i++;
        }
        if (i < p.length() && p.charAt(i) == ']') {
            i++;
        }
        while (i < p.length() && p.charAt(i) != ']') {
            i++;
        }
        return i < p.length() ? i : -1;
    }

    private static boolean inClass(String body, char c) {
        boolean negate = !body.isEmpty() && (body.charAt(0) == '!' || body.charAt(0) == '^');
        if (negate) {
            body = body.substring(1);
        }
        boolean found = false;
        for (int i = 0; i < body.length(); i++) {
            char lo = body.charAt(i);
            if (i + 2 < body.length() && body.charAt(i + 1) == '-') {
                char hi = body.charAt(i + 2);
                found |= c >= lo && c <= hi;
                i += 2;
            } else {
                found |= c == lo;
            }
        }
        return found != negate;
    }
}
