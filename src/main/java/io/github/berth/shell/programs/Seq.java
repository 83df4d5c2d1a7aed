package io.github.berth.shell.programs;

import io.github.berth.shell.Output;
import io.github.berth.shell.ShellState;
import java.math.BigDecimal;
import java.util.List;

/**
 * GNU {@code seq [-s SEP] [-w] [FIRST [INCREMENT]] LAST}: decimal numbers printed with as many
 * fraction digits as FIRST or INCREMENT has (seq.c's precision rule); {@code -w} pads with zeros.
 */
final class Seq extends Tool {
    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        // a negative number is an operand, not an option (seq.c checks before getopt does)
        List<String> plain = new java.util.ArrayList<>(args);
        List<String> negatives = new java.util.ArrayList<>();
        for (int i = 1; i < plain.size(); i++) {
            if (plain.get(i).matches("-\\d+(\\.\\d*)?") && !(i > 1 && plain.get(i - 1).equals("-s"))) {
                negatives.add(plain.get(i));
                plain.set(i, "\0neg" + (negatives.size() - 1));
            }
        }
        Options opts = Options.parse("seq", plain, "w", "s");
        if (opts.error() != null) {
            out.stderr(opts.error());
            return 1;
        }
        List<String> ops = new java.util.ArrayList<>();
        for (String op : opts.operands()) {
            ops.add(op.startsWith("\0neg") ? negatives.get(Integer.parseInt(op.substring(4))) : op);
        }
        if (ops.isEmpty()) {
            out.stderr(usage("seq", "missing operand"));
            return 1;
        }
        if (ops.size() > 3) {
            out.stderr(usage("seq", "extra operand " + Quote.always(ops.get(3))));
            return 1;
        }
        BigDecimal[] numbers = new BigDecimal[ops.size()];
        for (int i = 0; i < ops.size(); i++) {
            try {
                numbers[i] = new BigDecimal(ops.get(i).startsWith("+") ? ops.get(i).substring(1) : ops.get(i));
            } catch (NumberFormatException e) {
                out.stderr(usage("seq", "invalid floating point argument: " + Quote.always(ops.get(i))));
                return 1;
            }
        }
        BigDecimal first = ops.size() > 1 ? numbers[0] : BigDecimal.ONE;
        BigDecimal step = ops.size() > 2 ? numbers[1] : BigDecimal.ONE;
        BigDecimal last = numbers[ops.size() - 1];
        if (step.signum() == 0) {
            out.stderr(usage("seq", "invalid Zero increment value: " + Quote.always(ops.get(1))));
            return 1;
        }
        int scale = Math.max(Math.max(first.scale(), 0), Math.max(step.scale(), 0));
        String sep = opts.has('s') ? opts.value('s') : "\n";
        int width = 0;
        if (opts.has('w')) {
            width = Math.max(first.setScale(scale).toPlainString().length(),
                    last.setScale(scale, java.math.RoundingMode.DOWN).toPlainString().length());
        }
        StringBuilder sb = new StringBuilder();
        boolean any = false;
        for (BigDecimal n = first; step.signum() > 0 ? n.compareTo(last) <= 0 : n.compareTo(last) >= 0; n = n.add(step)) {
            if (any) {
                sb.append(sep);
            }
            String text = n.setScale(scale).toPlainString();
            if (text.length() < width) {
                boolean negative = text.startsWith("-");
                String digits = negative ? text.substring(1) : text;
                text = (negative ? "-" : "") + "0".repeat(width - text.length()) + digits;
            }
            sb.append(text);
            any = true;
            if (sb.length() > 1_000_000) {
                break; // a sandbox keeps its output small
            }
        }
        if (any) {
            sb.append('\n');
        }
        out.stdout(sb.toString());
        return 0;
    }
}
