package io.github.berth.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.keymap.KeyMap;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/** Ctrl-C is a key while a line is read (not a signal racing the reader), and ISIG comes back afterwards. */
class BerthLineReaderTest {
    private DumbTerminal terminal(String typed) throws Exception {
        DumbTerminal terminal = new DumbTerminal("test", "ansi",
                new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(),
                StandardCharsets.UTF_8);
        terminal.setSize(new Size(80, 24));
        Attributes a = terminal.getAttributes();
        a.setLocalFlag(Attributes.LocalFlag.ISIG, true);
        a.setControlChar(Attributes.ControlChar.VINTR, 3);
        terminal.setAttributes(a);
        return terminal;
    }

    @Test
    void ctrlCEndsTheLineAsAKeyAndTheNextKeysBelongToTheNextLine() throws Exception {
        try (DumbTerminal terminal = terminal("docker p\u0014\u0003echo hi\n")) {
            BerthLineReader reader = new BerthLineReader(terminal, "t", Map.of(), () -> 0);
            List<Boolean> isigWhileReading = new ArrayList<>();
            reader.getWidgets().put("probe", () -> {
                isigWhileReading.add(terminal.getAttributes().getLocalFlag(Attributes.LocalFlag.ISIG));
                return true;
            });
            reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference("probe"), KeyMap.ctrl('T'));
            UserInterruptException e = assertThrows(UserInterruptException.class, () -> reader.readLine("$ "));
            assertEquals("docker p", e.getPartialLine());
            assertEquals(List.of(false), isigWhileReading, "signals from keys are off while a line is read");
            assertTrue(terminal.getAttributes().getLocalFlag(Attributes.LocalFlag.ISIG), "and on again after");
            assertEquals("echo hi", reader.readLine("$ "));
        }
    }
}
