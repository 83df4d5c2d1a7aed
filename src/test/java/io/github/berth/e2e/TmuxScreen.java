package io.github.berth.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A private tmux server running the packaged jar, for the end-to-end tests: start it, send keys,
 * read the visible screen and wait for it to change. A server per test: a new session on a server
 * that is still shutting down can fail silently.
 */
final class TmuxScreen implements AutoCloseable {
    private final String socket;

    TmuxScreen(String name) {
        this.socket = name + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    }

    Processes.Result tmux(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
        command.addAll(List.of(args));
        return Processes.run(command, "", Map.of(), Path.of("."));
    }

    /** Starts {@code target/berth.jar} with {@code berthArgs} in a window of that size, data in {@code home}. */
    void start(Path home, int columns, int rows, String berthArgs) throws Exception {
        String jar = Path.of("target", "berth.jar").toAbsolutePath().toString();
        tmux("new-session", "-d", "-x", String.valueOf(columns), "-y", String.valueOf(rows),
                "cd / && env BERTH_HOME=" + home + " TERM=xterm-256color java"
                        + " -Dorg.jline.utils.disableAlternateCharset=true -jar " + jar + " " + berthArgs);
    }

    /** The visible screen, each row without trailing blanks. */
    String visible() throws Exception {
        return Arrays.stream(tmux("capture-pane", "-p").stdout().split("\n", -1)).map(String::stripTrailing)
                .collect(Collectors.joining("\n"));
    }

    /** Waits (up to a minute) until the screen passes {@code test}; else fails saying {@code what} did not happen. */
    String waitUntil(Predicate<String> test, String what) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = visible();
            if (test.test(screen)) {
                return screen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(what + "; the screen was:\n" + screen);
    }

    String waitFor(String text) throws Exception {
        return waitUntil(screen -> screen.contains(text), "'" + text + "' did not appear");
    }

    void keys(String literal) throws Exception {
        tmux("send-keys", "-l", literal);
    }

    void type(String line) throws Exception {
        keys(line);
        tmux("send-keys", "Enter");
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive) of a screen. */
    static String rows(String screen, int from, int to) {
        String[] rows = screen.split("\n", -1);
        return String.join("\n", Arrays.copyOfRange(rows, from, Math.min(to, rows.length)));
    }

    @Override
    public void close() throws Exception {
        Processes.killTmux(socket);
    }
}
