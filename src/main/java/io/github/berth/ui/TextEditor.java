package io.github.berth.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.util.Optional;

/**
 * A small full-screen text editor in nano's manner: a title bar with the file's name and
 * "Modified", the text, a message line and the keys at the bottom. Ctrl-S or Ctrl-O saves,
 * Ctrl-X leaves (asking first when there are unsaved changes); arrows, Home, End, PgUp and PgDn
 * move; Backspace, Delete and Enter edit. Ctrl-C never leaves: it says where the cursor is and
 * how to leave, as in nano. A tab is kept in the file and shown as one cell ({@code »}).
 */
public final class TextEditor {
    /** Writes the text; returns why it could not, or empty when it was written. */
    public interface Saver {
        Optional<String> save(String text);
    }

    static final String KEYS_1 = "^S Save     ^X Exit     ^C Where am I";
    static final String KEYS_2 = "^O Save     arrows, Home/End, PgUp/PgDn move";
    static final String ASK = "Save modified buffer?";
    static final String ASK_KEYS_1 = " Y Yes";
    static final String ASK_KEYS_2 = " N No      ^C Cancel";

    private final String name;
    private final Saver saver;
    private final EditorModel model;
    private String message;
    private boolean asking;
    private boolean closed;

    /** @param isNew whether the file does not exist yet (said on the message line, as nano does) */
    public TextEditor(String name, String text, boolean isNew, Saver saver) {
        this.name = name;
        this.saver = saver;
        this.model = new EditorModel(text);
        this.message = isNew ? "New File" : "Read " + model.lineCount() + (model.lineCount() == 1 ? " line" : " lines");
    }

    /** Edits until the learner leaves. */
    public void run(Screen screen) throws IOException {
        draw(screen);
        while (!closed) {
            KeyStroke key = screen.pollInput();
            if (key == null) {
                // no key: redraw after a resize, else wait a little (keys are polled so a resize is seen)
                if (screen.doResizeIfNecessary() != null) {
                    draw(screen);
                } else {
                    try {
                        Thread.sleep(15);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                continue;
            }
            if (key.getKeyType() == KeyType.EOF) {
                return;
            }
            handle(key, screen.getTerminalSize());
            if (!closed) {
                draw(screen);
            }
        }
    }

    boolean isClosed() {
        return closed;
    }

    EditorModel model() {
        return model;
    }

    /** One key; {@code size} is the screen's, for PgUp and PgDn. */
    void handle(KeyStroke key, TerminalSize size) {
        if (asking) {
            answer(key);
            return;
        }
        message = null;
        int page = Math.max(1, textRows(size) - 1);
        switch (key.getKeyType()) {
            case ArrowLeft -> model.leftColumn();
            case ArrowRight -> model.right();
            case ArrowUp -> model.up(1);
            case ArrowDown -> model.down(1);
            case PageUp -> model.up(page);
            case PageDown -> model.down(page);
            case Home -> model.home();
            case End -> model.end();
            case Backspace -> model.backspace();
            case Delete -> model.delete();
            case Enter -> model.newline();
            case Tab -> model.insert('\t');
            case Character -> typed(key);
            default -> { }
        }
    }

    private void typed(KeyStroke key) {
        char c = key.getCharacter();
        if (key.isCtrlDown()) {
            switch (c) {
                case 's', 'o' -> save();
                case 'x' -> exit();
                case 'c' -> message = "line " + (model.row() + 1) + "/" + model.lineCount() + ", column "
                        + (model.col() + 1) + " · ^X leaves";
                default -> { }
            }
        } else if (!key.isAltDown() && !Character.isISOControl(c)) {
            model.insert(c);
        }
    }

    private boolean save() {
        Optional<String> error = saver.save(model.text());
        if (error.isPresent()) {
            message = error.get();
            return false;
        }
        model.saved();
        int n = model.text().isEmpty() ? 0 : model.lineCount();
        message = "Wrote " + n + (n == 1 ? " line" : " lines");
        return true;
    }

    private void exit() {
        if (model.modified()) {
            asking = true;
        } else {
            closed = true;
        }
    }

    private void answer(KeyStroke key) {
        Character c = key.getCharacter();
        boolean cancel = key.getKeyType() == KeyType.Escape
                || key.getKeyType() == KeyType.Character && key.isCtrlDown() && c == 'c';
        if (cancel) {
            asking = false;
            message = "Cancelled";
        } else if (key.getKeyType() == KeyType.Character && !key.isCtrlDown() && (c == 'y' || c == 'Y')) {
            asking = false;
            closed = save();
        } else if (key.getKeyType() == KeyType.Character && !key.isCtrlDown() && (c == 'n' || c == 'N')) {
            asking = false;
            closed = true;
        }
    }

    private static int textRows(TerminalSize size) {
        return Math.max(1, size.getRows() - 4);
    }

    /** Draws the whole screen and places the cursor. */
    void draw(Screen screen) throws IOException {
        TerminalSize size = screen.doResizeIfNecessary();
        if (size == null) {
            size = screen.getTerminalSize();
        }
        int width = size.getColumns();
        int rows = textRows(size);
        screen.clear();
        TextGraphics g = screen.newTextGraphics();
        bar(g, 0, width, title(width));
        model.scrollTo(rows, width);
        for (int y = 0; y < rows && model.topRow() + y < model.lineCount(); y++) {
            String line = model.line(model.topRow() + y);
            String shown = line.length() > model.leftColumn() ? line.substring(model.leftColumn()) : "";
            shown = shown.replace('\t', '»');
            if (shown.length() > width) {
                shown = shown.substring(0, Math.max(0, width - 1)) + ">";
            }
            g.putString(0, 1 + y, shown);
        }
        int messageRow = size.getRows() - 3;
        if (asking) {
            bar(g, messageRow, width, pad(ASK, width));
            g.putString(0, messageRow + 1, ASK_KEYS_1);
            g.putString(0, messageRow + 2, ASK_KEYS_2);
            screen.setCursorPosition(new TerminalPosition(Math.min(width - 1, ASK.length() + 1), messageRow));
        } else {
            if (message != null) {
                String text = "[ " + message + " ]";
                int x = Math.max(0, (width - text.length()) / 2);
                g.enableModifiers(SGR.REVERSE);
                g.putString(x, messageRow, text.length() > width ? text.substring(0, width) : text);
                g.disableModifiers(SGR.REVERSE);
            }
            g.putString(0, messageRow + 1, KEYS_1);
            g.putString(0, messageRow + 2, KEYS_2);
            screen.setCursorPosition(new TerminalPosition(model.col() - model.leftColumn(), 1 + model.row() - model.topRow()));
        }
        screen.refresh();
    }

    private String title(int width) {
        String leftPart = "  berth editor";
        String rightPart = model.modified() ? "Modified  " : "";
        StringBuilder line = new StringBuilder(pad("", width));
        put(line, 0, leftPart);
        put(line, Math.max(0, width - rightPart.length()), rightPart);
        put(line, Math.max(0, (width - name.length()) / 2), name);
        return line.toString();
    }

    private static void put(StringBuilder line, int x, String text) {
        for (int i = 0; i < text.length() && x + i < line.length(); i++) {
            line.setCharAt(x + i, text.charAt(i));
        }
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text.substring(0, width) : text + " ".repeat(width - text.length());
    }

    private static void bar(TextGraphics g, int row, int width, String text) {
        g.enableModifiers(SGR.REVERSE);
        g.putString(0, row, pad(text, width));
        g.disableModifiers(SGR.REVERSE);
    }
}
