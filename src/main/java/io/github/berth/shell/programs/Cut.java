package io.github.berth.shell.programs;

import io.github.berth.shell.Output;
import io.github.berth.shell.ShellState;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * GNU {@code cut}: fields ({@code -f LIST}, split on {@code -d C}, a tab by default; lines without
 * the delimiter pass whole unless {@code -s}) or characters ({@code -c LIST}, {@code -b} alike for
 * ASCII). A LIST is {@code N}, {@code N-}, {@code -M} or {@code N-M}, comma-separated.
 */
final class Cut extends Tool {
    private static final String TRY = "Try 'cut --help' for more information.\n";

    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        Options opts = Options.parse("cut", args, "s", "fcbd");
        if (opts.error() != null) {
            out.stderr(opts.error());
            return 1;
        }
        int lists = (opts.has('f') ? 1 : 0) + (opts.has('c') ? 1 : 0) + (opts.has('b') ? 1 : 0);
        if (lists > 1) {
            out.stderr("cut: only one list may be specified\n" + TRY);
            return 1;
        }
        if (lists == 0) {
            out.stderr("cut: you must specify a list of bytes, characters, or fields\n" + TRY);
            return 1;
        }
        boolean fields = opts.has('f');
        String delimiter = opts.has('d') ? opts.value('d') : "\t";
        if (delimiter.length() != 1) {
            out.stderr("cut: the delimiter must be a single character\n" + TRY);
            return 1;
        }
        if (!fields && opts.has('d')) {
            out.stderr("cut: an input delimiter may be specified only when operating on fields\n" + TRY);
            return 1;
        }
        String list = opts.value(fields ? 'f' : opts.has('c') ? 'c' : 'b');
        List<int[]> ranges = new ArrayList<>();
        for (String part : list.split(",", -1)) {
            String problem = range(part, ranges);
            if (problem != null) {
                out.stderr("cut: " + (problem.isEmpty()
                        ? (fields ? "fields are numbered from 1" : "byte/character positions are numbered from 1")
                        : (fields ? "invalid field value '" : "invalid byte/character position '") + problem + "'")
                        + "\n" + TRY);
                return 1;
            }
        }
        int status = 0;
        StringBuilder sb = new StringBuilder();
        for (String operand : inputs(opts.operands())) {
            String text = readFile("cut", operand, stdin, out, state);
            if (text == null) {
                status = 1;
                continue;
            }
            for (String line : lines(text)) {
                if (fields) {
                    if (!line.contains(delimiter)) {
                        if (!opts.has('s')) {
                            sb.append(line).append('\n');
                        }
                        continue;
                    }
                    String[] parts = line.split(Pattern.quote(delimiter), -1);
                    List<String> picked = new ArrayList<>();
                    for (int i = 0; i < parts.length; i++) {
                        if (selected(ranges, i + 1)) {
                            picked.add(parts[i]);
                        }
                    }
                    sb.append(String.join(delimiter, picked)).append('\n');
                } else {
                    for (int i = 0; i < line.length(); i++) {
                        if (selected(ranges, i + 1)) {
                            sb.append(line.charAt(i));
                        }
                    }
                    sb.append('\n');
                }
            }
        }
        out.stdout(sb.toString());
        return status;
    }

    private static boolean selected(List<int[]> ranges, int n) {
        for (int[] r : ranges) {
            if (n >= r[0] && n <= r[1]) {
                return true;
            }
        }
        return false;
    }

    /** Adds the range {@code part} names; returns null, "" (a zero position) or the bad text. */
    private static String range(String part, List<int[]> ranges) {
        if (!part.matches("[0-9]*(-[0-9]*)?") || part.isEmpty() || part.equals("-")) {
            return part;
        }
        int dash = part.indexOf('-');
        String a = dash < 0 ? part : part.substring(0, dash);
        String b = dash < 0 ? part : part.substring(dash + 1);
        int from = a.isEmpty() ? 1 : parse(a);
        int to = b.isEmpty() ? Integer.MAX_VALUE : parse(b);
        if (from == 0 || to == 0) {
            return "";
        }
        ranges.add(new int[] {from, to});
        return null;
    }

    private static int parse(String digits) {
        return digits.length() > 9 ? Integer.MAX_VALUE - 1 : Integer.parseInt(digits);
    }
}
