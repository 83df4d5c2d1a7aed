package io.github.berth.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.berth.fs.MemoryFs;
import io.github.berth.shell.programs.Programs;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Signals a shell sends itself with {@code kill}: the corpus compares {@code bash -c} scripts with
 * bash; these are the cases bash -c cannot show: what the learner's interactive bash prints when a
 * shell it ran was killed, and that the learner's own prompt is not ended by a signal.
 */
class ShellSignalsTest {
    private final MemoryFs fs = new MemoryFs();
    private final Map<String, Program> programs = new HashMap<>(Programs.coreutils());

    ShellSignalsTest() {
        fs.mkdirs("/home/learner/app");
        Programs.coreutils().keySet().forEach(p -> fs.installProgram("/usr/bin/" + p, p));
        fs.installProgram("/bin/sh", "sh");
        programs.put("sh", new ShProgram(() -> programs));
    }

    private Shell prompt() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOME", "/home/learner");
        env.put("PATH", "/usr/bin:/bin");
        Shell shell = new Shell("bash", new ShellState(fs, "/home/learner/app", env), programs);
        shell.learnersPrompt();
        return shell;
    }

    @Test
    void aShellKilledBySignalIsReportedWithStrsignalsWords() {
        Shell shell = prompt();
        CapturedOutput out = new CapturedOutput();
        assertEquals(143, shell.run("sh -c 'kill $$; echo never'", out).status());
        assertEquals("", out.out());
        assertEquals("Terminated\n", out.err());
        CapturedOutput usr1 = new CapturedOutput();
        shell.run("sh -c 'kill -USR1 $$'; echo \"status $?\"", usr1);
        assertEquals("status 138\n", usr1.out());
        assertEquals("User defined signal 1\n", usr1.err());
        CapturedOutput interrupt = new CapturedOutput();
        shell.run("sh -c 'kill -INT $$'; echo \"status $?\"", interrupt);
        assertEquals("status 130\n", interrupt.out());
        assertEquals("", interrupt.err(), "bash reports no SIGINT");
    }

    @Test
    void theLearnersPromptSurvivesSignalsButRunsTheirTraps() {
        Shell shell = prompt();
        CapturedOutput out = new CapturedOutput();
        Shell.Outcome o = shell.run("kill $$; kill -USR1 $$; echo alive; trap 'echo caught' USR2; kill -USR2 $$", out);
        assertFalse(o.exitRequested());
        assertEquals("alive\ncaught\n", out.out());
        assertEquals(0, o.status());
    }
}
