package io.github.berth.shell.programs;

import io.github.berth.shell.Output;
import io.github.berth.shell.ShellState;
import java.util.ArrayList;
import java.util.List;

/**
 * GNU {@code tr} on standard input: translates SET1 to SET2 (the last of SET2 repeated when it is
 * shorter), deletes ({@code -d}) or squeezes ({@code -s}); sets may hold ranges {@code a-z},
 * escapes {@code \n \t \\} and classes {@code [:upper:]} and the like.
 */
final class Tr extends Tool {
    private static final String TRY = "Try 'tr --help' for more information.\n";

    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        Options opts = Options.parse("tr", args, "ds", "");
        if (opts.error() != null) {
            out.stderr(opts.error());
            return 1;
        }
        List<String> ops = opts.operands();
        boolean delete = opts.has('d');
        boolean squeeze = opts.has('s');
        int wanted = delete && !squeeze || !delete && squeeze ? 1 : 2;
        int max = delete && !squeeze ? 1 : 2;
        if (ops.isEmpty()) {
            out.stderr("tr: missing operand\n" + TRY);
            return 1;
        }
        if (ops.size() < wanted) {
            out.stderr("tr: missing operand after " + Quote.always(ops.get(0)) + "\n"
                    + (delete ? "Two strings must be given when both deleting and squeezing repeats.\n"
                            : "Two strings must be given when translating.\n") + TRY);
            return 1;
        }
        if (ops.size() > max) {
            out.stderr("tr: extra operand " + Quote.always(ops.get(max)) + "\n"
                    + (delete && !squeeze ? "Only one string may be given when deleting without squeezing repeats.\n"
                            : "") + TRY);
            return 1;
        }
        List<Integer> set1 = expand(ops.get(0));
        List<Integer> set2 = ops.size() > 1 ? expand(ops.get(1)) : List.of();
        if (!delete && ops.size() > 1 && set2.isEmpty()) {
            out.stderr("tr: when not truncating set1, string2 must be non-empty\n");
            return 1;
        }
        List<Integer> squeezeSet = delete || ops.size() == 1 ? (delete ? set2 : set1) : set2;
        StringBuilder sb = new StringBuilder();
        int last = -1;
        for (int i = 0; i < stdin.length(); ) {
            int c = stdin.codePointAt(i);
            i += Character.charCount(c);
            if (delete && set1.contains(c)) {
                continue;
            }
            if (!delete && ops.size() > 1) {
                int at = set1.lastIndexOf(c);
                if (at >= 0) {
                    c = set2.get(Math.min(at, set2.size() - 1));
                }
            }
            if (squeeze && c == last && squeezeSet.contains(c)) {
                continue;
            }
            sb.appendCodePoint(c);
            last = c;
        }
        out.stdout(sb.toString());
        return 0;
    }

    static List<Integer> expand(String set) {
        List<Integer> chars = new ArrayList<>();
        for (int i = 0; i < set.length(); ) {
            if (set.startsWith("[:", i) && set.indexOf(":]", i + 2) > 0) {
                int end = set.indexOf(":]", i + 2);
                String cls = set.substring(i + 2, end);
                for (int c = 0; c < 128; c++) {
                    if (inClass(cls, c)) {
                        chars.add(c);
                    }
                }
                i = end + 2;
                continue;
            }
            int[] read = charAt(set, i);
            int c = read[0];
            i = read[1];
            if (i + 1 < set.length() && set.charAt(i) == '-') {
                int[] to = charAt(set, i + 1);
                if (to[0] >= c) {
                    for (int x = c; x <= to[0]; x++) {
                        chars.add(x);
                    }
                    i = to[1];
                    continue;
                }
            }
            chars.add(c);
        }
        return chars;
    }

    /** The character at {@code i} with its escape resolved, and the index after it. */
    private static int[] charAt(String set, int i) {
        int c = set.codePointAt(i);
        if (c == '\\' && i + 1 < set.length()) {
            char n = set.charAt(i + 1);
            int value = switch (n) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                case '\\' -> '\\';
                default -> n;
            };
            if (n >= '0' && n <= '7') { // up to three octal digits, as \0 for NUL
                int end = i + 1;
                int octal = 0;
                while (end < set.length() && end < i + 4 && set.charAt(end) >= '0' && set.charAt(end) <= '7') {
                    octal = octal * 8 + (set.charAt(end++) - '0');
                }
                return new int[] {octal, end};
            }
            return new int[] {value, i + 2};
        }
        return new int[] {c, i + Character.charCount(c)};
    }

    private static boolean inClass(String cls, int c) {
        switch (cls) {
            case "upper": return c >= 'A' && c <= 'Z';
            case "lower": return c >= 'a' && c <= 'z';
            case "digit": return c >= '0' && c <= '9';
            case "alpha": return Character.isLetter(c);
            case "alnum": return Character.isLetterOrDigit(c);
            case "space": return c == ' ' || c >= 9 && c <= 13;
            case "blank": return c == ' ' || c == '\t';
            case "punct": return c > 32 && c < 127 && !Character.isLetterOrDigit(c);
            default: return false;
        }
    }
}
