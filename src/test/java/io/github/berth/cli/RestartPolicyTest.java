package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.cli.DockerSession.Result;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Restart policies acted on. Sources: moby v28.2.2 restartmanager/restartmanager.go (100 ms
 * backoff doubling to 1 min, reset after 10 s up; on-failure only for non-zero exits, at most N),
 * daemon/monitor.go (RestartCount grows when the restart is decided; State.Restarting with the
 * exit code and FinishedAt), container/state.go String() ("Restarting (3) 11 seconds ago"),
 * daemon/kill.go (stop and kill with the stop signal cancel the manager: ExitOnNext),
 * daemon/start.go (a manual start resets RestartCount), daemon/delete.go ("container is
 * restarting: stop the container before removing or force remove"), daemon/errors.go
 * errContainerIsRestarting.
 */
class RestartPolicyTest {
    private DockerSession s;

    @BeforeEach
    void fresh() {
        s = new DockerSession(false);
        s.docker("pull", "busybox");
    }

    private String inspect(String format, String name) {
        return s.docker("inspect", "-f", format, name).out();
    }

    private void advanceMillis(long ms) {
        s.clock.advance(Duration.ofMillis(ms));
    }

    @Test
    void alwaysRestartsAProcessThatEndsWithBackoffDoubling() {
        s.docker("run", "-d", "--name", "loop", "--restart", "always", "busybox", "sh", "-c", "echo hi; exit 3");
        assertEquals("restarting true true 1 3\n",
                inspect("{{.State.Status}} {{.State.Running}} {{.State.Restarting}} {{.RestartCount}} {{.State.ExitCode}}",
                        "loop"));
        assertEquals("loop Restarting (3) Less than a second ago\n",
                s.docker("ps", "--format", "{{.Names}} {{.Status}}").out());
        advanceMillis(100); // the restart at 100 ms runs it again; the next one is 200 ms later
        assertEquals("2\n", inspect("{{.RestartCount}}", "loop"));
        advanceMillis(199);
        assertEquals("2\n", inspect("{{.RestartCount}}", "loop"));
        advanceMillis(1);
        assertEquals("3\n", inspect("{{.RestartCount}}", "loop"));
        // restarts at 0.1, 0.3, 0.7, 1.5, 3.1, 6.3, 12.7 and 25.5 s; the ninth is due at 51.1 s
        s.clock.advance(Duration.ofMillis(37_000 - 300));
        assertEquals("9\n", inspect("{{.RestartCount}}", "loop"));
        assertEquals("Restarting (3) 11 seconds ago\n", s.docker("ps", "--format", "{{.Status}}").out());
        assertEquals("hi\n".repeat(9), s.docker("logs", "loop").out());
        assertEquals("loop\n", s.docker("ps", "--filter", "status=restarting", "--format", "{{.Names}}").out());
        assertEquals("", s.docker("ps", "--filter", "status=exited", "--format", "{{.Names}}").out());
    }

    @Test
    void theBackoffReachesOneMinute() {
        s.docker("run", "-d", "--name", "loop", "--restart", "unless-stopped", "busybox", "false");
        s.advance(3600);
        // exits at 0, 0.1, 0.3 … 102.3 s (backoffs of 0.1 … 51.2 s), then every minute: 11 + 58 by the hour
        assertEquals("69\n", inspect("{{.RestartCount}}", "loop"));
        assertEquals("Restarting (1) 17 seconds ago\n", s.docker("ps", "--format", "{{.Status}}").out());
    }

    @Test
    void onFailureRestartsOnlyForNonZeroCodesAndUpToItsCount() {
        assertEquals(1, s.docker("run", "--name", "fails", "--restart", "on-failure:3", "busybox", "false").exit());
        s.advance(600);
        assertEquals("exited 1 3\n", inspect("{{.State.Status}} {{.State.ExitCode}} {{.RestartCount}}", "fails"));
        s.docker("run", "--name", "works", "--restart", "on-failure", "busybox", "true");
        assertEquals("exited 0 0\n", inspect("{{.State.Status}} {{.State.ExitCode}} {{.RestartCount}}", "works"));
        s.docker("run", "--name", "never", "busybox", "false");
        assertEquals("exited 0\n", inspect("{{.State.Status}} {{.RestartCount}}", "never"));
    }

    @Test
    void aRestartingContainerCannotBeRemovedExecutedInOrPausedButCanBeStopped() {
        s.docker("run", "-d", "--name", "loop", "--restart", "always", "busybox", "sh", "-c", "exit 3");
        String id = s.engine.containers().get(0).id();
        assertEquals(new Result("", "Error response from daemon: cannot remove container \"loop\": container is"
                + " restarting: stop the container before removing or force remove\n", 1), s.docker("rm", "loop"));
        String restarting = "Error response from daemon: Container " + id
                + " is restarting, wait until the container is running\n";
        assertEquals(restarting, s.docker("exec", "loop", "ls").err());
        assertEquals(restarting, s.docker("pause", "loop").err());
        s.advance(5);
        assertEquals(new Result("loop\n", "", 0), s.docker("stop", "loop"));
        assertEquals("exited 3 6\n", inspect("{{.State.Status}} {{.State.ExitCode}} {{.RestartCount}}", "loop"));
        s.advance(100);
        assertEquals("Exited (3) About a minute ago\n", s.docker("ps", "-a", "--format", "{{.Status}}").out());
    }

    @Test
    void rmForceRemovesARestartingContainer() {
        s.docker("run", "-d", "--name", "loop", "--restart", "always", "busybox", "false");
        assertEquals(new Result("loop\n", "", 0), s.docker("rm", "-f", "loop"));
        assertEquals("", s.docker("ps", "-aq").out());
    }

    @Test
    void stopAndKillAreNotUndoneByThePolicy() {
        s.docker("run", "-d", "--name", "nap", "--restart", "always", "busybox", "sleep", "100");
        s.docker("stop", "nap");
        s.advance(60);
        assertEquals("exited 137 0\n", inspect("{{.State.Status}} {{.State.ExitCode}} {{.RestartCount}}", "nap"));
        s.docker("run", "-d", "--name", "nap2", "--restart", "always", "busybox", "sleep", "100");
        s.docker("kill", "nap2");
        s.advance(60);
        assertEquals("exited 137\n", inspect("{{.State.Status}} {{.State.ExitCode}}", "nap2"));
    }

    @Test
    void anySignalCancelsThePolicyOfAnImageWithoutStopSignal() {
        // daemon/kill.go: ExitOnNext when the container has no StopSignal; sleep ignores SIGHUP as PID 1
        s.docker("run", "-d", "--name", "nap", "--restart", "always", "busybox", "sleep", "5");
        s.docker("kill", "-s", "HUP", "nap");
        s.advance(60);
        assertEquals("exited 0 0\n", inspect("{{.State.Status}} {{.State.ExitCode}} {{.RestartCount}}", "nap"));
    }

    @Test
    void aManualStartResetsTheCount() {
        s.docker("run", "-d", "--name", "loop", "--restart", "always", "busybox", "false");
        s.advance(10);
        s.docker("stop", "loop");
        assertEquals("7\n", inspect("{{.RestartCount}}", "loop"));
        s.docker("start", "loop");
        assertEquals("restarting 1\n", inspect("{{.State.Status}} {{.RestartCount}}", "loop"));
    }

    @Test
    void aProcessUpTenSecondsOrMoreResetsTheBackoff() {
        s.docker("run", "-d", "--name", "nap", "--restart", "always", "busybox", "sleep", "15");
        s.advance(16); // ends at 15 s, starts again at 15.1 s
        assertEquals("running 1 2026-01-05T09:00:15.1Z\n",
                inspect("{{.State.Status}} {{.RestartCount}} {{.State.StartedAt}}", "nap"));
        s.advance(15); // ends at 30.1 s, up 15 s: 100 ms again
        assertEquals("running 2 2026-01-05T09:00:30.2Z\n",
                inspect("{{.State.Status}} {{.RestartCount}} {{.State.StartedAt}}", "nap"));
        assertEquals("nap Up Less than a second\n", s.docker("ps", "--format", "{{.Names}} {{.Status}}").out());
    }

    @Test
    void aShortProcessKeepsDoubling() {
        s.docker("run", "-d", "--name", "nap", "--restart", "always", "busybox", "sleep", "5");
        s.advance(12); // 5 → 5.1 (100 ms), 10.1 → 10.3 (200 ms)
        assertEquals("running 2 2026-01-05T09:00:10.3Z\n",
                inspect("{{.State.Status}} {{.RestartCount}} {{.State.StartedAt}}", "nap"));
    }

    @Test
    void killOfARestartingContainerEndsItWithItsLastCode() {
        s.docker("run", "-d", "--name", "loop", "--restart", "on-failure", "busybox", "sh", "-c", "exit 4");
        assertEquals(new Result("loop\n", "", 0), s.docker("kill", "loop"));
        s.advance(60);
        assertEquals("exited 4 1\n", inspect("{{.State.Status}} {{.State.ExitCode}} {{.RestartCount}}", "loop"));
    }

    @Test
    void dockerRestartOfARestartingContainerStartsItAfreshByHand() {
        s.docker("run", "-d", "--name", "nap", "--restart", "always", "busybox", "sh", "-c", "exit 2");
        s.advance(5);
        assertEquals(new Result("nap\n", "", 0), s.docker("restart", "nap"));
        assertEquals("restarting 1 2\n", inspect("{{.State.Status}} {{.RestartCount}} {{.State.ExitCode}}", "nap"));
    }

    @Test
    void waitOnARestartingContainerReturnsAtItsNextExit() {
        s.docker("run", "-d", "--name", "loop", "--restart", "always", "busybox", "sh", "-c", "echo run; exit 5");
        assertEquals(new Result("5\n", "", 0), s.docker("wait", "loop"));
        assertEquals("run\nrun\n", s.docker("logs", "loop").out());
        assertEquals("2\n", inspect("{{.RestartCount}}", "loop"));
        s.docker("run", "-d", "--name", "nap", "--restart", "on-failure:1", "busybox", "sh", "-c", "exit 6");
        assertEquals(new Result("6\n", "", 0), s.docker("wait", "nap"));
        assertEquals("exited 1\n", inspect("{{.State.Status}} {{.RestartCount}}", "nap"));
    }

    @Test
    void restartAndRmConflictAsDockerSays() {
        assertEquals(new Result("", "docker: conflicting options: cannot specify both --restart and --rm\n\n"
                + "Run 'docker run --help' for more information\n", 125),
                s.docker("run", "--rm", "--restart", "always", "busybox"));
    }
}
