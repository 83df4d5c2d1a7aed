package io.github.berth.cli;

/**
 * The status {@code docker run} exits with when the daemon fails to start the container:
 * docker/cli v28.2.2 cli/command/container/run.go toStatusError, by the error's words.
 */
final class RunStatus {
    private RunStatus() {}

    static int of(String message) {
        if (message.contains("executable file not found") || message.contains("no such file or directory")
                || message.contains("system cannot find the file specified")) {
            return 127;
        }
        // syscall.EACCES and EISDIR's texts
        if (message.contains("permission denied") || message.contains("is a directory")) {
            return 126;
        }
        return 125;
    }
}
