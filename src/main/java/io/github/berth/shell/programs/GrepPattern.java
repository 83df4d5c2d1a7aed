package io.github.berth.shell.programs;

/**
 * Translates a POSIX basic or extended regular expression, as GNU grep reads it, into a
 * {@link java.util.regex.Pattern}: bracket expressions with classes, BRE's backslashed operators,
 * and the characters Java treats specially but POSIX does not.
 */
final class GrepPattern {
    /** A pattern GNU grep rejects; the message is grep's. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    private GrepPattern() {}

    static String toJava(String posix, boolean extended) throws Invalid {
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        boolean atStart = true; // where '*' is literal and '^' is an anchor
        for (int i = 0; i < posix.length(); i++) {
            char c = posix.charAt(i);
            boolean start = atStart;
            atStart = false;
            if (c == '[') {
                i = bracket(posix, i, sb);
            } else if (c == '\\') {
                if (i + 1 >= posix.length()) {
                    throw new Invalid("Trailing backslash");
                }
                char n = posix.charAt(++i);
                if (!extended && "(){}|+?".indexOf(n) >= 0) {
                    sb.append(n);
                    if (n == '(') {
                        depth++;
                        atStart = true;
                    } else if (n == ')') {
                        if (--depth < 0) {
                            throw new Invalid("Unmatched ) or \\)");
                        }
                    } else if (n == '|') {
                        atStart = true;
                    }
                } else if (n == '<' || n == '>') {
                    sb.append("\\b");
                } else if (n == 'w' || n == 'W' || n == 's' || n == 'S' || n == 'b' || n == 'B') {
                    sb.append('\\').append(n);
                } else if (Character.isDigit(n)) {
                    sb.append('\\').append(n);
                } else {
                    sb.append(quote(n));
                }
            } else if (c == '.') {
                sb.append('.');
            } else if (c == '*') {
                sb.append(start ? "\\*" : "*");
            } else if (c == '^') {
                sb.append(start || extended ? "^" : "\\^");
                atStart = start;
            } else if (c == '$') {
                boolean end = i == posix.length() - 1 || extended
                        || posix.startsWith("\\)", i + 1) || posix.startsWith("\\|", i + 1);
                sb.append(end ? "$" : "\\$");
            } else if ("(){}|+?".indexOf(c) >= 0) {
                if (!extended) {
                    sb.append('\\').append(c);
                } else {
                    sb.append(c);
                    if (c == '(') {
                        depth++;
                        atStart = true;
                    } else if (c == ')' && --depth < 0) {
                        sb.setLength(sb.length() - 1);
                        sb.append("\\)"); // an unmatched ) is literal in GNU's ERE
                        depth = 0;
                    } else if (c == '|') {
                        atStart = true;
                    }
                }
            } else {
                sb.append(quote(c));
            }
        }
        if (depth > 0) {
            throw new Invalid("Unmatched ( or \\(");
        }
        return sb.toString();
    }

    /** A bracket expression from {@code open}; returns the index of its closing bracket. */
    private static int bracket(String posix, int open, StringBuilder sb) throws Invalid {
        if (open == posix.length() - 1) {
            throw new Invalid("Invalid regular expression"); // glibc's word for a lone final '['
        }
        StringBuilder cls = new StringBuilder("[");
        int i = open + 1;
        if (i < posix.length() && posix.charAt(i) == '^') {
            cls.append('^');
            i++;
        }
        boolean first = true;
        for (; i < posix.length(); i++) {
            char c = posix.charAt(i);
            if (c == ']' && !first) {
                sb.append(cls).append(']');
                return i;
            }
            first = false;
            if (c == '[' && i + 1 < posix.length() && posix.charAt(i + 1) == ':') {
                int end = posix.indexOf(":]", i + 2);
                if (end < 0) {
                    throw new Invalid("Unmatched [, [^, [:, [., or [=");
                }
                cls.append(javaClass(posix.substring(i + 2, end)));
                i = end + 1;
            } else if (c == '\\' || c == '[' || c == '&' || c == ']') {
                cls.append('\\').append(c);
            } else {
                cls.append(c);
            }
        }
        throw new Invalid("Unmatched [, [^, [:, [., or [=");
    }

    private static String javaClass(String name) throws Invalid {
        switch (name) {
            case "alpha": return "\\p{Alpha}";
            case "digit": return "\\p{Digit}";
            case "alnum": return "\\p{Alnum}";
            case "upper": return "\\p{Upper}";
            case "lower": return "\\p{Lower}";
            case "space": return "\\s\\x0B";
            case "blank": return " \\t";
            case "punct": return "\\p{Punct}";
            case "xdigit": return "\\p{XDigit}";
            default: throw new Invalid("Invalid character class name");
        }
    }

    private static String quote(char c) {
        return Character.isLetterOrDigit(c) || c == ' ' || c > 127 ? String.valueOf(c) : "\\" + c;
    }
}
