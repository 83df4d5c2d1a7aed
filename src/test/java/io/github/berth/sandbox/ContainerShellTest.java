package io.github.berth.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.shell.CapturedOutput;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One shell, a second place: {@code sh} inside alpine and busybox containers is berth's shell on the container's files. */
class ContainerShellTest {
    private final Sandbox sandbox = new Sandbox(4L, Map.of(), false);

    @BeforeEach
    void pull() {
        sandbox.run("docker pull -q alpine && docker pull -q busybox", new CapturedOutput());
    }

    private CapturedOutput run(String line, int expectedExit) {
        CapturedOutput out = new CapturedOutput();
        assertEquals(expectedExit, sandbox.run(line, out).record().exit(), line + "\n" + out.err());
        return out;
    }

    @Test
    void shDashCRunsTheScriptInTheContainer() {
        assertEquals("hi\n", run("docker run alpine sh -c 'echo hi'", 0).out());
        // every Linux image's root holds the usual directories
        assertEquals("bin\ndev\netc\n", run("docker run alpine sh -c 'ls / | head -3'", 0).out());
    }

    @Test
    void theScriptsStatusIsTheContainersExitCode() {
        run("docker run --name three alpine sh -c 'exit 3'", 3);
        assertTrue(run("docker ps -a", 0).out().contains("Exited (3)"));
    }

    @Test
    void busyboxAshWordsAMissingCommandItsOwnWay() {
        // busybox ash: "sh: nosuch: not found", status 127
        CapturedOutput out = run("docker run alpine sh -c nosuch", 127);
        assertEquals("sh: nosuch: not found\n", out.err());
    }

    @Test
    void appletsRunAsCommands() {
        assertEquals("hello world\n", run("docker run alpine echo hello world", 0).out());
        assertEquals("from busybox\n", run("docker run busybox echo from busybox", 0).out());
        run("docker run alpine false", 1);
    }

    @Test
    void alpineHasNoBash() {
        // moby/runc: the command is looked up on the container's $PATH (docker/cli run.go: 127)
        CapturedOutput out = run("docker run alpine bash", 127);
        assertTrue(out.err().contains("exec: \"bash\": executable file not found in $PATH: unknown"), out.err());
    }

    @Test
    void aContainerWritesOnlyItsOwnFiles() {
        run("docker run alpine sh -c 'mkdir /data && echo x > /data/f && cat /data/f'", 0);
        assertEquals("", run("ls", 0).out(), "the learner's workspace is untouched");
    }
}
