package io.github.berth.shell.programs;

import io.github.berth.shell.Output;
import io.github.berth.shell.PathWalk;
import io.github.berth.shell.ShellState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GNU {@code sort} in the C locale: lines of all inputs by byte value; {@code -n} by leading number
 * (ties by whole line), {@code -r} reversed, {@code -u} one line of each run of equal keys.
 */
final class Sort extends Tool {
    private static final Pattern NUMBER = Pattern.compile("^[ \\t]*(-?[0-9]*(\\.[0-9]*)?)");

    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        Options opts = Options.parse("sort", args, "nru", "");
        if (opts.error() != null) {
            out.stderr(opts.error());
            return 2;
        }
        List<String> lines = new ArrayList<>();
        for (String operand : inputs(opts.operands())) {
            String text = readFile("sort", operand, stdin, Output.DISCARD, state);
            if (text == null) {
                PathWalk walk = PathWalk.walk(state, operand);
                out.errLine(walk.node() == null
                        ? "sort: cannot read: " + Quote.ifNeeded(operand) + ": " + walk.problem()
                        : "sort: read failed: " + Quote.ifNeeded(operand) + ": " + PathWalk.IS_A_DIRECTORY);
                return 2;
            }
            lines.addAll(lines(text));
        }
        Comparator<String> key = opts.has('n') ? Comparator.comparingDouble(Sort::number) : Sort::bytewise;
        Comparator<String> order = opts.has('u') ? key : key.thenComparing(Sort::bytewise);
        lines.sort(opts.has('r') ? order.reversed() : order);
        StringBuilder sb = new StringBuilder();
        String previous = null;
        for (String line : lines) {
            if (opts.has('u') && previous != null && key.compare(previous, line) == 0) {
                continue;
            }
            sb.append(line).append('\n');
            previous = line;
        }
        out.stdout(sb.toString());
        return 0;
    }

    private static double number(String line) {
        Matcher m = NUMBER.matcher(line);
        String n = m.find() ? m.group(1) : "";
        return n.isEmpty() || n.equals("-") || n.equals(".") || n.equals("-.") ? 0 : Double.parseDouble(n);
    }

    /** The C locale's order: by UTF-8 bytes, which for text is by code point. */
    private static int bytewise(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
