package io.github.berth.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar's prompt and screens on a real terminal emulator (tmux), compared by
 * capture-pane: the editor opened, used and closed; completion; tail tips; the browser and Esc;
 * resizing with the status bar; Ctrl-C at the prompt and in a screen. Skipped without tmux.
 */
class ConsoleIT {
    private static final String PROMPT = "learner@berth:~/app$";

    @TempDir
    Path home;

    private TmuxScreen screen;

    @BeforeEach
    void needsTmux() {
        assumeTrue(Processes.available("tmux"), "tmux is not installed: the terminal end-to-end test is skipped");
        screen = new TmuxScreen("berth-console-it");
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

    private void start(int columns, int rows, String berthArgs) throws Exception {
        screen.start(home, columns, rows, berthArgs);
        waitFor(PROMPT);
    }

    private String visible() throws Exception {
        return screen.visible();
    }

    private String waitFor(String text) throws Exception {
        return screen.waitFor(text);
    }

    private String waitForGone(String text) throws Exception {
        return screen.waitUntil(s -> !s.contains(text), "'" + text + "' did not go");
    }

    private void keys(String literal) throws Exception {
        screen.keys(literal);
    }

    private void type(String line) throws Exception {
        screen.type(line);
    }

    private static String rows(String screen, int from, int to) {
        return TmuxScreen.rows(screen, from, to);
    }

    @Test
    void theEditorOpensSavesAndClosesAndThePromptWorksAsBefore() throws Exception {
        start(60, 12, "sandbox --seed 1");
        type("edit Dockerfile");
        String editor = waitFor("PgUp/PgDn move");
        assertEquals(String.join("\n",
                "  berth editor           Dockerfile",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "                        [ New File ]",
                "^S Save     ^X Exit     ^C Where am I",
                "^O Save     arrows, Home/End, PgUp/PgDn move"), editor.stripTrailing());
        keys("FROM alpine");
        tmux("send-keys", "Enter");
        keys("CMD [\"echo\", \"hi\"]");
        waitFor("Modified");
        tmux("send-keys", "C-c");
        waitFor("[ line 2/2, column 19 · ^X leaves ]");
        tmux("send-keys", "C-s");
        String saved = waitFor("[ Wrote 2 lines ]");
        assertEquals(String.join("\n",
                "  berth editor           Dockerfile",
                "FROM alpine",
                "CMD [\"echo\", \"hi\"]"), rows(saved, 0, 3));

        // a resize while the editor is open: it draws itself at the new size
        tmux("resize-window", "-x", "50", "-y", "10");
        waitFor("  berth editor      Dockerfile");
        keys("!");
        tmux("send-keys", "C-x");
        waitFor("Save modified buffer?");
        keys("n");
        // back on the main screen (tmux re-wraps it to the new width, which may add a blank row)
        waitForGone("berth editor");
        long deadline = System.nanoTime() + 30_000_000_000L;
        String back = visible().stripTrailing();
        while (!back.endsWith(PROMPT) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            back = visible().stripTrailing();
        }
        assertTrue(back.endsWith(PROMPT) && back.contains(PROMPT + " edit Dockerfile\n"), back);
        type("cat Dockerfile");
        waitFor("CMD [\"echo\", \"hi\"]\n" + PROMPT);
        tmux("resize-window", "-x", "70", "-y", "14");
        Thread.sleep(300);
        type("echo after-resize");
        waitFor("\nafter-resize\n" + PROMPT);
    }

    @Test
    void dockerRAndTabTwiceOffersRunAndRm() throws Exception {
        start(100, 30, "sandbox --seed 1");
        keys("docker r");
        tmux("send-keys", "Tab");
        Thread.sleep(300);
        tmux("send-keys", "Tab");
        String menu = waitFor("run");
        assertTrue(menu.contains("rm"), menu);
        assertTrue(menu.contains("restart"), menu);
    }

    @Test
    void theFlagUnderTheCursorIsExplainedBelowThePrompt() throws Exception {
        start(100, 20, "sandbox --seed 1");
        keys("docker run -d");
        String tip = waitFor("-d, --detach   Run container in background and print container ID");
        assertTrue(tip.split("\n", -1)[19].startsWith(" -d, --detach"), "on the last row:\n" + tip);
        keys(" alpine");
        waitForGone("--detach");
    }

    @Test
    void lessonsThenEscThenDockerPsWorks() throws Exception {
        start(100, 30, "sandbox --seed 1");
        type("lessons");
        waitFor("Esc or q: back");
        tmux("send-keys", "Escape");
        waitFor(PROMPT + " lessons\n" + PROMPT);
        Thread.sleep(200);
        type("docker ps");
        waitFor("CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n" + PROMPT);
    }

    @Test
    void resizingKeepsThePromptAboveTheStatusBar() throws Exception {
        start(100, 30, "lesson first-container");
        for (int i = 0; i < 3; i++) {
            type("step");
            Thread.sleep(800);
        }
        waitFor("Your first container · task 1 of 2");
        tmux("resize-window", "-x", "90", "-y", "25");
        Thread.sleep(1000);
        tmux("resize-window", "-x", "60", "-y", "20");
        long deadline = System.nanoTime() + 30_000_000_000L;
        String[] rows = visible().split("\n", -1);
        while (!(rows.length >= 20 && rows[19].startsWith(" Your first container")) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            rows = visible().split("\n", -1);
        }
        assertEquals(" Your first container · task 1 of 2 · hints used: 0 of 2 · …", rows[19],
                String.join("\n", rows));
        assertEquals(PROMPT, rows[18], String.join("\n", rows));
        type("echo hi");
        String after = waitFor("\nhi\n" + PROMPT);
        assertTrue(after.split("\n", -1)[19].startsWith(" Your first container"), after);
    }

    @Test
    void clearLeavesTheStatusBarWholeAndItStillChangesAfterwards() throws Exception {
        start(100, 20, "lesson first-container");
        waitFor("Your first container · task 1 of 2");
        type("clear");
        String cleared = screen.waitUntil(s -> s.startsWith(PROMPT), "the screen was not cleared");
        assertEquals(" Your first container · task 1 of 2 · hints used: 0 of 2 · `help` for commands",
                cleared.split("\n", -1)[19], cleared);
        // the bar is drawn again in full when it changes, not only where its text differs
        type("docker run hello-world");
        String solved = waitFor("task 2 of 2");
        assertEquals(" Your first container · task 2 of 2 · hints used: 0 of 2 · `help` for commands",
                solved.split("\n", -1)[19], solved);
    }

    @Test
    void keysTypedRightAfterCtrlCAreKept() throws Exception {
        start(100, 30, "sandbox --seed 1");
        for (int i = 1; i <= 3; i++) {
            keys("docker p");
            tmux("send-keys", "C-c");
            type("echo run" + i);
            waitFor("\nrun" + i + "\n");
        }
        String screen = visible();
        assertTrue(!screen.contains("command not found"), screen);
    }

    @Test
    void ctrlCInTheBrowserGoesBackAndBerthKeepsRunning() throws Exception {
        start(100, 30, "sandbox --seed 1");
        type("lessons");
        waitFor("Esc or q: back");
        tmux("send-keys", "C-c");
        waitFor(PROMPT + " lessons\n" + PROMPT);
        Thread.sleep(200);
        type("echo still-here");
        waitFor("\nstill-here\n");
    }
}
