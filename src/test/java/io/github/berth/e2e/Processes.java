package io.github.berth.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command to completion for end-to-end tests, with input, a timeout and captured streams. */
final class Processes {
    record Result(int exit, String stdout, String stderr) {}

    private Processes() {}

    static Result run(List<String> command, String input, Map<String, String> env, Path dir) throws Exception {
        Path out = Files.createTempFile("berth-e2e", ".out");
        Path err = Files.createTempFile("berth-e2e", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + command);
            }
            return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /**
     * Ends the tmux server on {@code socket} and waits for the programs in its panes to exit, so a
     * test's temporary data directory is not deleted while berth still saves into it.
     */
    static void killTmux(String socket) throws Exception {
        List<String> tmux = List.of("tmux", "-L", socket, "-f", "/dev/null");
        Result panes = run(concat(tmux, List.of("list-panes", "-a", "-F", "#{pane_pid}")), "", Map.of(), Path.of("."));
        List<ProcessHandle> programs = new java.util.ArrayList<>();
        for (String pid : panes.stdout().lines().filter(l -> l.matches("\\d+")).toList()) {
            ProcessHandle.of(Long.parseLong(pid)).ifPresent(shell -> {
                programs.add(shell);
                shell.descendants().forEach(programs::add);
            });
        }
        run(concat(tmux, List.of("kill-server")), "", Map.of(), Path.of("."));
        for (ProcessHandle program : programs) {
            try {
                program.onExit().get(15, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                program.destroyForcibly();
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static boolean available(String program) {
        try {
            return run(List.of("sh", "-c", "command -v " + program), "", Map.of(), Path.of(".")).exit() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
