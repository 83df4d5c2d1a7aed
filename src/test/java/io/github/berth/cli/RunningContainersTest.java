package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.cli.DockerSession.Result;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A container that keeps running: {@code sleep N} started in the background, on the test's
 * clock. Sources: moby v28.2.2 daemon/delete.go (removing a running container without -f),
 * daemon/stop.go (SIGTERM, then SIGKILL after the timeout; PID 1 ignores an unhandled SIGTERM,
 * so sleep ends with 137), container/state.go ("Up …", "Exited (137) …"), daemon/start.go
 * (AutoRemove when the process ends), docker/cli container/stop.go and rm.go (names printed).
 */
class RunningContainersTest {
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
    void sleepKeepsTheContainerRunningUntilItsTimeIsUp() {
        Result run = s.docker("run", "-d", "--name", "nap", "busybox", "sleep", "100");
        assertEquals(0, run.exit());
        assertEquals(s.engine.containers().get(0).id() + "\n", run.out());
        assertEquals("Up Less than a second", status());
        s.advance(30);
        assertEquals("Up 30 seconds", status());
        assertEquals(1, s.docker("ps", "-q").out().lines().count());
        s.advance(75);
        assertEquals("Exited (0) 5 seconds ago", status());
        assertEquals("", s.docker("ps", "-q").out());
    }

    @Test
    void rmRefusesARunningContainer() {
        s.docker("run", "-d", "--name", "nap", "busybox", "sleep", "100");
        assertEquals(new Result("", "Error response from daemon: cannot remove container \"nap\": container is"
                + " running: stop the container before removing or force remove\n", 1), s.docker("rm", "nap"));
        String prefix = s.engine.containers().get(0).id().substring(0, 4);
        assertEquals(new Result("", "Error response from daemon: cannot remove container \"" + prefix + "\":"
                + " container is running: stop the container before removing or force remove\n", 1),
                s.docker("container", "rm", prefix));
        assertEquals(1, s.engine.containers().size());
    }

    @Test
    void rmForceKillsAndRemoves() {
        s.docker("run", "-d", "--name", "nap", "busybox", "sleep", "infinity");
        assertEquals(new Result("nap\n", "", 0), s.docker("rm", "-f", "nap"));
        assertEquals(List.of(), s.engine.containers());
    }

    @Test
    void stopEndsItWithSigkillsStatus() {
        s.docker("run", "-d", "--name", "nap", "busybox", "sleep", "1000");
        s.advance(10);
        assertEquals(new Result("nap\n", "", 0), s.docker("stop", "-t", "2", "nap"));
        assertEquals("Exited (137) Less than a second ago", status());
        assertEquals(new Result("nap\n", "", 0), s.docker("rm", "nap"));
    }

    @Test
    void startAgainRunsAnotherNap() {
        s.docker("run", "-d", "--name", "nap", "busybox", "sleep", "60");
        assertEquals(new Result("nap\n", "", 0), s.docker("start", "nap"));
        s.advance(60);
        assertEquals("Exited (0) Less than a second ago", status());
        assertEquals(new Result("nap\n", "", 0), s.docker("start", "nap"));
        assertEquals("Up Less than a second", status());
    }

    @Test
    void autoRemoveWhenItEnds() {
        s.docker("run", "-d", "--rm", "busybox", "sleep", "5");
        assertEquals(1, s.engine.containers().size());
        s.advance(5);
        assertEquals(List.of(), s.engine.containers());
    }

    @Test
    void inspectShowsItRunning() {
        s.docker("run", "-d", "--name", "nap", "busybox", "sleep", "5m");
        assertEquals(new Result("running true 0001-01-01T00:00:00Z\n", "", 0),
                s.docker("inspect", "-f", "{{.State.Status}} {{.State.Running}} {{.State.FinishedAt}}", "nap"));
    }

    @Test
    void inTheForegroundItEndsAtOnce() {
        // berth does not hold the terminal for the sleep's duration: the run returns at once
        assertEquals(new Result("", "", 0), s.docker("run", "busybox", "sleep", "5"));
        assertEquals("Exited (0) Less than a second ago", status());
    }

    /** A sleep that ends before the SIGKILL would come exits by itself, with status 0. */
    @Test
    void stopWaitsForASleepThatEndsWithinTheTimeout() {
        s.docker("run", "-d", "--name", "nap", "busybox", "sleep", "30");
        s.advance(25);
        assertEquals(new Result("nap\n", "", 0), s.docker("stop", "nap"));
        assertEquals("Exited (0) Less than a second ago", status());
        s.docker("start", "nap");
        assertEquals(new Result("nap\n", "", 0), s.docker("stop", "--timeout", "-1", "nap"));
        assertEquals("Exited (0) Less than a second ago", status());
    }
}
