package io.github.berth.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.shell.CapturedOutput;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The learner's host has the everyday tools on $PATH, and their output can be piped and redirected. */
class SandboxShellTest {
    private final Sandbox sandbox = new Sandbox(1L,
            Map.of("requirements.txt", "flask\nrequests\n".getBytes(StandardCharsets.UTF_8)), false);

    private CapturedOutput run(String line) {
        CapturedOutput out = new CapturedOutput();
        sandbox.run(line, out);
        return out;
    }

    @Test
    void coreutilsAreInUsrBin() {
        assertEquals("requirements.txt\n", run("ls").out());
        assertEquals("basename\nbash\ncat\n", run("ls /usr/bin | head -n 3").out());
        assertEquals("bash: nosuch: command not found\n", run("nosuch").err());
    }

    @Test
    void pipesAndRedirectionsWorkOnTheWorkspace() {
        assertEquals("", run("grep -c flask requirements.txt > count.txt").out());
        assertEquals("1\n", run("cat count.txt").out());
        assertEquals("FLASK\nREQUESTS\n", run("sort requirements.txt | tr a-z A-Z").out());
        CapturedOutput missing = run("cat nosuch 2>&1 | wc -l");
        assertEquals("1\n", missing.out());
        assertEquals(0, sandbox.history().get(sandbox.history().size() - 1).exit());
    }

    @Test
    void dockerOutputCanBePipedAndRedirected() {
        assertEquals("1\n", run("docker ps | wc -l").out());
        assertEquals("", run("docker ps -a > ps.txt").out());
        assertEquals("CONTAINER ID\n", run("cut -c1-12 ps.txt").out());
        CapturedOutput bad = run("docker nosuch 2>&1 | head -n 1");
        assertEquals("", bad.err());
        assertEquals("docker: unknown command: docker nosuch\n", bad.out());
    }
}
