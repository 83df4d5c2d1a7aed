package io.github.berth.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.gui2.AbstractComponent;
import com.googlecode.lanterna.gui2.ComponentRenderer;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import java.util.ArrayList;
import java.util.List;

/** Paragraphs word-wrapped to whatever width the pane gets; what does not fit ends in "…". */
final class TextPane extends AbstractComponent<TextPane> {
    private final int rows;
    private String text = "";

    TextPane(int rows) {
        this.rows = rows;
    }

    void setText(String text) {
        this.text = text;
        invalidate();
    }

    /** The lines as drawn at {@code width} columns, at most {@code height} of them. */
    static List<String> lines(String text, int width, int height) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            if (paragraph.isBlank()) {
                out.add("");
            } else {
                out.addAll(TerminalTextUtils.getWordWrappedText(width, paragraph.strip()));
            }
        }
        if (out.size() > height) {
            List<String> cut = new ArrayList<>(out.subList(0, height));
            cut.set(height - 1, LessonListView.fit(cut.get(height - 1), width - 1).stripTrailing() + "…");
            return cut;
        }
        return out;
    }

    @Override
    protected ComponentRenderer<TextPane> createDefaultRenderer() {
        return new ComponentRenderer<>() {
            @Override
            public TerminalSize getPreferredSize(TextPane component) {
                return new TerminalSize(20, rows);
            }

            @Override
            public void drawComponent(TextGUIGraphics graphics, TextPane component) {
                graphics.applyThemeStyle(component.getThemeDefinition().getNormal());
                graphics.fill(' ');
                TerminalSize size = graphics.getSize();
                if (size.getColumns() < 4 || size.getRows() < 1) {
                    return;
                }
                // one column of margin on each side, as the list has
                List<String> lines = lines(text, size.getColumns() - 2, size.getRows());
                for (int y = 0; y < lines.size(); y++) {
                    graphics.putString(1, y, lines.get(y));
                }
            }
        };
    }
}
