package io.github.berth.app;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.PosixSysTerminal;
import org.jline.terminal.impl.jni.JniTerminalProvider;
import org.jline.terminal.spi.Pty;
import org.jline.terminal.spi.TerminalProvider;

/**
 * For the CDS training run: a terminal of the kind a real start gets (JLine's {@code PosixSysTerminal}
 * through the JNI provider, with its signal handlers), on a fresh pseudo-terminal instead of the
 * process's own, so the archive holds the classes a real start loads. {@code typed} is waiting to be
 * read on it; what it prints is thrown away. Without JLine's native library, a plain streams terminal.
 */
final class TrainingTerminal {
    private TrainingTerminal() {}

    static Terminal open(String typed) throws IOException {
        byte[] input = typed.getBytes(StandardCharsets.UTF_8);
        Pty pty;
        try {
            TerminalProvider provider = TerminalProvider.load(TerminalBuilder.PROP_PROVIDER_JNI);
            pty = ((JniTerminalProvider) provider).open(null, new Size(80, 24));
        } catch (IOException | RuntimeException | LinkageError e) {
            return TerminalBuilder.builder().system(false).streams(new ByteArrayInputStream(input),
                    OutputStream.nullOutputStream()).dumb(true).build();
        }
        Terminal terminal = new PosixSysTerminal("berth", "xterm-256color", pty, StandardCharsets.UTF_8, true,
                Terminal.SignalHandler.SIG_DFL);
        Thread drain = new Thread(() -> {
            try (InputStream printed = pty.getMasterInput()) {
                printed.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                // the terminal was closed
            }
        }, "berth-training-drain");
        drain.setDaemon(true);
        drain.start();
        OutputStream keyboard = pty.getMasterOutput();
        keyboard.write(input);
        keyboard.flush();
        return terminal;
    }
}
