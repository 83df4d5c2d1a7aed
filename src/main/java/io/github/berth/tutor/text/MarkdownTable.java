package io.github.berth.tutor.text;

import io.github.berth.tutor.text.StyledText.Span;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;

/**
 * A GFM table for the terminal: columns separated by two spaces, the header in bold over a rule,
 * each column as wide as its widest cell. When that is wider than the text, the widest columns
 * give up room first and their cells wrap at words (a word longer than its column is cut).
 * Alignment markers ({@code :--:}, {@code --:}) are kept.
 */
final class MarkdownTable {
    private static final String GAP = "  ";
    private static final int MIN_COLUMN = 6;

    private MarkdownTable() {}

    private record Cell(List<Span> spans, TableCell.Alignment alignment, boolean header) {}

    static void render(Node table, String first, String rest, int width, List<List<Span>> out) {
        List<List<Cell>> rows = new ArrayList<>();
        int headerRows = 0;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                List<Cell> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    TableCell tc = (TableCell) cell;
                    List<Span> spans = new ArrayList<>();
                    Markdown.inlines(cell, tc.isHeader() ? Style.STRONG : Style.PLAIN, spans);
                    cells.add(new Cell(spans, tc.getAlignment(), tc.isHeader()));
                }
                rows.add(cells);
                if (section instanceof TableHead) {
                    headerRows++;
                }
            }
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        if (columns == 0) {
            return;
        }
        int[] widths = new int[columns];
        int[] words = new int[columns];
        for (List<Cell> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], Math.max(1, length(row.get(c).spans())));
                words[c] = Math.max(words[c], longestWord(row.get(c).spans()));
            }
        }
        fit(widths, words, width - rest.length() - GAP.length() * (columns - 1));
        String prefix = first;
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> row = rows.get(r);
            List<List<List<Span>>> wrapped = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < columns; c++) {
                List<List<Span>> lines = c < row.size() ? wrap(row.get(c).spans(), widths[c]) : List.of();
                wrapped.add(lines);
                height = Math.max(height, lines.size());
            }
            for (int y = 0; y < height; y++) {
                List<Span> line = new ArrayList<>();
                line.add(new Span(prefix, Style.PLAIN));
                prefix = rest;
                for (int c = 0; c < columns; c++) {
                    List<Span> cellLine = y < wrapped.get(c).size() ? wrapped.get(c).get(y) : List.of();
                    TableCell.Alignment alignment = c < row.size() ? row.get(c).alignment() : null;
                    int pad = widths[c] - length(cellLine);
                    int before = alignment == TableCell.Alignment.RIGHT ? pad
                            : alignment == TableCell.Alignment.CENTER ? pad / 2 : 0;
                    if (c > 0) {
                        line.add(new Span(GAP, Style.PLAIN));
                    }
                    if (before > 0) {
                        line.add(new Span(" ".repeat(before), Style.PLAIN));
                    }
                    line.addAll(cellLine);
                    if (c < columns - 1 && pad - before > 0) {
                        line.add(new Span(" ".repeat(pad - before), Style.PLAIN));
                    }
                }
                out.add(trimEnd(line));
            }
            if (r == headerRows - 1) {
                List<Span> rule = new ArrayList<>();
                rule.add(new Span(rest, Style.PLAIN));
                for (int c = 0; c < columns; c++) {
                    rule.add(new Span((c > 0 ? GAP : "") + "─".repeat(widths[c]), Style.DIM));
                }
                out.add(rule);
            }
        }
    }

    /**
     * Narrows columns one cell at a time until the row fits {@code room}: first the widest of those that
     * can still wrap between words (wider than their longest word), then the widest of all, cutting words
     * (down to a minimum; a table too wide even then overflows rather than become unreadable).
     */
    static void fit(int[] widths, int[] longestWords, int room) {
        while (sum(widths) > room) {
            int widest = widest(widths, c -> widths[c] > Math.max(longestWords[c], MIN_COLUMN));
            if (widest < 0) {
                widest = widest(widths, c -> widths[c] > MIN_COLUMN);
            }
            if (widest < 0) {
                return;
            }
            widths[widest]--;
        }
    }

    /** The widest column that may narrow, or -1. */
    private static int widest(int[] widths, java.util.function.IntPredicate mayNarrow) {
        int widest = -1;
        for (int c = 0; c < widths.length; c++) {
            if (mayNarrow.test(c) && (widest < 0 || widths[c] > widths[widest])) {
                widest = c;
            }
        }
        return widest;
    }

    private static int longestWord(List<Span> spans) {
        int longest = 0;
        for (String word : text(spans).split(" ")) {
            longest = Math.max(longest, word.codePointCount(0, word.length()));
        }
        return longest;
    }

    private static String text(List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        spans.forEach(s -> sb.append(s.text()));
        return sb.toString();
    }

    private static int sum(int[] widths) {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        return total;
    }

    /** Word wrap of a cell's spans into lines of at most {@code width} columns. */
    private static List<List<Span>> wrap(List<Span> spans, int width) {
        List<List<Span>> lines = new ArrayList<>();
        List<Span> line = new ArrayList<>();
        int column = 0;
        for (Span span : spans) {
            for (String piece : span.text().split("(?<= )|(?= )")) {
                if (piece.isEmpty()) {
                    continue;
                }
                if (piece.equals(" ")) {
                    if (column > 0 && column + 1 < width) {
                        line.add(new Span(" ", span.style()));
                        column++;
                    }
                    continue;
                }
                String word = piece;
                while (!word.isEmpty()) {
                    int len = word.codePointCount(0, word.length());
                    if (column > 0 && column + len > width) {
                        lines.add(trimEnd(line));
                        line = new ArrayList<>();
                        column = 0;
                    }
                    if (len <= width) {
                        line.add(new Span(word, span.style()));
                        column += len;
                        word = "";
                    } else {
                        int cut = word.offsetByCodePoints(0, width);
                        line.add(new Span(word.substring(0, cut), span.style()));
                        column += width;
                        word = word.substring(cut);
                    }
                }
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(trimEnd(line));
        }
        return lines;
    }

    private static List<Span> trimEnd(List<Span> line) {
        List<Span> copy = new ArrayList<>(line);
        while (!copy.isEmpty() && copy.get(copy.size() - 1).text().isBlank()
                && copy.get(copy.size() - 1).style() != Style.CODE) {
            copy.remove(copy.size() - 1);
        }
        return copy;
    }

    private static int length(List<Span> spans) {
        int n = 0;
        for (Span s : spans) {
            n += s.text().codePointCount(0, s.text().length());
        }
        return n;
    }
}
