package io.github.berth.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands that hold the prompt, on a real terminal emulator (tmux): {@code docker logs -f}
 * shows the logs and no prompt until C-c, after which the container still runs; a foreground
 * {@code docker run nginx} stops on C-c with its shutdown lines, and the status bar stays.
 * Skipped without tmux.
 */
class ForegroundIT {
    private static final String PROMPT = "learner@berth:~/app$";
    /** What the lesson's status bar ends with. */
    private static final String STATUS_MARK = "`help` for commands";

    @TempDir
    Path home;

    private String socket;

    @BeforeEach
    void needsTmux() {
        assumeTrue(Processes.available("tmux"), "tmux is not installed: the terminal end-to-end test is skipped");
        socket = "berth-foreground-it-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    }

    @AfterEach
    void killServer() throws Exception {
        if (socket != null) {
            Processes.killTmux(socket);
        }
    }

    private Processes.Result tmux(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
        command.addAll(List.of(args));
        return Processes.run(command, "", Map.of(), Path.of("."));
    }

    private void start(String berthArgs) throws Exception {
        String jar = Path.of("target", "berth.jar").toAbsolutePath().toString();
        tmux("new-session", "-d", "-x", "100", "-y", "30",
                "cd / && env BERTH_HOME=" + home + " TERM=xterm-256color java"
                        + " -Dorg.jline.utils.disableAlternateCharset=true -jar " + jar + " " + berthArgs);
        waitFor(PROMPT, 1);
    }

    private String visible() throws Exception {
        return Arrays.stream(tmux("capture-pane", "-p").stdout().split("\n", -1)).map(String::stripTrailing)
                .collect(Collectors.joining("\n"));
    }

    /** Waits until {@code text} is on the screen {@code times} times. */
    private String waitFor(String text, int times) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = visible();
            if (count(screen, text) >= times) {
                return screen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("'" + text + "' did not appear " + times + " times; the screen was:\n" + screen);
    }

    private static int count(String screen, String text) {
        int n = 0;
        for (int at = screen.indexOf(text); at >= 0; at = screen.indexOf(text, at + 1)) {
            n++;
        }
        return n;
    }

    private void type(String line) throws Exception {
        tmux("send-keys", "-l", line);
        tmux("send-keys", "Enter");
    }

    /** Pulls nginx and clears the screen, so that what follows fits on it. */
    private void pullAndClear() throws Exception {
        type("docker pull -q nginx && clear");
        waitUntilLastRow(PROMPT);
    }

    /** Waits until the last row with text (above the status bar, if any) is {@code text}. */
    private String waitUntilLastRow(String text) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = visible();
            List<String> rows = rowsWithText(screen).stream().filter(r -> !r.contains(STATUS_MARK)).toList();
            if (!rows.isEmpty() && rows.get(0).equals(text)) {
                return screen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the last row did not become '" + text + "'; the screen was:\n" + screen);
    }

    private static String rows(String screen, int from, int to) {
        String[] rows = screen.split("\n", -1);
        return String.join("\n", Arrays.copyOfRange(rows, from, Math.min(to, rows.length)));
    }

    /** The screen's rows with text, the last first. */
    private static List<String> rowsWithText(String screen) {
        List<String> rows = new ArrayList<>(Arrays.stream(screen.split("\n")).filter(r -> !r.isBlank()).toList());
        java.util.Collections.reverse(rows);
        return rows;
    }

    @Test
    void logsFollowHoldsUntilCtrlCAndTheContainerRunsOn() throws Exception {
        start("sandbox --seed 1");
        pullAndClear();
        type("docker run -d --name web nginx");
        waitFor(PROMPT, 2);
        type("docker logs -f web");
        String held = waitFor("start worker process 30", 1);
        Thread.sleep(500); // nothing more comes: no prompt while docker follows the log
        held = visible();
        assertTrue(rowsWithText(held).get(0).endsWith(" [notice] 1#1: start worker process 30"), held);
        type("echo typed-while-held"); // dropped at Ctrl-C, as a tty's line discipline drops it
        tmux("send-keys", "C-c");
        String after = waitUntilLastRow(PROMPT);
        List<String> rows = rowsWithText(after);
        assertEquals(PROMPT, rows.get(0), after);
        assertEquals("^C", rows.get(1), after);
        assertFalse(after.contains("typed-while-held"), after);
        type("docker ps --format '{{.Names}} {{.Status}}'");
        String ps = waitFor("web Up ", 1);
        assertTrue(ps.contains("\nweb Up "), ps);
    }

    @Test
    void aForegroundRunStopsOnCtrlCAndTheStatusBarStays() throws Exception {
        start("lesson first-container");
        type("docker pull -q nginx");
        String before = waitUntilLastRow(PROMPT);
        String statusBar = before.split("\n", -1)[29];
        assertTrue(statusBar.contains("Your first container"), before);
        type("docker run --name fg nginx");
        waitFor("start worker process 30", 1);
        Thread.sleep(500); // no prompt while the container runs in the foreground
        String held = visible();
        assertTrue(rowsWithText(rows(held, 0, 29)).get(0).endsWith(" [notice] 1#1: start worker process 30"), held);
        tmux("send-keys", "C-c");
        String after = waitFor("[notice] 1#1: exit", 1);
        assertTrue(after.matches("(?s).*\\n\\^C\\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d \\[notice\\] 1#1: signal 2 \\(SIGINT\\) received, exiting\\n.*"), after);
        waitUntilLastRow(PROMPT);
        type("docker ps -a --format '{{.Names}} {{.Status}}'");
        String ps = waitFor("fg Exited (0)", 1);
        assertEquals(statusBar, ps.split("\n", -1)[29], ps);
    }
}
