package io.github.berth.console;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntSupplier;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/**
 * JLine's line reader, with the prompt kept out of the status rows when the window is resized.
 * When a terminal narrows, it re-wraps the full-width status line into two rows and the cursor
 * can land on the bottom row; JLine then redraws the prompt there, on top of the status bar
 * (seen in tmux: after `step` three times, 100x30 to 90x25 to 60x20). So before JLine handles a
 * resize, the old prompt and everything below it is erased and the cursor goes to the last row
 * above the status area, where JLine draws the prompt again.
 */
final class StatusSafeReader extends LineReaderImpl {
    private final IntSupplier statusRows;

    /** @param statusRows how many rows the status area has now (0 when it is hidden) */
    StatusSafeReader(Terminal terminal, String appName, Map<String, Object> variables, IntSupplier statusRows) {
        super(terminal, appName, new HashMap<>(variables));
        this.statusRows = statusRows;
        setHistory(new DefaultHistory());
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
