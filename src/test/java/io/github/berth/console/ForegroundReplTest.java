package io.github.berth.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.sandbox.Sandbox;
import io.github.berth.tutor.Tutor;
import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.lesson.LessonSource;
import io.github.berth.tutor.progress.Progress;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that holds the prompt, over JLine's DumbTerminal: docker waits at the terminal until
 * the Ctrl-C key; the lines typed before it are dropped; the prompt comes back on a new line.
 */
@Timeout(30)
class ForegroundReplTest {
    @TempDir
    Path dir;

    private String session(String typed) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DumbTerminal terminal = new DumbTerminal("test", "ansi",
                new ReplTest.ScriptedInput(typed.getBytes(StandardCharsets.UTF_8)), out, StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(100, 40));
            Attributes attributes = terminal.getAttributes();
            attributes.setLocalFlag(Attributes.LocalFlag.ISIG, true);
            attributes.setControlChar(Attributes.ControlChar.VINTR, 3);
            attributes.setControlChar(Attributes.ControlChar.VEOF, 4);
            terminal.setAttributes(attributes);
            Tutor tutor = new Tutor(Catalog.load(LessonSource.builtIn()), new Progress(), p -> { }, Clock.systemUTC(),
                    () -> new Sandbox(1L, Map.of(), true));
            new Repl(terminal, tutor, dir.resolve("history"), true).run(tutor.showStep());
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void logsFollowWaitsForTheCtrlCKeyAndDropsWhatWasTypedBeforeIt() throws Exception {
        String screen = session("docker run -d --name web nginx\ndocker logs -f web\necho typed-ahead\n"
                + "\u0003docker ps --format '{{.Names}} {{.Status}}'\necho $?\n");
        assertTrue(screen.contains("[notice] 1#1: start worker process 30\n^C\n"), screen);
        assertFalse(screen.contains("typed-ahead"), screen);
        assertTrue(screen.contains("web Up 2 seconds\n"), screen);
    }

    @Test
    void aForegroundServerStopsOnCtrlCAndTheSessionGoesOn() throws Exception {
        String screen = session("docker run --name fg nginx\n\u0003echo status=$?\n");
        assertTrue(screen.contains("start worker process 30\n^C"), screen);
        assertTrue(screen.contains("[notice] 1#1: exit\n"), screen);
        assertTrue(screen.contains("status=0\n"), screen);
    }

    @Test
    void theEndOfInputEndsAHoldAsCtrlCWould() throws Exception {
        String screen = session("docker run -d --name web nginx\ndocker wait web\n");
        assertTrue(screen.contains("^C\n"), screen);
    }
}
