package io.github.berth.shell.programs;

import io.github.berth.shell.Output;
import io.github.berth.shell.PathWalk;
import io.github.berth.shell.ShellState;
import java.util.List;

/**
 * GNU {@code uniq [INPUT [OUTPUT]]}: one line of each run of equal adjacent lines; {@code -c}
 * counts, {@code -d} and {@code -u} filter, {@code -i} ignores case.
 */
final class Uniq extends Tool {
    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        Options opts = Options.parse("uniq", args, "cdui", "");
        if (opts.error() != null) {
            out.stderr(opts.error());
            return 1;
        }
        List<String> operands = opts.operands();
        if (operands.size() > 2) {
            out.stderr("uniq: extra operand " + Quote.always(operands.get(2))
                    + "\nTry 'uniq --help' for more information.\n");
            return 1;
        }
        String text = readFile("uniq", operands.isEmpty() ? "-" : operands.get(0), stdin, out, state);
        if (text == null) {
            return 1;
        }
        List<String> lines = lines(text);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); ) {
            int j = i + 1;
            while (j < lines.size() && same(lines.get(i), lines.get(j), opts.has('i'))) {
                j++;
            }
            int run = j - i;
            if (!(opts.has('d') && run == 1) && !(opts.has('u') && run > 1)) {
                sb.append(opts.has('c') ? String.format("%7d ", run) : "").append(lines.get(i)).append('\n');
            }
            i = j;
        }
        if (operands.size() == 2 && !operands.get(1).equals("-")) {
            // the optional OUTPUT operand: a file written instead of standard output
            String problem = PathWalk.problemCreating(state, operands.get(1));
            if (problem != null) {
                out.errLine("uniq: " + Quote.ifNeeded(operands.get(1)) + ": " + problem);
                return 1;
            }
            PathWalk.truncate(state, operands.get(1));
            PathWalk.append(state, operands.get(1), sb.toString());
        } else {
            out.stdout(sb.toString());
        }
        return 0;
    }

    private static boolean same(String a, String b, boolean ignoreCase) {
        return ignoreCase ? a.equalsIgnoreCase(b) : a.equals(b);
    }
}
