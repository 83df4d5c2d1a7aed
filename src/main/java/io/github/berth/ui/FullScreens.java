package io.github.berth.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import com.googlecode.lanterna.screen.TerminalScreen;
import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.progress.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Berth's full-screen views on the real terminal. Each call takes the terminal (raw mode, the
 * alternate screen) and gives it back however the view ends: the screen is stopped and the
 * terminal closed, which restores the tty settings. Call it only while nothing else reads the
 * terminal. Lanterna leaves its own resize handler installed afterwards; whoever owned the
 * terminal before must install theirs again.
 */
public final class FullScreens {
    private final InputStream in;
    private final OutputStream out;
    private final Charset charset;
    private final Supplier<TerminalSize> size;

    /** @param size the terminal's current size, asked whenever Lanterna needs it (and after a resize) */
    public FullScreens(InputStream in, OutputStream out, Charset charset, Supplier<TerminalSize> size) {
        this.in = in;
        this.out = out;
        this.charset = charset;
        this.size = size;
    }

    public Optional<String> browseLessons(Catalog catalog, Progress progress) throws IOException {
        return run(gui -> new LessonBrowser(catalog, progress).show(gui));
    }

    /** The editor on one file, until the learner leaves it; {@code saver} writes each save. */
    public void edit(String name, String text, boolean isNew, TextEditor.Saver saver) throws IOException {
        onScreen(screen -> {
            new TextEditor(name, text, isNew, saver).run(screen);
            return null;
        });
    }

    <T> T run(Function<WindowBasedTextGUI, T> view) throws IOException {
        return onScreen(screen -> view.apply(new MultiWindowTextGUI(screen)));
    }

    /** A view drawn on the screen directly. */
    interface ScreenView<T> {
        T show(TerminalScreen screen) throws IOException;
    }

    private <T> T onScreen(ScreenView<T> view) throws IOException {
        SizedUnixTerminal terminal = new SizedUnixTerminal(in, out, charset, size);
        try {
            TerminalScreen screen = new TerminalScreen(terminal);
            screen.startScreen();
            try {
                return view.show(screen);
            } finally {
                screen.stopScreen();
            }
        } finally {
            terminal.close();
        }
    }
}
