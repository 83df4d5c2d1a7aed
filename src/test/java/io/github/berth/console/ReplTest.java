package io.github.berth.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.sandbox.Sandbox;
import io.github.berth.tutor.Tutor;
import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.lesson.LessonSource;
import io.github.berth.tutor.progress.Progress;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.NonBlockingInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The prompt over JLine's DumbTerminal: lines in, output and lesson feedback out, Ctrl-C and Ctrl-D. */
@Timeout(30)
class ReplTest {
    /**
     * Typed input, read synchronously. With a plain stream JLine adds a reader thread, and the
     * interrupt that turns Ctrl-C into UserInterruptException leaves that thread's state behind,
     * so later reads would wait forever; a real terminal has no such thread.
     */
    static final class ScriptedInput extends NonBlockingInputStream {
        private final byte[] bytes;
        private int pos;

        ScriptedInput(byte[] bytes) {
            this.bytes = bytes.clone();
        }

        @Override
        public int read(long timeout, boolean isPeek) {
            if (pos >= bytes.length) {
                return EOF;
            }
            int c = bytes[pos] & 0xff;
            if (!isPeek) {
                pos++;
            }
            return c;
        }

        @Override
        public int available() {
            return bytes.length - pos;
        }
    }

    @TempDir
    Path dir;

    private final List<Progress> saves = new ArrayList<>();

    private String session(String typed, boolean openLesson) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DumbTerminal terminal = new DumbTerminal("test", "ansi",
                new ScriptedInput(typed.getBytes(StandardCharsets.UTF_8)), out, StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(100, 40));
            Attributes attributes = terminal.getAttributes();
            attributes.setLocalFlag(Attributes.LocalFlag.ISIG, true);
            // a tty's usual control characters; unset ones would equal EOF (-1) and loop on it
            attributes.setControlChar(Attributes.ControlChar.VINTR, 3);
            attributes.setControlChar(Attributes.ControlChar.VQUIT, 28);
            attributes.setControlChar(Attributes.ControlChar.VSUSP, 26);
            attributes.setControlChar(Attributes.ControlChar.VSTATUS, 20);
            attributes.setControlChar(Attributes.ControlChar.VEOF, 4);
            terminal.setAttributes(attributes);
            Catalog catalog = Catalog.load(LessonSource.builtIn());
            Tutor tutor = new Tutor(catalog, new Progress(), saves::add, Clock.systemUTC(),
                    () -> new Sandbox(1L, Map.of(), true));
            Tutor.Feedback opening = openLesson ? tutor.open(catalog.lesson("first-container").orElseThrow())
                    : tutor.showStep();
            new Repl(terminal, tutor, dir.resolve("history"), true).run(opening);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void runsShellLinesAndPrintsTheirOutput() throws Exception {
        String screen = session("echo hello berth\nnosuchcommand\necho $?\n", false);
        assertTrue(screen.contains("learner@berth:~/app$ "), screen);
        assertTrue(screen.contains("hello berth\n"), screen);
        assertTrue(screen.contains("bash: nosuchcommand: command not found\n"), screen);
        assertTrue(screen.contains("127\n"), screen);
    }

    @Test
    void solvingTheFirstLessonThroughThePrompt() throws Exception {
        String screen = session("docker run hello-world\ndocker ps -a\n", true);
        assertTrue(screen.contains("Task 1 of 2"), screen);
        assertTrue(screen.contains("Hello from Docker!"), screen);
        assertTrue(screen.contains("Task 2 of 2"), screen);
        assertTrue(screen.contains("Lesson complete: Your first container"), screen);
        Progress last = saves.get(saves.size() - 1);
        assertTrue(last.lessons.get("first-container").done());
    }

    @Test
    void ctrlCDropsTheLineAndThePromptGoesOn() throws Exception {
        String screen = session("echo never\u0003echo after\n", false);
        assertFalse(screen.contains("never\n"), screen);
        assertTrue(screen.contains("after\n"), screen);
    }

    @Test
    void ctrlDLeavesAndSavesTheHistory() throws Exception {
        String screen = session("echo one\n\u0004echo not-run\n", false);
        assertTrue(screen.contains("one\n"), screen);
        assertFalse(screen.contains("not-run\n"), screen);
        assertEquals(List.of("echo one"), Files.readAllLines(dir.resolve("history")).stream()
                .map(l -> l.substring(l.indexOf(':') + 1)).toList());
    }

    @Test
    void anUnclosedQuoteAsksForMoreLines() throws Exception {
        String screen = session("echo \"a\nb\"\n", false);
        assertTrue(screen.contains("> "), screen);
        assertTrue(screen.contains("a\nb\n"), screen);
    }

    @Test
    void tutorCommandsAreBareWords() throws Exception {
        String screen = session("hint\nhint\nhint\nsolution\ny\nhelp\nquit\necho not-run\n", true);
        assertTrue(screen.contains("Hint 1 of 2:"), screen);
        assertTrue(screen.contains("Hint 2 of 2:"), screen);
        assertTrue(screen.contains("No more hints for this step."), screen);
        assertTrue(screen.contains("    docker run hello-world"), screen);
        assertTrue(screen.contains("berth's own commands:"), screen);
        assertTrue(screen.contains("  edit       write a file in a full-screen editor, e.g. `edit Dockerfile` or `edit web:/etc/motd`\n"
                + "             (^S saves, ^X leaves)\n"), "a help line wider than the window wraps under its description:\n" + screen);
        assertFalse(screen.contains("not-run\n"), screen);
        Progress last = saves.get(saves.size() - 1);
        assertEquals(2, last.lessons.get("first-container").steps.get("run-hello").hintsUsed);
        assertTrue(last.lessons.get("first-container").steps.get("run-hello").solutionShown);
    }

    @Test
    void theSolutionIsNotShownWithoutConfirmation() throws Exception {
        String screen = session("solution\nn\n", true);
        assertFalse(screen.contains("    docker run hello-world"), screen);
    }

    @Test
    void exitLeavesLikeAShell() throws Exception {
        String screen = session("exit\necho not-run\n", false);
        assertFalse(screen.contains("not-run\n"), screen);
    }

    @Test
    void checkResetAndProgressAtThePrompt() throws Exception {
        String screen = session("check\ndocker run hello-world\nreset\ny\nprogress\n", true);
        assertTrue(screen.contains("✗ not yet: a container from the image hello-world"), screen);
        assertTrue(screen.contains("Start this lesson again?"), screen);
        int reset = screen.indexOf("Start this lesson again?");
        assertTrue(screen.indexOf("Task 1 of 2", reset) > reset, "after reset the first task shows again");
        assertTrue(screen.matches("(?s).*first-container +Your first container +\\[in progress\\].*"), screen);
    }
}
