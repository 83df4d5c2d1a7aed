package io.github.berth.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Go's text/tabwriter as docker/cli's formatter uses it ({@code NewWriter(out, 10, 1, 3, ' ', 0)}):
 * tab-terminated cells, column blocks of consecutive lines that have the column, each cell padded
 * to its block's widest cell plus 3 (at least 10); the text after a line's last tab is not a
 * column cell.
 */
final class GoTabwriter {
    private static final int MIN_WIDTH = 10;
    private static final int PADDING = 3;

    private final List<String[]> lines = new ArrayList<>();
    private final List<Integer> widths = new ArrayList<>();
    private final StringBuilder out = new StringBuilder();

    private GoTabwriter(String text) {
        String[] rows = text.split("\n", -1);
        for (int i = 0; i < rows.length; i++) {
            if (i == rows.length - 1 && rows[i].isEmpty()) {
                break;
            }
            lines.add(rows[i].split("\t", -1));
        }
    }

    static String format(String text) {
        GoTabwriter w = new GoTabwriter(text);
        w.format(0, w.lines.size());
        return w.out.toString();
    }

    private void format(int line0, int line1) {
        int column = widths.size();
        for (int at = line0; at < line1; at++) {
            if (column >= lines.get(at).length - 1) {
                continue;
            }
            writeLines(line0, at);
            line0 = at;
            int width = MIN_WIDTH;
            for (; at < line1; at++) {
                String[] line = lines.get(at);
                if (column >= line.length - 1) {
                    break;
                }
                width = Math.max(width, width(line[column]) + PADDING);
            }
            widths.add(width);
            format(line0, at);
            widths.remove(widths.size() - 1);
            line0 = at;
            at--;
        }
        writeLines(line0, line1);
    }

    private void writeLines(int line0, int line1) {
        for (int i = line0; i < line1; i++) {
            String[] line = lines.get(i);
            for (int j = 0; j < line.length; j++) {
                out.append(line[j]);
                if (j < widths.size()) {
                    out.append(" ".repeat(Math.max(0, widths.get(j) - width(line[j]))));
                }
            }
            out.append('\n');
        }
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }
}
