package io.github.berth.console;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntSupplier;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.MaskingCallback;
import org.jline.reader.Reference;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/**
 * JLine's line reader with two changes.
 *
 * <p>Ctrl-C is read as a key, in order with the others, instead of as a signal. As a signal
 * (ISIG), it reaches the reader on another thread while the reader goes on reading: keys typed
 * right after it landed in the abandoned line and were lost ({@code docker p}, Ctrl-C,
 * {@code echo hi} ran {@code cho hi}). While a line is read the terminal's ISIG is off and the
 * key ends the line with the same {@link org.jline.reader.UserInterruptException}.
 *
 * <p>The prompt is kept out of the status rows when the window is resized.
 * When a terminal narrows, it re-wraps the full-width status line into two rows and the cursor
 * can land on the bottom row; JLine then redraws the prompt there, on top of the status bar
 * (seen in tmux: after `step` three times, 100x30 to 90x25 to 60x20). So before JLine handles a
 * resize, the old prompt and everything below it is erased and the cursor goes to the last row
 * above the status area, where JLine draws the prompt again.
 */
final class BerthLineReader extends LineReaderImpl {
    private static final String INTERRUPT = "berth-interrupt";

    private final IntSupplier statusRows;

    /** @param statusRows how many rows the status area has now (0 when it is hidden) */
    BerthLineReader(Terminal terminal, String appName, Map<String, Object> variables, IntSupplier statusRows) {
        super(terminal, appName, new HashMap<>(variables));
        this.statusRows = statusRows;
        setHistory(new DefaultHistory());
        getWidgets().put(INTERRUPT, () -> {
            state = State.INTERRUPT;
            return true;
        });
        for (String keyMap : new String[] {EMACS, VIINS, VICMD, MAIN}) {
            KeyMap<Binding> map = getKeyMaps().get(keyMap);
            if (map != null) {
                map.bind(new Reference(INTERRUPT), KeyMap.ctrl('C'));
            }
        }
    }

    @Override
    public String readLine(String prompt, String rightPrompt, MaskingCallback maskingCallback, String buffer) {
        Attributes before = terminal.getAttributes();
        Attributes keys = new Attributes(before);
        keys.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        terminal.setAttributes(keys);
        try {
            return super.readLine(prompt, rightPrompt, maskingCallback, buffer);
        } finally {
            terminal.setAttributes(before);
        }
    }

    @Override
    protected synchronized void handleSignal(Terminal.Signal signal) {
        if (signal == Terminal.Signal.WINCH && statusRows.getAsInt() > 0) {
            Size now = terminal.getBufferSize();
            if (now.getRows() > 0 && (now.getRows() != size.getRows() || now.getColumns() != size.getColumns())) {
                terminal.puts(Capability.carriage_return);
                terminal.puts(Capability.clr_eos);
                terminal.puts(Capability.cursor_address, Math.max(0, now.getRows() - 1 - statusRows.getAsInt()), 0);
                terminal.flush();
            }
        }
        super.handleSignal(signal);
    }
}
