package io.github.berth.shell;

import java.util.List;

/** bash's {@code printf}: the format is reused until the arguments are used up; escapes, %b, %q-less. */
final class Printf {
    private Printf() {}

    static int run(String sh, List<String> argv, Output out, ShellState st) {
        List<String> args = argv.subList(1, argv.size());
        if (!args.isEmpty() && args.get(0).equals("--")) {
            args = args.subList(1, args.size());
        }
        if (args.isEmpty()) {
            out.errLine("printf: usage: printf [-v var] format [arguments]");
            return 2;
        }
        String format = args.get(0);
        List<String> operands = args.subList(1, args.size());
        StringBuilder sb = new StringBuilder();
        int[] status = {0};
        int used = 0;
        do {
            int before = used;
            Integer stop;
            try {
                stop = once(sh, format, operands, used, sb, out, status);
            } catch (java.util.IllegalFormatException | NumberFormatException e) {
                out.errLine(sh + ": printf: `" + format + "': invalid format");
                status[0] = 1;
                break;
            }
            if (stop == null) {
                break; // \c
            }
            used = stop;
            if (used == before) {
                break; // the format takes no arguments
            }
        } while (used < operands.size());
        out.stdout(sb.toString());
        return status[0];
    }

    /** One pass of the format from argument {@code next}; returns the next unused argument, or null after \c. */
    private static Integer once(String sh, String f, List<String> operands, int next, StringBuilder sb, Output out,
            int[] status) {
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '\\' && i + 1 < f.length()) {
                i = AnsiC.escape(f, i + 1, sb, true) - 1;
                continue;
            }
            if (c != '%' || i + 1 >= f.length()) {
                sb.append(c);
                continue;
            }
            if (f.charAt(i + 1) == '%') {
                sb.append('%');
                i++;
                continue;
            }
            int j = i + 1;
            StringBuilder spec = new StringBuilder("%");
            while (j < f.length() && "-+ #0".indexOf(f.charAt(j)) >= 0) {
                spec.append(f.charAt(j++));
            }
            String flagsOnly = spec.toString();
            while (j < f.length() && (Character.isDigit(f.charAt(j)) || f.charAt(j) == '*')) {
                if (f.charAt(j) == '*') {
                    spec.append(next < operands.size() ? number(sh, operands.get(next++), out, status) : 0);
                    j++;
                } else {
                    spec.append(f.charAt(j++));
                }
            }
            if (j < f.length() && f.charAt(j) == '.') {
                spec.append(f.charAt(j++));
                while (j < f.length() && (Character.isDigit(f.charAt(j)) || f.charAt(j) == '*')) {
                    if (f.charAt(j) == '*') {
                        spec.append(next < operands.size() ? number(sh, operands.get(next++), out, status) : 0);
                        j++;
                    } else {
                        spec.append(f.charAt(j++));
                    }
                }
            }
            while (j < f.length() && "hlLjzt".indexOf(f.charAt(j)) >= 0) {
                j++;
            }
            if (j >= f.length()) {
                out.errLine(sh + ": printf: `" + f.substring(i + 1) + "': missing format character");
                status[0] = 1;
                return operands.size();
            }
            char conv = f.charAt(j);
            String arg = next < operands.size() ? operands.get(next++) : null;
            String flags = spec.toString();
            switch (conv) {
                case 's' -> sb.append(String.format(textFlags(flags, flagsOnly) + "s", arg == null ? "" : arg));
                case 'b' -> {
                    StringBuilder b = new StringBuilder();
                    String text = arg == null ? "" : arg;
                    for (int k = 0; k < text.length(); k++) {
                        if (text.charAt(k) == '\\' && k + 1 < text.length()) {
                            if (text.charAt(k + 1) == 'c') {
                                sb.append(String.format(flags + "s", b));
                                return null;
                            }
                            k = AnsiC.escape(text, k + 1, b, false) - 1;
                        } else {
                            b.append(text.charAt(k));
                        }
                    }
                    sb.append(String.format(textFlags(flags, flagsOnly) + "s", b));
                }
                case 'q' -> sb.append(String.format(textFlags(flags, flagsOnly) + "s", shellQuoted(arg == null ? "" : arg)));
                case 'c' -> sb.append(String.format(textFlags(flags, flagsOnly) + "s",
                        arg == null || arg.isEmpty() ? "" : arg.substring(0, 1)));
                case 'd', 'i' -> sb.append(String.format(flags + "d", number(sh, arg, out, status)));
                case 'u' -> sb.append(Long.toUnsignedString(number(sh, arg, out, status)));
                case 'o', 'x', 'X' -> sb.append(String.format(flags + conv, number(sh, arg, out, status)));
                case 'f', 'F' -> sb.append(fixed(flags, decimal(sh, arg, out, status)));
                case 'e', 'E', 'g', 'G' -> sb.append(String.format(flags + conv, decimal(sh, arg, out, status)));
                default -> {
                    out.errLine(sh + ": printf: `" + conv + "': invalid format character");
                    status[0] = 1;
                    return null;
                }
            }
            i = j;
        }
        return next;
    }

    /**
     * {@code %q}: bash's sh_backslash_quote (lib/sh/shquote.c): a backslash before each character the
     * shell would read specially ({@code ~} and {@code #} only at the start), {@code ''} for the empty
     * string, and {@code $'…'} when there is a control character.
     */
    static String shellQuoted(String s) {
        if (s.isEmpty()) {
            return "''";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return ansiC(s);
            }
            if (" '\"\\|&;()<>!{}*[]?^$`,".indexOf(c) >= 0 || i == 0 && (c == '~' || c == '#')) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** {@code $'…'} quoting (ansic_quote): C escapes for control characters. */
    private static String ansiC(String s) {
        StringBuilder sb = new StringBuilder("$'");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case 0x1b -> sb.append("\\E");
                case 0x07 -> sb.append("\\a");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case 0x0b -> sb.append("\\v");
                case '\'' -> sb.append("\\'");
                case '\\' -> sb.append("\\\\");
                default -> sb.append(c < 0x20 || c == 0x7f ? String.format("\\%03o", (int) c) : String.valueOf(c));
            }
        }
        return sb.append('\'').toString();
    }

    /** A %s spec without the 0 flag (which C ignores for strings), keeping the 0s of the width. */
    private static String textFlags(String spec, String flagsOnly) {
        return (flagsOnly.contains("-") ? "%-" : "%") + spec.substring(flagsOnly.length());
    }

    /** %f as C prints it: the exact binary value rounded half to even, unlike Java's half up. */
    private static String fixed(String spec, double value) {
        int dot = spec.indexOf('.');
        int precision = dot < 0 ? 6 : spec.length() == dot + 1 ? 0 : Integer.parseInt(spec.substring(dot + 1));
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.format(spec + "f", value);
        }
        String body = new java.math.BigDecimal(value).setScale(precision, java.math.RoundingMode.HALF_EVEN).toPlainString();
        int k = 1;
        while (k < spec.length() && "-+ #0".indexOf(spec.charAt(k)) >= 0) {
            k++;
        }
        String flags = spec.substring(1, k);
        String w = spec.substring(k, dot < 0 ? spec.length() : dot);
        int width = w.isEmpty() ? 0 : Integer.parseInt(w);
        if (!body.startsWith("-") && flags.contains("+")) {
            body = "+" + body;
        } else if (!body.startsWith("-") && flags.contains(" ")) {
            body = " " + body;
        }
        if (body.length() >= width) {
            return body;
        }
        String pad = (flags.contains("0") && !flags.contains("-") ? "0" : " ").repeat(width - body.length());
        if (flags.contains("-")) {
            return body + pad;
        }
        if (pad.startsWith("0") && (body.startsWith("-") || body.startsWith("+") || body.startsWith(" "))) {
            return body.charAt(0) + pad + body.substring(1);
        }
        return pad + body;
    }

    private static long number(String sh, String arg, Output out, int[] status) {
        if (arg == null || arg.isEmpty()) {
            return 0;
        }
        if (arg.startsWith("'") || arg.startsWith("\"")) {
            return arg.length() > 1 ? arg.codePointAt(1) : 0;
        }
        String s = arg.strip();
        try {
            boolean negative = s.startsWith("-");
            String digits = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
            long v;
            if (digits.startsWith("0x") || digits.startsWith("0X")) {
                v = Long.parseLong(digits.substring(2), 16);
            } else if (digits.startsWith("0") && digits.length() > 1) {
                v = Long.parseLong(digits.substring(1), 8);
            } else {
                v = Long.parseLong(digits);
            }
            return negative ? -v : v;
        } catch (NumberFormatException e) {
            int end = 0;
            while (end < s.length() && (Character.isDigit(s.charAt(end)) || end == 0 && "+-".indexOf(s.charAt(0)) >= 0)) {
                end++;
            }
            out.errLine(sh + ": printf: " + arg + ": invalid number");
            status[0] = 1;
            try {
                return end == 0 ? 0 : Long.parseLong(s.substring(0, end));
            } catch (NumberFormatException again) {
                return 0;
            }
        }
    }

    private static double decimal(String sh, String arg, Output out, int[] status) {
        if (arg == null || arg.isEmpty()) {
            return 0;
        }
        try {
            return Double.parseDouble(arg.strip());
        } catch (NumberFormatException e) {
            out.errLine(sh + ": printf: " + arg + ": invalid number");
            status[0] = 1;
            return 0;
        }
    }
}
