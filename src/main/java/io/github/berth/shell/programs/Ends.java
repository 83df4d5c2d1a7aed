package io.github.berth.shell.programs;

import io.github.berth.shell.Output;
import io.github.berth.shell.PathWalk;
import io.github.berth.shell.ShellState;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What {@code head} and {@code tail} share: the line or byte ({@code -c}) count, headers and GNU's error wording. */
final class Ends {
    private Ends() {}

    static int run(String program, List<String> args, String stdin, Output out, ShellState state) {
        if (args.size() > 1 && args.get(1).matches("-[0-9]+")) {
            // the obsolete "head -5" and "tail -5", still accepted as the first argument
            List<String> modern = new java.util.ArrayList<>(args);
            modern.set(1, "-n" + args.get(1).substring(1));
            args = modern;
        }
        Options opts = Options.parse(program, args, "qv", "nc");
        if (opts.error() != null) {
            out.stderr(opts.error());
            return 1;
        }
        boolean bytes = opts.has('c') && (!opts.has('n') || lastIs(args, 'c'));
        String count = bytes ? opts.value('c') : opts.has('n') ? opts.value('n') : "10";
        boolean fromStart = count.startsWith("+") && program.equals("tail")
                || count.startsWith("-") && program.equals("head");
        String digits = count.startsWith("+") || count.startsWith("-") ? count.substring(1) : count;
        if (!digits.matches("[0-9]{1,18}")) {
            out.errLine(program + ": invalid number of " + (bytes ? "bytes" : "lines") + ": " + Quote.always(count));
            return 1;
        }
        long n = Long.parseLong(digits);
        List<String> operands = Tool.inputs(opts.operands());
        boolean headers = opts.has('v') || operands.size() > 1 && !opts.has('q');
        int status = 0;
        boolean first = true;
        for (String operand : operands) {
            String text = read(program, operand, stdin, out, state);
            if (text == null) {
                status = 1;
                continue;
            }
            if (headers) {
                out.stdout((first ? "" : "\n") + "==> " + (operand.equals("-") ? "standard input" : operand)
                        + " <==\n");
            }
            first = false;
            out.stdout(bytes ? sliceBytes(text, program.equals("head"), fromStart, n)
                    : slice(text, program.equals("head"), fromStart, n));
        }
        return status;
    }

    private static String read(String program, String operand, String stdin, Output out, ShellState state) {
        if (operand.equals("-")) {
            return stdin;
        }
        PathWalk walk = PathWalk.walk(state, operand);
        if (PathWalk.isDevNull(state, operand)) {
            return "";
        }
        if (walk.node() == null) {
            out.errLine(program + ": cannot open " + Quote.always(operand) + " for reading: " + walk.problem());
            return null;
        }
        if (!(walk.node() instanceof io.github.berth.fs.Node.File file)) {
            out.errLine(program + ": error reading " + Quote.always(operand) + ": " + PathWalk.IS_A_DIRECTORY);
            return null;
        }
        return PathWalk.text(file);
    }

    /** Whether the last of {@code -n} and {@code -c} given is {@code letter}, as the last one wins. */
    private static boolean lastIs(List<String> args, char letter) {
        for (int i = args.size() - 1; i > 0; i--) {
            String a = args.get(i);
            if (a.startsWith("-") && !a.startsWith("--") && (a.indexOf('n') > 0 || a.indexOf('c') > 0)) {
                int n = a.lastIndexOf('n');
                int c = a.lastIndexOf('c');
                return letter == 'c' ? c > n : n > c;
            }
        }
        return false;
    }

    private static String sliceBytes(String text, boolean head, boolean fromStart, long n) {
        byte[] all = text.getBytes(StandardCharsets.UTF_8);
        long from;
        long to;
        if (head) {
            from = 0;
            to = fromStart ? Math.max(0, all.length - n) : Math.min(all.length, n);
        } else {
            from = fromStart ? Math.min(all.length, Math.max(0, n - 1)) : Math.max(0, all.length - n);
            to = all.length;
        }
        return from >= to ? "" : new String(all, (int) from, (int) (to - from), StandardCharsets.UTF_8);
    }

    /** Lines keep their newlines, so a last line without one stays without one. */
    private static String slice(String text, boolean head, boolean fromStart, long n) {
        List<Integer> starts = new java.util.ArrayList<>();
        for (int i = 0; i < text.length(); i = text.indexOf('\n', i) < 0 ? text.length() : text.indexOf('\n', i) + 1) {
            starts.add(i);
        }
        int lines = starts.size();
        long from;
        long to;
        if (head) {
            from = 0;
            to = fromStart ? Math.max(0, lines - n) : Math.min(lines, n);
        } else {
            from = fromStart ? Math.min(lines, Math.max(0, n - 1)) : Math.max(0, lines - n);
            to = lines;
        }
        if (from >= to) {
            return "";
        }
        int begin = starts.get((int) from);
        int end = to >= lines ? text.length() : starts.get((int) to);
        return text.substring(begin, end);
    }
}
