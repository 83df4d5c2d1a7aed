package io.github.berth.shell;

/** The backslash escapes of bash's {@code $'…'} quoting and of {@code echo -e} / {@code printf %b}. */
final class AnsiC {
    private AnsiC() {}

    /**
     * Decodes {@code $'…'} text starting at {@code from} (just after the opening quote) into
     * {@code out}; returns the index after the closing quote, or -1 when there is none.
     */
    static int decode(String src, int from, StringBuilder out) {
        int i = from;
        while (i < src.length()) {
            char c = src.charAt(i++);
            if (c == '\'') {
                return i;
            }
            if (c != '\\' || i >= src.length()) {
                out.append(c);
                continue;
            }
            i = escape(src, i, out, true);
        }
        return -1;
    }

    /**
     * One escape whose letter is at {@code i} (after the backslash); appends its character and
     * returns the index after it. {@code ansi} is $'…' (octal {@code \nnn}, {@code \'} and {@code \"});
     * otherwise echo's rules (octal {@code \0nnn}).
     */
    static int escape(String src, int i, StringBuilder out, boolean ansi) {
        char e = src.charAt(i++);
        switch (e) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'a' -> out.append('\u0007');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'v' -> out.append('\u000b');
            case 'e', 'E' -> out.append('\u001b');
            case '\\' -> out.append('\\');
            case '\'' -> out.append(ansi ? "'" : "\\'");
            case '"' -> out.append(ansi ? "\"" : "\\\"");
            case 'x' -> {
                int end = i;
                while (end < src.length() && end < i + 2 && Character.digit(src.charAt(end), 16) >= 0) {
                    end++;
                }
                if (end == i) {
                    out.append("\\x");
                } else {
                    out.append((char) Integer.parseInt(src.substring(i, end), 16));
                }
                i = end;
            }
            default -> {
                if (e >= '0' && e <= '7') {
                    int start = ansi || e != '0' ? i - 1 : i;
                    int end = start;
                    while (end < src.length() && end < start + 3 && src.charAt(end) >= '0' && src.charAt(end) <= '7') {
                        end++;
                    }
                    out.append((char) (end == start ? 0 : Integer.parseInt(src.substring(start, end), 8) & 0xff));
                    i = end;
                } else {
                    out.append('\\').append(e);
                }
            }
        }
        return i;
    }

    /** A string as bash's ansic_quote writes it: {@code $'…'} with C escapes, other control characters in octal. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("$'");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 7 -> sb.append("\\a");
                case '\b' -> sb.append("\\b");
                case 27 -> sb.append("\\E");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case 11 -> sb.append("\\v");
                case '\\' -> sb.append("\\\\");
                case '\'' -> sb.append("\\'");
                default -> {
                    if (c < ' ' || c == 127) {
                        sb.append(String.format("\\%03o", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('\'').toString();
    }
}
