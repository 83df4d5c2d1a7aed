package io.github.berth.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.shell.CapturedOutput;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Commands that hold the prompt, and Ctrl-C. In a sandbox with no console, Ctrl-C comes at once
 * ({@code Foreground.IMMEDIATE}); here a counting stand-in says how many times docker waited for
 * it. The client's behaviour (exit codes, the echoed {@code ^C}, "got 3 SIGTERM/SIGINTs") was
 * recorded from the docker 28.2.2 client in tmux against a stand-in daemon; the servers'
 * shutdown lines are the official images' (see engine.Interrupts).
 */
class ForegroundTest {
    private static final String NGINX_SHUTDOWN = """
            %1$s [notice] 1#1: signal 2 (SIGINT) received, exiting
            %1$s [notice] 29#29: exiting
            %1$s [notice] 30#30: exiting
            %1$s [notice] 29#29: exit
            %1$s [notice] 30#30: exit
            %1$s [notice] 1#1: signal 17 (SIGCHLD) received from 29
            %1$s [notice] 1#1: worker process 29 exited with code 0
            %1$s [notice] 1#1: worker process 30 exited with code 0
            %1$s [notice] 1#1: exit
            """;

    private final Sandbox sandbox = new Sandbox(1L, Map.of(), false);
    private int presses;

    ForegroundTest() {
        sandbox.foreground(() -> presses++);
        run("docker pull -q nginx", 0);
    }

    private CapturedOutput run(String line, int expectedExit) {
        CapturedOutput out = new CapturedOutput();
        assertEquals(expectedExit, sandbox.run(line, out).record().exit(), line + "\n" + out.out() + out.err());
        return out;
    }

    private String status(String name) {
        return run("docker ps -a --filter name=^" + name + "$ --format '{{.Status}}'", 0).out();
    }

    @Test
    void logsFollowHoldsUntilCtrlCThenEndsWith130AndTheContainerRunsOn() {
        run("docker run -d --name web nginx", 0);
        presses = 0;
        CapturedOutput out = run("docker logs -f web", 130);
        assertTrue(out.out().endsWith("/docker-entrypoint.sh: Configuration complete; ready for start up\n^C"),
                out.out());
        assertTrue(out.err().endsWith("[notice] 1#1: start worker process 30\n"), out.err());
        assertEquals(1, presses);
        assertEquals("Up 2 seconds\n", status("web"));
    }

    @Test
    void aListGoesOnAfterCtrlCBecauseDockerExitsRatherThanDyingOfTheSignal() {
        run("docker run -d --name web nginx", 0);
        assertTrue(run("docker logs -f web; echo after=$?", 0).out().endsWith("^Cafter=130\n"));
        assertEquals("^Cafter=130\n", run("docker wait web; echo after=$?", 0).out());
    }

    @Test
    void logsFollowOfAStoppedContainerOrOneThatEndsByItselfDoesNotHold() {
        run("docker run -d --name nap busybox sleep 30", 0);
        run("docker run --name hi hello-world", 0);
        presses = 0;
        run("docker logs -f hi", 0);
        run("docker logs -f nap", 0);
        assertEquals(0, presses);
        assertTrue(status("nap").startsWith("Exited (0)"), status("nap"));
    }

    @Test
    void aForegroundNginxStopsOnCtrlCWithItsShutdownLines() {
        presses = 0;
        CapturedOutput out = run("docker run --name fg -p 8080:80 nginx", 0);
        assertEquals(1, presses);
        assertTrue(out.out().endsWith("ready for start up\n^C"), out.out());
        assertTrue(out.err().endsWith("[notice] 1#1: start worker process 30\n"
                + NGINX_SHUTDOWN.formatted("2026/01/05 09:00:02")), out.err());
        assertTrue(status("fg").startsWith("Exited (0) "), status("fg"));
        run("curl -s localhost:8080", 7);
        // the json-file log keeps the shutdown too
        assertTrue(run("docker logs fg", 0).err().endsWith(NGINX_SHUTDOWN.formatted("2026/01/05 09:00:02")));
    }

    @Test
    void withRmTheContainerIsGoneAfterCtrlC() {
        run("docker run --rm --name gone nginx", 0);
        assertEquals("", status("gone"));
    }

    @Test
    void withoutSigProxyCtrlCOnlyReachesTheClientWhichGivesUpAfterThree() {
        presses = 0;
        CapturedOutput out = run("docker run --sig-proxy=false --name fg nginx", 1);
        assertEquals(3, presses);
        assertTrue(out.out().endsWith("ready for start up\n^C^C^C"), out.out());
        assertTrue(out.err().endsWith("start worker process 30\n\ngot 3 SIGTERM/SIGINTs, forcefully exiting\n"),
                out.err());
        assertTrue(status("fg").startsWith("Up "), status("fg"));
    }

    @Test
    void mysqldIgnoresSigintSoDockerGivesUpAfterThreeAndTheServerRunsOn() {
        presses = 0;
        CapturedOutput out = run("docker run --name db -e MYSQL_ROOT_PASSWORD=pw mysql", 1);
        assertEquals(3, presses);
        assertTrue(out.out().endsWith("^C^C^C"), out.out());
        assertTrue(out.err().endsWith("\ngot 3 SIGTERM/SIGINTs, forcefully exiting\n"), out.err());
        assertTrue(status("db").startsWith("Up "), status("db"));
    }

    @Test
    void redisSavesItsSnapshotAndSaysByeBye() {
        CapturedOutput out = run("docker run --name cache redis", 0);
        long epoch = java.time.Instant.parse("2026-01-05T09:00:02Z").getEpochSecond();
        assertTrue(out.out().endsWith("Ready to accept connections tcp\n^C1:signal-handler (" + epoch + ") Received"
                + " SIGINT scheduling shutdown...\n"
                + "1:M 05 Jan 2026 09:00:02.000 * User requested shutdown...\n"
                + "1:M 05 Jan 2026 09:00:02.000 * Saving the final RDB snapshot before exiting.\n"
                + "1:M 05 Jan 2026 09:00:02.000 * DB saved on disk\n"
                + "1:M 05 Jan 2026 09:00:02.000 # Redis is now ready to exit, bye bye...\n"), out.out());
        assertTrue(status("cache").startsWith("Exited (0) "));
    }

    @Test
    void httpdSaysItCaughtSigterm() {
        CapturedOutput out = run("docker run --name web httpd", 0);
        assertTrue(out.err().endsWith("[Mon Jan 05 09:00:02.000000 2026] [mpm_event:notice] [pid 1:tid 1] AH00491:"
                + " caught SIGTERM, shutting down\n"), out.err());
    }

    @Test
    void postgresMakesAFastShutdown() {
        CapturedOutput out = run("docker run --name db -e POSTGRES_PASSWORD=pw postgres", 0);
        assertTrue(out.out().endsWith("^C"), out.out());
        assertTrue(out.err().contains("ready to accept connections\n2026-01-05 09:00:02.000 UTC [1] LOG:  received"
                + " fast shutdown request\n"), out.err());
        assertTrue(out.err().endsWith("2026-01-05 09:00:02.000 UTC [1] LOG:  database system is shut down\n"));
        assertTrue(status("db").startsWith("Exited (0) "));
    }

    @Test
    void pythonsHttpServerFlushesItsBannerAndReportsTheKeyboardInterrupt() {
        CapturedOutput out = run("docker run --name py python:3.12 python -m http.server", 0);
        assertTrue(out.out().endsWith("^CServing HTTP on 0.0.0.0 port 8000 (http://0.0.0.0:8000/) ...\n\n"
                + "Keyboard interrupt received, exiting.\n"), out.out());
        CapturedOutput unbuffered = run("docker run -e PYTHONUNBUFFERED=1 python:3.12 python -m http.server 9000", 0);
        assertEquals("Serving HTTP on 0.0.0.0 port 9000 (http://0.0.0.0:9000/) ...\n^C\n"
                + "Keyboard interrupt received, exiting.\n", unbuffered.out().substring(unbuffered.out().indexOf("Serving")));
    }

    @Test
    void aPlainPythonServerScriptDiesOfTheKeyboardInterrupt() {
        run("printf 'from http.server import HTTPServer, BaseHTTPRequestHandler\\n\\n"
                + "HTTPServer((\"\", 8000), BaseHTTPRequestHandler).serve_forever()\\n' > server.py", 0);
        run("printf 'FROM python:3.12\\nWORKDIR /srv\\nCOPY server.py .\\nCMD [\"python\", \"server.py\"]\\n'"
                + " > Dockerfile && docker build -q -t plain . >/dev/null", 0);
        CapturedOutput out = run("docker run --name py plain", 130);
        assertEquals("""
                Traceback (most recent call last):
                  File "/srv/server.py", line 3, in <module>
                    HTTPServer(("", 8000), BaseHTTPRequestHandler).serve_forever()
                  File "/usr/local/lib/python3.12/socketserver.py", line 235, in serve_forever
                    ready = selector.select(poll_interval)
                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                  File "/usr/local/lib/python3.12/selectors.py", line 415, in select
                    fd_event_list = self._selector.poll(timeout)
                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                KeyboardInterrupt
                """, out.err());
        assertTrue(status("py").startsWith("Exited (130) "), status("py"));
    }

    @Test
    void waitHoldsOnAServerAndReturnsAtOnceForOneThatEnds() {
        run("docker run -d --name web nginx", 0);
        run("docker run -d --name nap busybox sleep 5", 0);
        presses = 0;
        assertEquals("0\n", run("docker wait nap", 0).out());
        assertEquals(0, presses);
        CapturedOutput out = run("docker wait nap web", 130);
        assertEquals("0\n^C", out.out());
        assertEquals("", out.err());
        assertEquals(1, presses);
        assertTrue(status("web").startsWith("Up "));
    }

    @Test
    void attachRefusesAStoppedOrPausedContainer() {
        run("docker create --name made nginx", 0);
        assertEquals("You cannot attach to a stopped container, start it first\n",
                run("docker attach made", 1).err());
        assertEquals("Error response from daemon: No such container: nope\n", run("docker attach nope", 1).err());
        run("docker start made", 0);
        run("docker pause made", 0);
        assertEquals("You cannot attach to a paused container, unpause it first\n",
                run("docker container attach made", 1).err());
        assertEquals("""
                docker: 'docker attach' requires 1 argument

                Usage:  docker attach [OPTIONS] CONTAINER

                Run 'docker attach --help' for more information
                """, run("docker attach", 1).err());
    }

    @Test
    void attachShowsNothingEarlierAndCtrlCStopsTheServer() {
        run("docker run -d --name web nginx", 0);
        presses = 0;
        CapturedOutput out = run("docker attach web", 0);
        assertEquals("^C", out.out());
        assertEquals(NGINX_SHUTDOWN.formatted("2026/01/05 09:00:03"), out.err());
        assertEquals(1, presses);
        assertTrue(status("web").startsWith("Exited (0) "));
    }

    @Test
    void attachWithoutSigProxyTakesThreeAndLeavesItRunning() {
        run("docker run -d --name web nginx", 0);
        CapturedOutput out = run("docker attach --sig-proxy=false web", 1);
        assertEquals("^C^C^C", out.out());
        assertEquals("\ngot 3 SIGTERM/SIGINTs, forcefully exiting\n", out.err());
        assertTrue(status("web").startsWith("Up "));
    }

    @Test
    void startAttachedHoldsLikeRun() {
        run("docker create --name web nginx", 0);
        presses = 0;
        CapturedOutput out = run("docker start -a web", 0);
        assertEquals(1, presses);
        assertTrue(out.err().endsWith(NGINX_SHUTDOWN.formatted("2026/01/05 09:00:03")), out.err());
    }

    @Test
    void undoReplaysAHeldCommandToTheSameState() {
        Sandbox live = new Sandbox(null, Map.of(), true);
        live.foreground(() -> {
            try {
                Thread.sleep(30); // the learner takes a moment before Ctrl-C
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        live.run("docker run --name fg nginx", new CapturedOutput());
        live.run("touch x", new CapturedOutput());
        CapturedOutput before = new CapturedOutput();
        live.run("docker logs -t fg", before);
        Sandbox replayed = live.undoLast().sandbox();
        CapturedOutput after = new CapturedOutput();
        replayed.run("docker logs -t fg", after);
        assertEquals(before.err(), after.err());
        assertTrue(after.err().contains("signal 2 (SIGINT) received, exiting"), after.err());
    }
}
