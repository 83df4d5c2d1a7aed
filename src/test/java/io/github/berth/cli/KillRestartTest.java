package io.github.berth.cli;

import static io.github.berth.cli.RunHelloWorldTest.GREETING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.cli.DockerSession.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * docker kill and docker restart. Sources: docker/cli v28.2.2 cli/command/container/kill.go and
 * restart.go (names printed, errors joined, status 1), moby v28.2.2 daemon/kill.go and
 * errors.go ("container ID is not running"), the kill route's "cannot kill container: NAME: "
 * wrapping (api/server/router/container/container_routes.go), daemon/restart.go ("Cannot restart
 * container NAME: …"). Help texts captured from the real docker 28.2.2 client.
 */
class KillRestartTest {
    private DockerSession s;

    @BeforeEach
    void fresh() {
        s = new DockerSession(false);
        s.docker("pull", "busybox");
    }

    private String status() {
        return PsCommand.status(s.engine.containers().get(0), s.clock.instant());
    }

    @Test
    void killEndsARunningContainerWith137() {
        s.docker("run", "-d", "--name", "nap", "busybox", "sleep", "100");
        assertEquals(new Result("nap\n", "", 0), s.docker("kill", "nap"));
        assertEquals("Exited (137) Less than a second ago", status());
    }

    @Test
    void sigtermIsIgnoredByPid1() {
        s.docker("run", "-d", "--name", "nap", "busybox", "sleep", "100");
        assertEquals(new Result("nap\n", "", 0), s.docker("container", "kill", "-s", "TERM", "nap"));
        assertEquals("Up Less than a second", status());
    }

    @Test
    void killOfAContainerThatIsNotRunning() {
        s.docker("run", "--name", "done", "hello-world");
        String id = s.engine.containers().get(0).id();
        assertEquals(new Result("", "Error response from daemon: cannot kill container: done: container " + id
                + " is not running\n", 1), s.docker("kill", "done"));
    }

    @Test
    void killOfAMissingContainer() {
        assertEquals(new Result("", "Error response from daemon: cannot kill container: x1: No such container: x1\n",
                1), s.docker("kill", "x1"));
    }

    @Test
    void restartRunsAnEndedContainerAgain() {
        s.docker("run", "--name", "hi", "hello-world");
        assertEquals(new Result("hi\n", "", 0), s.docker("restart", "hi"));
        assertEquals(new Result(GREETING + GREETING, "", 0), s.docker("logs", "hi"));
    }

    @Test
    void restartOfARunningSleep() {
        s.docker("run", "-d", "--name", "nap", "busybox", "sleep", "100");
        s.advance(50);
        assertEquals(new Result("nap\n", "", 0), s.docker("container", "restart", "nap"));
        assertEquals("Up Less than a second", status());
        s.advance(99);
        assertEquals("Up About a minute", status());
    }

    @Test
    void restartErrors() {
        s.docker("run", "--name", "bad", "busybox", "nosuch");
        assertEquals(new Result("", "Error response from daemon: No such container: x1\n"
                + "Error response from daemon: Cannot restart container bad: failed to create task for container:"
                + " failed to create shim task: OCI runtime create failed: runc create failed: unable to start"
                + " container process: error during container init: exec: \"nosuch\": executable file not found in"
                + " $PATH: unknown\n", 1), s.docker("restart", "x1", "bad"));
    }

    @Test
    void killHelp() {
        assertEquals(new Result("Usage:  docker kill [OPTIONS] CONTAINER [CONTAINER...]\n"
            + "\n"
            + "Kill one or more running containers\n"
            + "\n"
            + "Aliases:\n"
            + "  docker container kill, docker kill\n"
            + "\n"
            + "Options:\n"
            + "  -s, --signal string   Signal to send to the container\n", "", 0), s.docker("kill", "--help"));
    }

    @Test
    void restartHelp() {
        assertEquals(new Result("Usage:  docker restart [OPTIONS] CONTAINER [CONTAINER...]\n"
            + "\n"
            + "Restart one or more containers\n"
            + "\n"
            + "Aliases:\n"
            + "  docker container restart, docker restart\n"
            + "\n"
            + "Options:\n"
            + "  -s, --signal string   Signal to send to the container\n"
            + "  -t, --timeout int     Seconds to wait before killing the container\n", "", 0), s.docker("restart", "--help"));
    }
}
