package io.github.berth.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./berth} on a real terminal emulator (tmux): a newcomer starts it at the lesson browser,
 * solves the first lesson, leaves with Ctrl-D and comes back to find it done. Skipped where tmux is not installed.
 */
class LauncherIT {
    @TempDir
    Path home;

    private String socket;

    @BeforeEach
    void needsTmux() {
        assumeTrue(Processes.available("tmux"), "tmux is not installed: the terminal end-to-end test is skipped");
        socket = "berth-it-" + ProcessHandle.current().pid();
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

    private void start(String... args) throws Exception {
        String launcher = Path.of("berth").toAbsolutePath().toString();
        String command = "cd / && env BERTH_HOME=" + home + " TERM=xterm-256color " + launcher + " " + String.join(" ", args);
        // a server still shutting down from the previous session can swallow a new-session: try again
        for (int attempt = 0; attempt < 3; attempt++) {
            if (tmux("new-session", "-d", "-x", "100", "-y", "40", command).exit() == 0
                    && tmux("has-session").exit() == 0) {
                return;
            }
            Thread.sleep(500);
        }
    }

    /** A new learner's first start: the lesson browser, where Enter opens the first lesson. */
    private void startAsNewLearner() throws Exception {
        start();
        String browser = waitUntilVisible("Esc or q: back", true);
        assertTrue(browser.contains("berth · lessons · 0 of "), browser);
        tmux("send-keys", "Enter");
    }

    private String screen() throws Exception {
        return tmux("capture-pane", "-p", "-S", "-200").stdout();
    }

    private String waitFor(String text) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = screen();
            if (screen.contains(text)) {
                return screen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("'" + text + "' did not appear; the screen was:\n" + screen);
    }

    private void type(String keys) throws Exception {
        tmux("send-keys", "-l", keys);
        tmux("send-keys", "Enter");
    }

    @Test
    void aNewcomerSolvesTheFirstLessonLeavesAndComesBack() throws Exception {
        startAsNewLearner();
        waitFor("learner@berth:~/app$");
        String first = screen();
        assertTrue(first.contains("Lesson: Virtual machines and containers"), first);
        type("next");
        waitFor("Question 1 of 3");
        type("b");
        waitFor("Not quite.");
        for (String answer : List.of("a", "a", "a b d")) {
            type(answer);
        }
        waitFor("Lesson complete: Virtual machines and containers");

        tmux("send-keys", "C-d");
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (tmux("has-session").exit() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(Files.readString(home.resolve("progress.json")).contains("\"completedAt\""));

        start();
        String again = waitFor("learner@berth:~/app$");
        assertTrue(again.contains("Lesson: Containers, images and registries"), "the next lesson opens:\n" + again);
        String list = Processes.run(List.of(Path.of("berth").toAbsolutePath().toString(), "lessons"), "",
                Map.of("BERTH_HOME", home.toString()), Path.of(".")).stdout();
        assertTrue(list.contains("✓ vms-vs-containers    Virtual machines and containers        [done]"), list);
        assertTrue(list.contains("… container-words      Containers, images and registries      [in progress]"), list);
    }

    @Test
    void theFirstHandsOnLessonIsSolvedByTyping() throws Exception {
        start("lesson", "first-container");
        waitFor("learner@berth:~/app$");
        String first = screen();
        assertTrue(first.contains("Lesson: Your first container"), first);
        assertTrue(first.contains("Task 1 of 2"), first);
        type("docker run hello-world");
        waitFor("Task 2 of 2");
        type("docker ps -a");
        waitFor("Lesson complete: Your first container");
    }

    @Test
    void ctrlCClearsTheLineAndThePromptStillWorks() throws Exception {
        start("lesson", "first-container");
        waitFor("learner@berth:~/app$");
        tmux("send-keys", "-l", "echo never");
        tmux("send-keys", "C-c");
        // keys typed right after Ctrl-C belong to the next line (Ctrl-C is read as a key, in order)
        type("echo after-ctrl-c");
        String screen = waitFor("\nafter-ctrl-c");
        assertTrue(!screen.contains("\nnever"), screen);
    }

    /** The screen as it is now, without the scrollback (the browser draws on the alternate screen). */
    private String visible() throws Exception {
        return tmux("capture-pane", "-p").stdout();
    }

    private String waitUntilVisible(String text, boolean present) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = visible();
            if (screen.contains(text) == present) {
                return screen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("'" + text + "' did not " + (present ? "appear" : "go") + "; the screen was:\n"
                + screen);
    }

    @Test
    void theLessonBrowserOpensAndClosesAndThePromptWorksAsBefore() throws Exception {
        start("lesson", "first-container");
        waitFor("learner@berth:~/app$");
        type("lessons");
        // the key help is the last line Lanterna draws: the whole first frame is there
        String browser = waitUntilVisible("Esc or q: back", true);
        assertTrue(browser.contains("First steps with Docker"), browser);
        assertTrue(browser.contains("Your first container"), browser);
        assertTrue(browser.contains("in progress"), browser);
        tmux("send-keys", "Escape");
        // the screen as it was before the browser, and a fresh prompt under it
        String back = waitUntilVisible("learner@berth:~/app$ lessons\nlearner@berth:~/app$", true);
        assertTrue(back.contains("Task 1 of 2"), back);
        assertTrue(!back.contains("Modules and lessons"), back);
        Thread.sleep(200);
        type("echo ok");
        String after = waitFor("\nok\n");
        assertTrue(after.contains("Your first container · task 1 of 2"), "the status bar is back:\n" + after);

        // a resize after the browser: the status bar is still on the last row and the prompt still answers
        // (this passes here even without re-registering JLine's WINCH handler, so it guards the screen, not that)
        tmux("resize-window", "-x", "100", "-y", "24");
        long deadline = System.nanoTime() + 30_000_000_000L;
        String[] rows = visible().split("\n", -1);
        while (!(rows.length >= 24 && rows[23].startsWith(" Your first container · task 1 of 2"))
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
            rows = visible().split("\n", -1);
        }
        assertTrue(rows.length >= 24 && rows[23].startsWith(" Your first container · task 1 of 2"),
                "the status bar on row 24:\n" + String.join("\n", rows));

        // Ctrl-C in the browser goes back to the prompt, and berth keeps running
        type("lessons");
        waitUntilVisible("Esc or q: back", true);
        tmux("send-keys", "C-c");
        waitUntilVisible("learner@berth:~/app$ lessons\nlearner@berth:~/app$", true);
        Thread.sleep(200);
        type("echo still-here");
        waitFor("\nstill-here\n");

        type("lessons");
        waitUntilVisible("Esc or q: back", true);
        tmux("send-keys", "Enter");
        waitUntilVisible("Modules and lessons", false);
        waitUntilVisible("learner@berth:~/app$", true);
        Thread.sleep(200);
        type("docker run hello-world");
        waitFor("Task 2 of 2");
    }
}
