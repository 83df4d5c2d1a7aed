package io.github.berth.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * The text an editor holds and where its cursor is: lines of characters, a cursor (row, column),
 * the first visible row and column, and whether it changed since it was last saved. No drawing
 * and no keys here, so every edit is tested directly. A file's final newline is implied, as nano
 * writes it: "a\nb\n" is the two lines a and b, and saving them gives "a\nb\n" again.
 */
final class EditorModel {
    private final List<StringBuilder> lines = new ArrayList<>();
    private int row;
    private int col;
    /** The column Up and Down try to keep when they pass through shorter lines. */
    private int wantedCol;
    private int top;
    private int left;
    private boolean modified;

    EditorModel(String text) {
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        for (String line : body.split("\n", -1)) {
            lines.add(new StringBuilder(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line));
        }
    }

    /** The text to save: the lines joined, with a final newline unless the buffer is empty. */
    String text() {
        if (lines.size() == 1 && lines.get(0).length() == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (StringBuilder line : lines) {
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    int lineCount() {
        return lines.size();
    }

    String line(int index) {
        return lines.get(index).toString();
    }

    int row() {
        return row;
    }

    int col() {
        return col;
    }

    int topRow() {
        return top;
    }

    int leftColumn() {
        return left;
    }

    boolean modified() {
        return modified;
    }

    void saved() {
        modified = false;
    }

    void insert(char c) {
        lines.get(row).insert(col, c);
        col++;
        changed();
    }

    void newline() {
        StringBuilder current = lines.get(row);
        String rest = current.substring(col);
        current.setLength(col);
        lines.add(row + 1, new StringBuilder(rest));
        row++;
        col = 0;
        changed();
    }

    /** Backspace: the character before the cursor, or joins this line to the one above. */
    void backspace() {
        if (col > 0) {
            lines.get(row).deleteCharAt(col - 1);
            col--;
        } else if (row > 0) {
            StringBuilder above = lines.get(row - 1);
            col = above.length();
            above.append(lines.remove(row));
            row--;
        } else {
            return;
        }
        changed();
    }

    /** Delete: the character under the cursor, or joins the next line to this one. */
    void delete() {
        StringBuilder current = lines.get(row);
        if (col < current.length()) {
            current.deleteCharAt(col);
        } else if (row + 1 < lines.size()) {
            current.append(lines.remove(row + 1));
        } else {
            return;
        }
        changed();
    }

    void left() {
        if (col > 0) {
            col--;
        } else if (row > 0) {
            row--;
            col = lines.get(row).length();
        }
        wantedCol = col;
    }

    void right() {
        if (col < lines.get(row).length()) {
            col++;
        } else if (row + 1 < lines.size()) {
            row++;
            col = 0;
        }
        wantedCol = col;
    }

    void up(int by) {
        row = Math.max(0, row - by);
        col = Math.min(wantedCol, lines.get(row).length());
    }

    void down(int by) {
        row = Math.min(lines.size() - 1, row + by);
        col = Math.min(wantedCol, lines.get(row).length());
    }

    void home() {
        col = 0;
        wantedCol = 0;
    }

    void end() {
        col = lines.get(row).length();
        wantedCol = col;
    }

    /** Moves the view so the cursor is inside a window of {@code rows} by {@code cols}. */
    void scrollTo(int rows, int cols) {
        if (row < top) {
            top = row;
        } else if (rows > 0 && row >= top + rows) {
            top = row - rows + 1;
        }
        if (col < left) {
            left = Math.max(0, col - cols / 2);
        } else if (cols > 0 && col >= left + cols) {
            left = col - cols + cols / 2 + 1;
        }
    }

    private void changed() {
        modified = true;
        wantedCol = col;
    }
}
