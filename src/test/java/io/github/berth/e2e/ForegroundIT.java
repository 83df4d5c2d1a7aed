package io.github.berth.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    private TmuxScreen screen;

    @BeforeEach
    void needsTmux() {
        assumeTrue(Processes.available("tmux"), "tmux is not installed: the terminal end-to-end test is skipped");
        screen = new TmuxScreen("berth-foreground-it");
    }

    @AfterEach
    void killServer() throws Exception {
        if (screen != null) {
            screen.close();
        }
    }

    private Processes.Result tmux(String... args) throws Exception {
        return screen.tmux(args);
    }

    private void start(String berthArgs) throws Exception {
        screen.start(home, 100, 30, berthArgs);
        waitFor(PROMPT, 1);
    }

    private String visible() throws Exception {
        return screen.visible();
    }

    /** Waits until {@code text} is on the screen {@code times} times. */
    private String waitFor(String text, int times) throws Exception {
        return screen.waitUntil(s -> count(s, text) >= times, "'" + text + "' did not appear " + times + " times");
    }

    private static int count(String screen, String text) {
        int n = 0;
        for (int at = screen.indexOf(text); at >= 0; at = screen.indexOf(text, at + 1)) {
            n++;
        }
        return n;
    }

    private void type(String line) throws Exception {
        screen.type(line);
    }

    /** Pulls nginx and clears the screen, so that what follows fits on it. */
    private void pullAndClear() throws Exception {
        type("docker pull -q nginx && clear");
        waitUntilLastRow(PROMPT);
    }

    /** Waits until the last row with text (above the status bar, if any) is {@code text}. */
    private String waitUntilLastRow(String text) throws Exception {
        return screen.waitUntil(s -> {
            List<String> rows = rowsWithText(s).stream().filter(r -> !r.contains(STATUS_MARK)).toList();
            return !rows.isEmpty() && rows.get(0).equals(text);
        }, "the last row did not become '" + text + "'");
    }

    private static String rows(String screen, int from, int to) {
        return TmuxScreen.rows(screen, from, to);
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
