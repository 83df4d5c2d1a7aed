package io.github.berth.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.SimpleTheme;
import com.googlecode.lanterna.graphics.Theme;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Borders;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import com.googlecode.lanterna.input.KeyStroke;
import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.lesson.Lesson;
import io.github.berth.tutor.progress.Progress;
import java.util.List;
import java.util.Optional;

/**
 * The full-screen lesson browser: modules with a progress bar each, their lessons with done / in
 * progress / new, the selected lesson's summary, and a search that typing filters. Enter chooses
 * the selected lesson; Esc, q (with an empty search) or Ctrl-C go back without choosing.
 * It draws on any {@link WindowBasedTextGUI}, so tests pass one over a virtual terminal.
 */
public final class LessonBrowser {
    static final String KEYS = " ↑↓ move · Enter open · type to search · Esc or q: back";
    private static final int SUMMARY_ROWS = 4;

    private final BrowserModel model;
    private final BasicWindow window = new BasicWindow("Lessons");
    private final LessonListView list;
    private final TextPane summary = new TextPane(SUMMARY_ROWS);
    private final Label search = new Label("");
    private Optional<String> chosen = Optional.empty();
    private boolean closed;

    public LessonBrowser(Catalog catalog, Progress progress) {
        this.model = new BrowserModel(catalog, progress);
        this.list = new LessonListView(model, this::onKey);
        Panel content = new Panel(new LinearLayout(com.googlecode.lanterna.gui2.Direction.VERTICAL).setSpacing(0));
        content.addComponent(new Label(" berth · lessons · " + model.doneCount() + " of " + model.lessonCount()
                + " done"));
        content.addComponent(list.withBorder(Borders.singleLine("Modules and lessons")),
                LinearLayout.createLayoutData(LinearLayout.Alignment.Fill, LinearLayout.GrowPolicy.CanGrow));
        content.addComponent(summary.withBorder(Borders.singleLine("About this lesson")),
                LinearLayout.createLayoutData(LinearLayout.Alignment.Fill));
        content.addComponent(search, LinearLayout.createLayoutData(LinearLayout.Alignment.Fill));
        content.addComponent(new Label(KEYS), LinearLayout.createLayoutData(LinearLayout.Alignment.Fill));
        window.setHints(List.of(Window.Hint.FULL_SCREEN, Window.Hint.NO_DECORATIONS));
        window.setTheme(theme());
        window.setComponent(content);
        window.setFocusedInteractable(list);
        refresh();
    }

    /**
     * The terminal's own colours, as at the prompt: module headings bold, the selected lesson in
     * reverse video. (Lanterna's default theme paints everything grey, and headings like the selection.)
     */
    private static Theme theme() {
        SimpleTheme theme = new SimpleTheme(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT);
        theme.getDefaultDefinition()
                .setPreLight(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, SGR.BOLD)
                .setSelected(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, SGR.REVERSE)
                .setActive(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, SGR.REVERSE)
                .setCursorVisible(false);
        return theme;
    }

    /** Shows the browser until the learner chooses a lesson (its id) or goes back (empty). */
    public Optional<String> show(WindowBasedTextGUI gui) {
        open(gui);
        window.waitUntilClosed();
        return chosen;
    }

    /** Puts the window on {@code gui} without waiting; the caller feeds and processes the input. */
    void open(WindowBasedTextGUI gui) {
        gui.addWindow(window);
        window.setFocusedInteractable(list);
    }

    boolean isClosed() {
        return closed;
    }

    Optional<String> chosen() {
        return chosen;
    }

    private boolean onKey(KeyStroke key) {
        switch (key.getKeyType()) {
            case ArrowUp -> model.move(-1);
            case ArrowDown -> model.move(1);
            case PageUp -> model.move(-list.pageSize());
            case PageDown -> model.move(list.pageSize());
            case Home -> model.first();
            case End -> model.last();
            case Enter -> model.selected().ifPresent(lesson -> close(lesson.id()));
            case Escape, EOF -> close(null);
            case Backspace -> {
                String q = model.query();
                if (!q.isEmpty()) {
                    model.setQuery(q.substring(0, q.offsetByCodePoints(q.length(), -1)));
                }
            }
            case Character -> {
                if (!typed(key)) {
                    return false;
                }
            }
            default -> {
                return false;
            }
        }
        refresh();
        return true;
    }

    /** A typed character: Ctrl-C goes back, Ctrl-U clears the search, q on an empty search goes back. */
    private boolean typed(KeyStroke key) {
        char c = key.getCharacter();
        if (key.isCtrlDown()) {
            if (c == 'c') {
                close(null);
            } else if (c == 'u') {
                model.setQuery("");
            } else {
                return false;
            }
            return true;
        }
        if (key.isAltDown() || Character.isISOControl(c)) {
            return false;
        }
        if (c == 'q' && model.query().isEmpty()) {
            close(null);
        } else {
            model.setQuery(model.query() + c);
        }
        return true;
    }

    private void close(String lessonId) {
        chosen = Optional.ofNullable(lessonId);
        closed = true;
        window.close();
    }

    private void refresh() {
        summary.setText(model.selected().map(this::about).orElse(""));
        search.setText(model.query().isEmpty() ? " Search: (type part of a lesson's name)"
                : " Search: " + model.query() + "▏  (Backspace erases, Ctrl-U clears)");
    }

    private String about(Lesson lesson) {
        long tasks = lesson.taskCount();
        long questions = lesson.steps().stream().mapToLong(s -> s.questions().size()).sum();
        String facts = lesson.title() + " · " + model.state(lesson) + " · " + lesson.steps().size()
                + (lesson.steps().size() == 1 ? " step" : " steps") + ", " + tasks + (tasks == 1 ? " task" : " tasks")
                + (questions == 0 ? "" : ", " + questions + (questions == 1 ? " question" : " questions"))
                + " · id " + lesson.id();
        return lesson.summary().isBlank() ? facts : facts + "\n" + lesson.summary();
    }
}
