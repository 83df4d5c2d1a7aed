package io.github.berth.shell;

/** The string operations of parameter expansion: trimming a pattern, replacing it, taking a substring. */
final class ParamOps {
    private ParamOps() {}

    /** {@code ${x#p}}, {@code ${x##p}}, {@code ${x%p}}, {@code ${x%%p}}. */
    static String trim(String value, String pattern, String op) {
        boolean prefix = op.startsWith("#");
        boolean longest = op.length() == 2;
        java.util.regex.Pattern re = Glob.regex(pattern, false);
        int n = value.length();
        if (prefix) {
            for (int k = longest ? n : 0; longest ? k >= 0 : k <= n; k += longest ? -1 : 1) {
                if (re.matcher(value.substring(0, k)).matches()) {
                    return value.substring(k);
                }
            }
        } else {
            for (int k = longest ? 0 : n; longest ? k <= n : k >= 0; k += longest ? 1 : -1) {
                if (re.matcher(value.substring(k)).matches()) {
                    return value.substring(0, k);
                }
            }
        }
        return value;
    }

    /**
     * {@code ${x^}}, {@code ${x^^}}, {@code ${x,}}, {@code ${x,,}}: upper- or lower-cases the first
     * character or all of them, those that match {@code pattern} (a one-character glob; empty: any).
     */
    static String changeCase(String value, String pattern, String op) {
        java.util.regex.Pattern re = pattern.isEmpty() ? null : Glob.regex(pattern, false);
        StringBuilder sb = new StringBuilder(value);
        int end = op.length() == 2 ? value.length() : Math.min(1, value.length());
        for (int i = 0; i < end; i++) {
            String c = value.substring(i, i + 1);
            if (re == null || re.matcher(c).matches()) {
                sb.setCharAt(i, (op.startsWith("^") ? c.toUpperCase(java.util.Locale.ROOT)
                        : c.toLowerCase(java.util.Locale.ROOT)).charAt(0));
            }
        }
        return sb.toString();
    }

    /** {@code ${x/pattern/with}} ({@code op} "/"), {@code ${x//pattern/with}} ("//"). */
    static String replace(String value, String pattern, String with, String op) {
        boolean all = op.equals("//");
        boolean anchorStart = pattern.startsWith("#");
        boolean anchorEnd = pattern.startsWith("%");
        if (anchorStart || anchorEnd) {
            pattern = pattern.substring(1);
        }
        if (pattern.isEmpty()) {
            return value;
        }
        java.util.regex.Pattern re = Glob.regex(pattern, false);
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i <= value.length()) {
            int match = -1;
            if (!anchorEnd || true) {
                for (int k = value.length(); k > i; k--) {
                    if ((!anchorEnd || k == value.length()) && re.matcher(value.substring(i, k)).matches()) {
                        match = k;
                        break;
                    }
                }
            }
            if (match > 0) {
                sb.append(with);
                i = match;
                if (!all || anchorStart || anchorEnd) {
                    sb.append(value.substring(i));
                    return sb.toString();
                }
            } else {
                if (anchorStart || i == value.length()) {
                    sb.append(value.substring(i));
                    return sb.toString();
                }
                sb.append(value.charAt(i));
                i++;
            }
        }
        return sb.toString();
    }

    /** {@code ${x:offset:length}}; {@code length} null without one, {@code lengthText} for the message. */
    static String substring(String value, long offset, Long length, String lengthText) {
        int n = value.length();
        if (offset < 0) {
            offset = n + offset;
            if (offset < 0) {
                return "";
            }
        }
        if (offset > n) {
            return "";
        }
        long end = n;
        if (length != null) {
            if (length < 0) {
                end = n + length;
                if (end < offset) {
                    throw new Expander.Failure(lengthText.strip() + ": substring expression < 0", 1);
                }
            } else {
                end = Math.min(n, offset + length);
            }
        }
        return value.substring((int) offset, (int) end);
    }

    /** {@code ~}, {@code ~+}, {@code ~-}, {@code ~root}; another user's stays as typed. */
    static String tilde(String user, ShellState state) {
        if (user.isEmpty()) {
            String home = state.var("HOME");
            return home == null ? "~" : home;
        }
        if (user.equals("+")) {
            return state.cwd();
        }
        if (user.equals("-")) {
            String old = state.var("OLDPWD");
            return old == null ? "~-" : old;
        }
        if (user.equals("root")) {
            return "/root";
        }
        return "~" + user;
    }
}
