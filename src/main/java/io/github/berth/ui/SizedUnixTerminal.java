package io.github.berth.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.function.Supplier;

/**
 * Lanterna's Unix terminal with two changes: Ctrl-C arrives as a key instead of ending the JVM
 * (which would lose unsaved progress), and the size comes from {@code size} instead of Lanterna's
 * cursor-position probe, which waits up to five seconds when nothing answers it. Flow control
 * (Ctrl-S stops output until Ctrl-Q) is off while a view has the terminal, as nano turns it off,
 * so Ctrl-S reaches the editor; closing the terminal restores every tty setting Lanterna saved.
 */
final class SizedUnixTerminal extends UnixTerminal {
    private final Supplier<TerminalSize> size;

    SizedUnixTerminal(InputStream in, OutputStream out, Charset charset, Supplier<TerminalSize> size)
            throws IOException {
        super(in, out, charset, CtrlCBehaviour.TRAP);
        this.size = size;
    }

    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
        super.keyStrokeSignalsEnabled(enabled);
        if (!enabled) {
            runSTTYCommand("-ixon");
        }
    }

    @Override
    protected TerminalSize findTerminalSize() {
        TerminalSize s = size.get();
        return new TerminalSize(Math.max(1, s.getColumns()), Math.max(1, s.getRows()));
    }
}
