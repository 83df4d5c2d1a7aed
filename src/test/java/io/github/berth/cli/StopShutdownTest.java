package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code docker stop} sends the container's stop signal (moby container.StopSignal: {@code -s},
 * else the image's STOPSIGNAL, else SIGTERM) and the official images' servers write their
 * shutdown lines and exit as they do on it (see engine.ContainerStops); processes without a
 * handler are killed after the timeout (137).
 */
class StopShutdownTest {
    private DockerSession s;

    @BeforeEach
    void fresh() {
        s = new DockerSession(false);
    }

    private String logTail(String name, int lines) {
        DockerSession.Result logs = s.docker("logs", name);
        String[] all = (logs.out() + logs.err()).split("\n");
        return String.join("\n", java.util.Arrays.asList(all).subList(all.length - lines, all.length)) + "\n";
    }

    private String exit(String name) {
        return s.docker("inspect", "-f", "{{.State.Status}} {{.State.ExitCode}}", name).out();
    }

    @Test
    void nginxShutsDownGracefullyOnSigquit() {
        s.docker("run", "-d", "--name", "web", "nginx");
        s.advance(2);
        assertEquals("web\n", s.docker("stop", "web").out());
        assertEquals("""
                2026/01/05 09:00:02 [notice] 1#1: signal 3 (SIGQUIT) received, shutting down
                2026/01/05 09:00:02 [notice] 29#29: gracefully shutting down
                2026/01/05 09:00:02 [notice] 30#30: gracefully shutting down
                2026/01/05 09:00:02 [notice] 29#29: exiting
                2026/01/05 09:00:02 [notice] 30#30: exiting
                2026/01/05 09:00:02 [notice] 29#29: exit
                2026/01/05 09:00:02 [notice] 30#30: exit
                2026/01/05 09:00:02 [notice] 1#1: signal 17 (SIGCHLD) received from 29
                2026/01/05 09:00:02 [notice] 1#1: worker process 29 exited with code 0
                2026/01/05 09:00:02 [notice] 1#1: worker process 30 exited with code 0
                2026/01/05 09:00:02 [notice] 1#1: exit
                """, logTail("web", 11));
        assertEquals("exited 0\n", exit("web"));
    }

    @Test
    void nginxExitsFastOnSigterm() {
        s.docker("run", "-d", "--name", "web", "nginx");
        s.docker("stop", "-s", "SIGTERM", "web");
        assertEquals("2026/01/05 09:00:00 [notice] 1#1: signal 15 (SIGTERM) received, exiting\n",
                logTail("web", 9).lines().findFirst().orElseThrow() + "\n");
        assertEquals("2026/01/05 09:00:00 [notice] 1#1: exit\n", logTail("web", 1));
        assertEquals("exited 0\n", exit("web"));
    }

    @Test
    void killWithTheStopSignalEndsTheServerAsStopDoes() {
        s.docker("run", "-d", "--name", "web", "nginx");
        assertEquals("web\n", s.docker("kill", "-s", "QUIT", "web").out());
        assertEquals("2026/01/05 09:00:00 [notice] 1#1: exit\n", logTail("web", 1));
        assertEquals("exited 0\n", exit("web"));
    }

    @Test
    void redisSavesAndExitsOnSigterm() {
        s.docker("run", "-d", "--name", "cache", "redis");
        s.docker("stop", "cache");
        assertEquals("""
                1:signal-handler (1767603600) Received SIGTERM scheduling shutdown...
                1:M 05 Jan 2026 09:00:00.000 * User requested shutdown...
                1:M 05 Jan 2026 09:00:00.000 * Saving the final RDB snapshot before exiting.
                1:M 05 Jan 2026 09:00:00.000 * DB saved on disk
                1:M 05 Jan 2026 09:00:00.000 # Redis is now ready to exit, bye bye...
                """, logTail("cache", 5));
        assertEquals("exited 0\n", exit("cache"));
    }

    @Test
    void mysqldShutsDownOnSigterm() {
        s.docker("run", "-d", "--name", "db", "-e", "MYSQL_ROOT_PASSWORD=secret", "mysql");
        s.docker("stop", "db");
        assertEquals("""
                2026-01-05T09:00:00.000000Z 0 [System] [MY-013172] [Server] Received SHUTDOWN from user <via user\
                 signal>. Shutting down mysqld (Version: 9.3.0).
                2026-01-05T09:00:00.000000Z 0 [System] [MY-010910] [Server] /usr/sbin/mysqld: Shutdown complete\
                 (mysqld 9.3.0)  MySQL Community Server - GPL.
                2026-01-05T09:00:00.000000Z 0 [System] [MY-015016] [Server] MySQL Server - end.
                """, logTail("db", 3));
        assertEquals("exited 0\n", exit("db"));
    }

    @Test
    void postgresTakesSigintAsItsStopSignal() {
        s.docker("run", "-d", "--name", "pg", "-e", "POSTGRES_PASSWORD=secret", "postgres");
        s.advance(5);
        s.docker("stop", "pg");
        assertEquals("2026-01-05 09:00:05.000 UTC [1] LOG:  received fast shutdown request\n",
                logTail("pg", 7).lines().findFirst().orElseThrow() + "\n");
        assertEquals("2026-01-05 09:00:05.000 UTC [1] LOG:  database system is shut down\n", logTail("pg", 1));
        assertEquals("exited 0\n", exit("pg"));
    }

    @Test
    void postgresSmartShutdownOnSigterm() {
        s.docker("run", "-d", "--name", "pg", "-e", "POSTGRES_PASSWORD=secret", "postgres");
        s.advance(5);
        s.docker("stop", "--signal", "TERM", "pg");
        assertEquals("""
                2026-01-05 09:00:05.000 UTC [1] LOG:  received smart shutdown request
                2026-01-05 09:00:05.000 UTC [1] LOG:  background worker "logical replication launcher" (PID 67)\
                 exited with exit code 1
                2026-01-05 09:00:05.000 UTC [62] LOG:  shutting down
                """, logTail("pg", 6).lines().limit(3).map(l -> l + "\n").reduce("", String::concat));
    }

    @Test
    void httpdStopsGracefullyOnSigwinch() {
        s.docker("run", "-d", "--name", "site", "httpd");
        s.docker("stop", "site");
        assertEquals("[Mon Jan 05 09:00:00.000000 2026] [mpm_event:notice] [pid 1:tid 1] AH00492: caught SIGWINCH,"
                + " shutting down gracefully\n", logTail("site", 1));
        assertEquals("exited 0\n", exit("site"));
    }

    @Test
    void aPythonServerIgnoresSigtermAndIsKilled() {
        s.docker("run", "-d", "--name", "py", "python:3.12", "python", "-m", "http.server");
        s.docker("stop", "py");
        assertEquals("exited 137\n", exit("py"));
        assertEquals("", s.docker("logs", "py").err());
    }

    @Test
    void sleepAsPid1IsKilledAfterTheTimeout() {
        s.docker("run", "-d", "--name", "nap", "busybox", "sleep", "1000");
        s.docker("stop", "nap");
        assertEquals("exited 137\n", exit("nap"));
    }

    @Test
    void anUnknownSignalIsTheDaemonsError() {
        // moby/sys/signal ParseSignal; daemon/stop.go and the kill route wrap it with the name
        s.docker("run", "-d", "--name", "web", "nginx");
        assertEquals(new DockerSession.Result("", "Error response from daemon: cannot stop container: web: invalid"
                + " signal: FOO\n", 1), s.docker("stop", "-s", "FOO", "web"));
        assertEquals("running 0\n", exit("web"));
        assertEquals(new DockerSession.Result("", "Error response from daemon: cannot kill container: web: invalid"
                + " signal: 0\n", 1), s.docker("kill", "-s", "0", "web"));
        assertEquals(new DockerSession.Result("", "Error response from daemon: cannot kill container: web: the linux"
                + " daemon does not support signal 99\n", 1), s.docker("kill", "-s", "99", "web"));
        assertEquals(new DockerSession.Result("web\n", "", 0), s.docker("kill", "-s", "sigrtmin+3", "web"));
        assertEquals("running 0\n", exit("web"));
    }

    @Test
    void restartWritesTheShutdownThenStartsAgain() {
        s.docker("run", "-d", "--name", "cache", "redis");
        s.docker("restart", "cache");
        assertEquals("running 0\n", exit("cache"));
        assertEquals(2, s.docker("logs", "cache").out().split("Received SIGTERM scheduling shutdown", -1).length);
    }
}
