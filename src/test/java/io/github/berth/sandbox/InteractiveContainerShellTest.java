package io.github.berth.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.shell.CapturedOutput;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code docker run -it IMAGE sh|bash} and {@code docker exec -it C sh} in a terminal: lines run in
 * the container's shell until exit, with bash's {@code root@HOST:DIR# } prompt or busybox ash's
 * {@code DIR # }; leaving a {@code run -it} shell ends the container with the shell's status.
 */
class InteractiveContainerShellTest {
    private final Sandbox sandbox = new Sandbox(1L, Map.of(), true);

    private CapturedOutput run(String line, int expectedExit) {
        CapturedOutput out = new CapturedOutput();
        assertEquals(expectedExit, sandbox.run(line, out).record().exit(), line + "\n" + out.out() + out.err());
        return out;
    }

    @Test
    void runItBashOpensAShellInTheContainerUntilExit() {
        run("docker pull -q ubuntu", 0);
        run("docker run -it --name ub ubuntu bash", 0);
        assertTrue(sandbox.inContainerShell());
        String id = sandbox.engine().containers().get(0).shortId();
        assertEquals("root@" + id + ":/# ", sandbox.prompt());
        assertEquals("PRETTY_NAME=\"Ubuntu 24.04.2 LTS\"\n", run("head -n 1 /etc/os-release", 0).out());
        // inside the container there is no docker
        assertEquals("bash: docker: command not found\n", run("docker ps", 127).err());
        run("cd /tmp", 0);
        assertEquals("root@" + id + ":/tmp# ", sandbox.prompt());
        CapturedOutput exit = new CapturedOutput();
        Sandbox.Result left = sandbox.run("exit 3", exit);
        assertFalse(left.exitRequested());
        assertFalse(sandbox.inContainerShell());
        assertEquals("learner@berth:~/app$ ", sandbox.prompt());
        assertTrue(run("docker ps -a", 0).out().contains("Exited (3)"));
    }

    @Test
    void execItOpensAshInARunningAlpineAndLeavesItRunning() {
        run("docker pull -q alpine", 0);
        run("docker run -dit --name box alpine", 0);
        run("docker exec -it box sh", 0);
        assertEquals("/ # ", sandbox.prompt());
        run("echo inside > /made-here", 0);
        assertTrue(sandbox.leaveContainerShell());
        assertEquals("inside\n", run("docker exec box cat /made-here", 0).out());
        assertTrue(run("docker ps", 0).out().contains("Up "));
    }

    @Test
    void dashIAloneAtATerminalPrintsNoPrompt() {
        run("docker pull -q alpine", 0);
        run("docker run -i alpine sh", 0);
        assertTrue(sandbox.inContainerShell());
        assertEquals("", sandbox.prompt());
        assertEquals("hi\n", run("echo hi", 0).out());
        assertTrue(sandbox.leaveContainerShell());
        assertTrue(run("docker ps -a", 0).out().contains("Exited (0)"));
    }

    @Test
    void dashIGivesTheProcessWhatIsPipedToDocker() {
        Sandbox piped = new Sandbox(1L, Map.of(), false);
        piped.run("docker pull -q alpine", new CapturedOutput());
        CapturedOutput out = new CapturedOutput();
        piped.run("echo 'echo from stdin' | docker run -i alpine sh", out);
        assertEquals("from stdin\n", out.out());
        CapturedOutput without = new CapturedOutput();
        piped.run("echo 'echo lost' | docker run alpine sh", without);
        assertEquals("", without.out());
    }

    /** bash's \\u is the passwd name of the uid ("I have no name!" without one) and \\$ is $ for all but root. */
    @Test
    void aShellAsAnotherUserPromptsAsBashAndAshDo() {
        run("docker pull -q ubuntu", 0);
        run("docker run -it -u 1001 --name ub ubuntu bash", 0);
        String id = sandbox.engine().containers().get(0).shortId();
        assertEquals("I have no name!@" + id + ":/$ ", sandbox.prompt());
        run("exit", 0);
        // ubuntu:24.04 has its own user, ubuntu (1000), whose home is /home/ubuntu
        run("docker run -it -u 1000 -w /home/ubuntu ubuntu bash", 0);
        String second = sandbox.engine().containers().get(0).shortId();
        assertEquals("ubuntu@" + second + ":~$ ", sandbox.prompt());
        run("exit", 0);
        run("docker run -d --name box alpine sleep 1000", 0);
        run("docker exec -it -u nobody box sh", 0);
        assertEquals("/ $ ", sandbox.prompt());
        assertEquals("nobody\n", run("whoami", 0).out());
        run("exit", 0);
        run("docker exec -it box sh", 0);
        assertEquals("/ # ", sandbox.prompt());
    }
}
