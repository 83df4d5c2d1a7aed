package io.github.berth.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Aligns rows into columns as docker/cli's tabwriter does with {@code NewWriter(out, 10, 1, 3, ' ', 0)}:
 * each cell but the last in a row is padded to the column's widest cell plus 3, at least 10.
 */
public final class Table {
    private static final int MIN_WIDTH = 10;
    private static final int PADDING = 3;

    private final List<List<String>> rows = new ArrayList<>();

    public Table row(List<String> cells) {
        rows.add(List.copyOf(cells));
        return this;
    }

    public String render() {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size() - 1; c++) {
                widths[c] = Math.max(widths[c], Math.max(MIN_WIDTH, width(row.get(c)) + PADDING));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                sb.append(cell);
                if (c < row.size() - 1) {
                    sb.append(" ".repeat(widths[c] - width(cell)));
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    /** docker/cli formatter.Ellipsis: cut to {@code max} characters, the last one "…". */
    public static String ellipsis(String s, int max) {
        if (width(s) <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }
}
