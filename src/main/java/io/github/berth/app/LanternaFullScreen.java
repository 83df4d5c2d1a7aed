package io.github.berth.app;

import com.googlecode.lanterna.TerminalSize;
import io.github.berth.console.FullScreen;
import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.progress.Progress;
import io.github.berth.ui.FullScreens;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.Signals;

/**
 * The console's full-screen views, drawn by Lanterna on the terminal JLine owns. Lanterna asks JLine
 * for the size (an ioctl, where Lanterna's own probe can wait five seconds), and afterwards JLine's
 * resize handler is installed again: Lanterna replaces it and never puts it back.
 */
final class LanternaFullScreen implements FullScreen {
    private final Terminal jline;

    LanternaFullScreen(Terminal jline) {
        this.jline = jline;
    }

    @Override
    public Optional<String> browseLessons(Catalog catalog, Progress progress) throws IOException {
        try {
            return screens().browseLessons(catalog, progress);
        } finally {
            giveResizeBackToJLine();
        }
    }

    @Override
    public void edit(String name, String text, boolean isNew, Function<String, Optional<String>> save)
            throws IOException {
        try {
            screens().edit(name, text, isNew, save::apply);
        } finally {
            giveResizeBackToJLine();
        }
    }

    private FullScreens screens() {
        return new FullScreens(System.in, System.out, jline.encoding(), () -> {
            Size size = jline.getSize();
            return new TerminalSize(size.getColumns(), size.getRows());
        });
    }

    /** As JLine's PosixSysTerminal registers it: a WINCH becomes a JLine resize signal. */
    private void giveResizeBackToJLine() {
        Signals.register("WINCH", () -> jline.raise(Terminal.Signal.WINCH));
    }
}
