package io.github.berth.cli;

import io.github.berth.shell.Output;
import java.util.List;

/**
 * How docker/cli reports errors a command's RunE returns (cmd/docker/docker.go main at v28.2.2):
 * the error's text on stderr, exit status 1 unless it is a StatusError. Daemon errors carry the
 * API client's "Error response from daemon: " prefix; errors.Join puts several on separate lines.
 */
final class DaemonErrors {
    static final String PREFIX = "Error response from daemon: ";

    private DaemonErrors() {}

    /** Prints the joined errors, if any, and returns the exit status (0 or 1). */
    static int finish(Output out, List<String> errors) {
        if (errors.isEmpty()) {
            return 0;
        }
        out.errLine(String.join("\n", errors));
        return 1;
    }
}
