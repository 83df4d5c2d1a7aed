package io.github.berth.cli;

/**
 * Go's strconv.ParseInt(s, 0, 64), which pflag's int flags use: an optional sign, then a base
 * prefix ({@code 0x}, {@code 0o}, {@code 0b}, or a leading {@code 0} for octal, so {@code 08} is
 * invalid) and underscores only between digits ({@code 1_000}, {@code 0x_1f}).
 */
final class GoStrconv {
    /** The value, or why it is not one: Go's "invalid syntax" or "value out of range". */
    record ParsedInt(long value, String error) {}

    static final String SYNTAX = "invalid syntax";
    static final String RANGE = "value out of range";

    private GoStrconv() {}

    static ParsedInt parseInt(String s0) {
        if (s0.isEmpty()) {
            return new ParsedInt(0, SYNTAX);
        }
        String s = s0;
        boolean neg = false;
        if (s.charAt(0) == '+') {
            s = s.substring(1);
        } else if (s.charAt(0) == '-') {
            neg = true;
            s = s.substring(1);
        }
        ParsedInt un = parseUint(s);
        if (un.error() != null && un.error().equals(SYNTAX)) {
            return un;
        }
        // ParseUint's range error leaves the largest uint64, which fails the signed check below too
        long u = un.value();
        long cutoff = Long.MIN_VALUE; // 1<<63 as an unsigned value
        if (!neg && Long.compareUnsigned(u, cutoff) >= 0) {
            return new ParsedInt(Long.MAX_VALUE, RANGE);
        }
        if (neg && Long.compareUnsigned(u, cutoff) > 0) {
            return new ParsedInt(Long.MIN_VALUE, RANGE);
        }
        return new ParsedInt(neg ? -u : u, null);
    }

    /** strconv.ParseUint(s, 0, bits) (pflag's uint16 and uint): the value as an unsigned long. */
    static ParsedInt parseUint(String s0, int bits) {
        ParsedInt n = parseUint(s0);
        if (n.error() == null && bits < 64 && Long.compareUnsigned(n.value(), (1L << bits) - 1) > 0) {
            return new ParsedInt((1L << bits) - 1, RANGE);
        }
        return n;
    }

    /** strconv.ParseUint(s, 0, 64): the value as an unsigned long. */
    private static ParsedInt parseUint(String s0) {
        if (s0.isEmpty()) {
            return new ParsedInt(0, SYNTAX);
        }
        String s = s0;
        int base = 10;
        if (s.charAt(0) == '0') {
            char second = s.length() >= 3 ? Character.toLowerCase(s.charAt(1)) : 0;
            if (second == 'b') {
                base = 2;
                s = s.substring(2);
            } else if (second == 'o') {
                base = 8;
                s = s.substring(2);
            } else if (second == 'x') {
                base = 16;
                s = s.substring(2);
            } else {
                base = 8;
                s = s.substring(1);
            }
        }
        long cutoff = Long.divideUnsigned(-1L, base) + 1;
        boolean underscores = false;
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d;
            if (c == '_') {
                underscores = true;
                continue;
            } else if (c >= '0' && c <= '9') {
                d = c - '0';
            } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                d = Character.toLowerCase(c) - 'a' + 10;
            } else {
                return new ParsedInt(0, SYNTAX);
            }
            if (d >= base) {
                return new ParsedInt(0, SYNTAX);
            }
            if (Long.compareUnsigned(n, cutoff) >= 0) {
                return new ParsedInt(-1L, RANGE);
            }
            n *= base;
            long n1 = n + d;
            if (Long.compareUnsigned(n1, n) < 0) {
                return new ParsedInt(-1L, RANGE);
            }
            n = n1;
        }
        if (underscores && !underscoreOk(s0)) {
            return new ParsedInt(0, SYNTAX);
        }
        return new ParsedInt(n, null);
    }

    /** strconv's underscoreOK: underscores only between digits, or between a base prefix and a digit. */
    private static boolean underscoreOk(String s) {
        char saw = '^';
        int i = 0;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            s = s.substring(1);
        }
        boolean hex = false;
        if (s.length() >= 2 && s.charAt(0) == '0' && "box".indexOf(Character.toLowerCase(s.charAt(1))) >= 0) {
            i = 2;
            saw = '0';
            hex = Character.toLowerCase(s.charAt(1)) == 'x';
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            char lower = Character.toLowerCase(c);
            if (c >= '0' && c <= '9' || hex && lower >= 'a' && lower <= 'f') {
                saw = '0';
                continue;
            }
            if (c == '_') {
                if (saw != '0') {
                    return false;
                }
                saw = '_';
                continue;
            }
            if (saw == '_') {
                return false;
            }
            saw = '!';
        }
        return saw != '_';
    }
}
