package io.github.berth.ui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.graphics.ThemeDefinition;
import com.googlecode.lanterna.gui2.AbstractInteractableComponent;
import com.googlecode.lanterna.gui2.InteractableRenderer;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import io.github.berth.ui.BrowserModel.LessonRow;
import io.github.berth.ui.BrowserModel.ModuleRow;
import io.github.berth.ui.BrowserModel.Row;
import java.util.List;
import java.util.function.Function;

/**
 * The scrolling list of modules (each with a progress bar and "n of m done") and their lessons
 * (a mark and the state in words). Keys go to {@code keys}, which says whether it used them.
 */
final class LessonListView extends AbstractInteractableComponent<LessonListView> {
    static final int BAR_WIDTH = 10;
    private static final int STATE_WIDTH = "in progress".length();

    private final BrowserModel model;
    private final Function<KeyStroke, Boolean> keys;
    private int top;
    private int height = 1;

    LessonListView(BrowserModel model, Function<KeyStroke, Boolean> keys) {
        this.model = model;
        this.keys = keys;
    }

    /** Rows shown at once, as last drawn: what Page Up and Page Down move by. */
    int pageSize() {
        return Math.max(1, height - 1);
    }

    @Override
    protected Result handleKeyStroke(KeyStroke key) {
        if (keys.apply(key)) {
            invalidate();
            return Result.HANDLED;
        }
        return Result.UNHANDLED;
    }

    @Override
    protected InteractableRenderer<LessonListView> createDefaultRenderer() {
        return new Renderer();
    }

    /** Keeps the selected row on screen, and with it its module's heading when there is room. */
    private void scrollTo(int selected, int rowCount) {
        if (selected < 0) {
            top = 0;
            return;
        }
        int heading = selected;
        while (heading > 0 && !(model.rows().get(heading) instanceof ModuleRow)) {
            heading--;
        }
        if (selected - heading < height && heading < top) {
            top = heading;
        }
        if (selected < top) {
            top = selected;
        }
        if (selected >= top + height) {
            top = selected - height + 1;
        }
        top = Math.max(0, Math.min(top, Math.max(0, rowCount - height)));
    }

    static String moduleLine(ModuleRow row, int width) {
        int filled = row.total() == 0 ? 0 : Math.round((float) BAR_WIDTH * row.done() / row.total());
        String right = " " + "█".repeat(filled) + "░".repeat(BAR_WIDTH - filled) + " " + row.done() + " of "
                + row.total() + " done";
        return " " + fit(row.module().title(), width - 1 - right.length()) + right;
    }

    static String lessonLine(LessonRow row, int width) {
        String mark = switch (row.state()) {
            case "done" -> "✓";
            case "in progress" -> "…";
            default -> " ";
        };
        String right = "  " + String.format("%-" + STATE_WIDTH + "s", row.state());
        return "   " + mark + " " + fit(row.lesson().title(), width - 5 - right.length()) + right;
    }

    /** {@code text} cut or padded to exactly {@code width} columns. */
    static String fit(String text, int width) {
        if (width <= 0) {
            return "";
        }
        if (TerminalTextUtils.getColumnWidth(text) > width) {
            return TerminalTextUtils.fitString(text, width - 1) + "…";
        }
        return text + " ".repeat(width - TerminalTextUtils.getColumnWidth(text));
    }

    private final class Renderer implements InteractableRenderer<LessonListView> {
        @Override
        public TerminalPosition getCursorLocation(LessonListView component) {
            return null; // the selection is shown by colour, no blinking cursor
        }

        @Override
        public TerminalSize getPreferredSize(LessonListView component) {
            int width = 40;
            for (Row row : model.rows()) {
                int w = row instanceof ModuleRow m ? TerminalTextUtils.getColumnWidth(m.module().title()) + 27
                        : TerminalTextUtils.getColumnWidth(((LessonRow) row).lesson().title()) + 19;
                width = Math.max(width, w);
            }
            return new TerminalSize(width, 3);
        }

        @Override
        public void drawComponent(TextGUIGraphics graphics, LessonListView component) {
            ThemeDefinition theme = component.getThemeDefinition();
            TerminalSize size = graphics.getSize();
            height = Math.max(1, size.getRows());
            int width = size.getColumns();
            List<Row> rows = model.rows();
            int selected = model.selectedRow();
            scrollTo(selected, rows.size());
            graphics.applyThemeStyle(theme.getNormal());
            graphics.fill(' ');
            if (rows.isEmpty()) {
                graphics.putString(0, 0, fit(" No lesson matches \"" + model.query() + "\". Backspace to change the"
                        + " search.", width));
                return;
            }
            for (int y = 0; y < height && top + y < rows.size(); y++) {
                int index = top + y;
                Row row = rows.get(index);
                if (index == selected) {
                    graphics.applyThemeStyle(component.isFocused() ? theme.getSelected() : theme.getActive());
                } else if (row instanceof ModuleRow) {
                    graphics.applyThemeStyle(theme.getPreLight());
                } else {
                    graphics.applyThemeStyle(theme.getNormal());
                }
                // the last column is kept for the scroll marks
                String line = row instanceof ModuleRow m ? moduleLine(m, width - 1)
                        : lessonLine((LessonRow) row, width - 1);
                graphics.putString(0, y, line);
            }
            graphics.applyThemeStyle(theme.getNormal());
            if (top > 0) {
                graphics.putString(width - 1, 0, "↑");
            }
            if (top + height < rows.size()) {
                graphics.putString(width - 1, height - 1, "↓");
            }
        }
    }
}
