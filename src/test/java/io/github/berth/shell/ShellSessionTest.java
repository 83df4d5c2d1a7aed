package io.github.berth.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.fs.MemoryFs;
import io.github.berth.fs.Node;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** What bash -c cannot show: traps, exec and the special variables over an interactive session of many lines. */
class ShellSessionTest {
    private final MemoryFs fs = new MemoryFs();
    private final Shell shell;
    private final AtomicLong millis = new AtomicLong(1_000_000);

    ShellSessionTest() {
        fs.mkdirs("/home/learner/app");
        fs.installProgram("/usr/bin/hello", "hello");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOME", "/home/learner");
        env.put("PATH", "/usr/bin");
        Program hello = (args, out, state) -> {
            out.outLine("hello");
            return 3;
        };
        ShellState state = new ShellState(fs, "/home/learner/app", env);
        state.clock(millis::get);
        shell = new Shell("bash", state, Map.of("hello", hello));
    }

    private CapturedOutput run(String input) {
        CapturedOutput out = new CapturedOutput();
        shell.run(input, out);
        return out;
    }

    @Test
    void theExitTrapRunsWhenTheShellExitsNotAtTheEndOfALine() {
        assertEquals("", run("trap 'echo bye $?' EXIT").out());
        assertEquals("a\n", run("echo a").out());
        CapturedOutput out = new CapturedOutput();
        Shell.Outcome o = shell.run("false; exit", out);
        assertTrue(o.exitRequested());
        assertEquals(1, o.status());
        assertEquals("bye 1\n", out.out());
    }

    @Test
    void finishingAScriptRunsItsExitTrapOnce() {
        CapturedOutput out = new CapturedOutput();
        assertEquals(4, shell.runToEnd("trap 'echo end; exit 4' EXIT; echo body", out));
        assertEquals("body\nend\n", out.out());
        assertEquals(4, shell.finish(out));
        assertEquals("body\nend\n", out.out(), "the trap is gone once run");
    }

    @Test
    void execAtTheLearnersPromptRunsTheCommandAndKeepsTheShell() {
        shell.learnersPrompt();
        CapturedOutput out = new CapturedOutput();
        Shell.Outcome o = shell.run("exec hello; echo not-reached", out);
        assertFalse(o.exitRequested());
        assertEquals(3, o.status());
        assertEquals("hello\n", out.out());
        assertEquals("berth: exec: bash would now have ended with hello and closed this terminal;"
                + " berth keeps the sandbox's shell\n", out.err());
    }

    @Test
    void execElsewhereEndsTheShellWithTheCommandsStatus() {
        CapturedOutput out = new CapturedOutput();
        Shell.Outcome o = shell.run("exec hello; echo not-reached", out);
        assertTrue(o.exitRequested());
        assertEquals(3, o.status());
    }

    @Test
    void execRedirectionsLastIntoLaterLines() {
        run("exec >log.txt");
        assertEquals("", run("echo one").out());
        assertEquals("", run("echo two").out());
        Node.File log = (Node.File) fs.lookup("/home/learner/app/log.txt").orElseThrow();
        assertEquals("one\ntwo\n", new String(log.content(), StandardCharsets.UTF_8));
    }

    @Test
    void secondsCountsOnTheInjectedClock() {
        millis.addAndGet(65_000);
        assertEquals("65\n", run("echo $SECONDS").out());
        run("SECONDS=10");
        millis.addAndGet(2_000);
        assertEquals("12\n", run("echo $SECONDS").out());
    }

    @Test
    void linenoCountsTheLinesOfTheSession() {
        assertEquals("1\n", run("echo $LINENO").out());
        assertEquals("2\n", run("echo $LINENO").out());
        assertEquals("3\n5\n", run("echo $LINENO\n\necho $LINENO").out());
    }

    @Test
    void randomFollowsItsSeed() {
        shell.state().seedRandom(42);
        String first = run("echo $RANDOM $RANDOM").out();
        shell.state().seedRandom(42);
        assertEquals(first, run("echo $RANDOM $RANDOM").out());
        assertEquals("17772 26794\n", run("RANDOM=42; echo $RANDOM $RANDOM").out(), "bash 5.2's values for seed 42");
    }

    @Test
    void theErrTrapRunsForAFailureNothingTests() {
        CapturedOutput out = run("trap 'echo caught $?' ERR; hello; if hello; then :; fi; hello || true");
        assertEquals("hello\ncaught 3\nhello\nhello\n", out.out());
    }

    @Test
    void selectListsTheWordsAndReadsAChoice() {
        CapturedOutput out = run("select x in a b; do echo \"$x $REPLY\"; break; done <<< 2");
        assertEquals("b 2\n", out.out());
        assertEquals("1) a\n2) b\n#? ", out.err());
    }

    @Test
    void atTheLearnersPromptAJobIsAnnouncedAndReportedAfterTheNextLine() {
        shell.learnersPrompt();
        CapturedOutput started = run("hello &");
        assertEquals("hello\n", started.out());
        assertEquals("[1] 4243\n", started.err());
        CapturedOutput next = run("echo $!");
        assertEquals("4243\n", next.out());
        assertEquals("[1]+  Exit 3                  hello\n", next.err());
        assertEquals("", run("true").err(), "reported once");
        CapturedOutput two = run("true & false &");
        assertEquals("[1] 4244\n[2] 4245\n", two.err());
        assertEquals("[1]-  Done                    true\n[2]+  Exit 1                  false\n", run(":").err());
        assertEquals("bash: fg: current: no such job\n", run("fg").err());
    }

    @Test
    void aBackgroundJobPrintsBackAsTyped() {
        Ast ast = ((Parser.Command) Parser.of("a & b && c & d").next("bash")).ast();
        assertEquals("a & b && c & d", Printer.print(ast));
        assertEquals("if a & then b; fi", Printer.print(((Parser.Command) Parser.of("if a & then b; fi").next("bash")).ast()));
    }
}
