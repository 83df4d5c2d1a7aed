package io.github.berth.console;

import io.github.berth.cli.Foreground;
import java.io.IOException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * The terminal side of a docker command that holds the prompt ({@code docker run nginx},
 * {@code docker logs -f web}): what was written is flushed, then keys are read one at a time,
 * unechoed, until Ctrl-C. Ctrl-C is read as a key (ISIG off, as {@link BerthLineReader} does
 * while reading a line), so it arrives in order with the other keys and never as a signal on
 * another thread. Keys typed before it are dropped: a real terminal's line discipline flushes its
 * pending input on Ctrl-C too, so bash would not run them either (a real terminal does echo
 * them while the command runs; berth does not). A SIGINT from outside, or the end of the
 * terminal's input, counts as Ctrl-C, so the hold always ends.
 */
final class HoldPrompt implements Foreground {
    private static final int CTRL_C = 3;
    private static final long POLL_MILLIS = 100;

    private final Terminal terminal;
    private volatile boolean signalled;
    /** Whether a hold ended since the last {@link #endLine}, and the last character written. */
    private boolean held;
    private char last = '\n';

    HoldPrompt(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public void awaitInterrupt() {
        terminal.writer().flush();
        terminal.flush();
        Attributes before = terminal.getAttributes();
        Attributes keys = new Attributes(before);
        keys.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        keys.setLocalFlag(Attributes.LocalFlag.ICANON, false);
        keys.setLocalFlag(Attributes.LocalFlag.ECHO, false);
        keys.setControlChar(Attributes.ControlChar.VMIN, 1);
        keys.setControlChar(Attributes.ControlChar.VTIME, 0);
        signalled = false;
        held = true;
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> signalled = true);
        terminal.setAttributes(keys);
        try {
            NonBlockingReader reader = terminal.reader();
            while (!signalled) {
                int key = reader.read(POLL_MILLIS);
                if (key == CTRL_C || key == NonBlockingReader.EOF) {
                    return;
                }
            }
        } catch (IOException e) {
            // the terminal went away: nothing more can be typed, so the hold ends
        } finally {
            terminal.setAttributes(before);
            terminal.handle(Terminal.Signal.INT, previous);
        }
    }

    /** Passes text on, noting its last character. */
    java.util.function.Consumer<String> watching(java.util.function.Consumer<String> to) {
        return text -> {
            if (!text.isEmpty()) {
                last = text.charAt(text.length() - 1);
            }
            to.accept(text);
        };
    }

    /**
     * After a command that held the prompt: when its output ends in the echoed {@code ^C} (docker
     * logs -f, wait), the prompt goes on the next line, as after {@code sleep 100} and Ctrl-C in
     * bash, rather than behind JLine's mark for a missing newline.
     */
    void endLine(java.io.PrintWriter out) {
        if (held && last != '\n') {
            out.println();
            last = '\n';
        }
        held = false;
    }
}
