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

    static boolean available(String program) {
        try {
            return run(List.of("sh", "-c", "command -v " + program), "", Map.of(), Path.of(".")).exit() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
