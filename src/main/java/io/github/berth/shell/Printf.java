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
            Integer stop = once(sh, format, operands, used, sb, out, status);
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
                if (f.charAt(i + 1) == 'c') {
                    return null;
                }
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
            while (j < f.length() && "hlLqjzt".indexOf(f.charAt(j)) >= 0) {
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
                case 's' -> sb.append(String.format(flags.replace("0", "") + "s", arg == null ? "" : arg));
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
                    sb.append(String.format(flags.replace("0", "") + "s", b));
                }
                case 'c' -> sb.append(String.format(flags.replace("0", "") + "s",
                        arg == null || arg.isEmpty() ? "" : arg.substring(0, 1)));
                case 'd', 'i' -> sb.append(String.format(flags + "d", number(sh, arg, out, status)));
                case 'u' -> sb.append(Long.toUnsignedString(number(sh, arg, out, status)));
                case 'o', 'x', 'X' -> sb.append(String.format(flags + conv, number(sh, arg, out, status)));
                case 'e', 'E', 'f', 'F', 'g', 'G' -> sb.append(String.format(flags + (conv == 'F' ? 'f' : conv),
                        decimal(sh, arg, out, status)));
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
