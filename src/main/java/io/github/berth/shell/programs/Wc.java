package io.github.berth.shell.programs;

import io.github.berth.fs.Node;
import io.github.berth.shell.Output;
import io.github.berth.shell.PathWalk;
import io.github.berth.shell.ShellState;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * GNU {@code wc}: lines, words and bytes ({@code -l -w -c}; all three by default), a total for
 * several files. Like GNU, counts are padded to the width of the files' total size, or to 7 when
 * standard input is read; a single count of a single input is not padded.
 */
final class Wc extends Tool {
    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        Options opts = Options.parse("wc", args, "lwc", "");
        if (opts.error() != null) {
            out.stderr(opts.error());
            return 1;
        }
        boolean all = !opts.has('l') && !opts.has('w') && !opts.has('c');
        boolean[] shown = {all || opts.has('l'), all || opts.has('w'), all || opts.has('c')};
        List<String> operands = inputs(opts.operands());
        List<long[]> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        long[] total = new long[3];
        long sizes = 0;
        boolean unsized = false;
        int status = 0;
        for (String operand : operands) {
            String text;
            if (operand.equals("-") && state.stdio().stdinDirectory()) {
                readFile("wc", operand, stdin, out, state);
                rows.add(new long[3]);
                names.add(opts.operands().isEmpty() ? null : operand);
                unsized = true;
                status = 1;
                continue;
            } else if (operand.equals("-")) {
                text = stdin;
                // a regular file opened as standard input is sized like a named one (GNU wc's fstat)
                unsized = state.stdio().stdinFile() == null;
                if (!unsized) {
                    sizes += text.getBytes(StandardCharsets.UTF_8).length;
                }
            } else if (PathWalk.isDevNull(state, operand)) {
                text = "";
                unsized = true; // a device, not a regular file: GNU pads as for a pipe
            } else {
                PathWalk walk = PathWalk.walk(state, operand);
                if (walk.node() instanceof Node.Dir) {
                    out.errLine("wc: " + Quote.ifNeeded(operand) + ": " + PathWalk.IS_A_DIRECTORY);
                    rows.add(new long[3]);
                    names.add(operand);
                    unsized = true;
                    status = 1;
                    continue;
                }
                text = readFile("wc", operand, stdin, out, state);
                if (text == null) {
                    status = 1;
                    continue;
                }
            }
            long[] counts = count(text);
            if (!operand.equals("-")) {
                sizes += counts[2];
            }
            for (int i = 0; i < 3; i++) {
                total[i] += counts[i];
            }
            rows.add(counts);
            names.add(operand.equals("-") && opts.operands().isEmpty() ? null : operand);
        }
        if (operands.size() > 1) {
            rows.add(total);
            names.add("total");
        }
        int shownCount = (shown[0] ? 1 : 0) + (shown[1] ? 1 : 0) + (shown[2] ? 1 : 0);
        int width = shownCount == 1 && operands.size() == 1 ? 1
                : Math.max(unsized ? 7 : 1, Long.toString(sizes).length());
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < 3; i++) {
                if (shown[i]) {
                    if (line.length() > 0) {
                        line.append(' ');
                    }
                    line.append(String.format("%" + width + "d", rows.get(r)[i]));
                }
            }
            if (names.get(r) != null) {
                line.append(' ').append(names.get(r));
            }
            sb.append(line).append('\n');
        }
        out.stdout(sb.toString());
        return status;
    }

    private static long[] count(String text) {
        long lines = 0;
        long words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines++;
            }
            boolean space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0b;
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return new long[] {lines, words, text.getBytes(StandardCharsets.UTF_8).length};
    }
}
