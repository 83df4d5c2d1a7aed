package io.github.berth.cli;

import io.github.berth.shell.Output;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How docker/cli reports errors a command's RunE returns (cmd/docker/docker.go main at v28.2.2):
 * the error's text on stderr, exit status 1 unless it is a StatusError. Daemon errors carry the
 * API client's "Error response from daemon: " prefix; errors.Join puts several on separate lines.
 */
final class DaemonErrors {
    static final String PREFIX = "Error response from daemon: ";

    private DaemonErrors() {}

    /**
     * The loop of stop, restart and kill: {@code action} for each named container in turn; each
     * that succeeds is printed as it was named, each failure is kept, and all are reported at the end.
     */
    static int eachContainer(Invocation inv, Function<String, Optional<String>> action) {
        List<String> errors = new ArrayList<>();
        for (String name : inv.args().positionals()) {
            Optional<String> error = action.apply(name);
            if (error.isPresent()) {
                errors.add(PREFIX + error.get());
            } else {
                inv.out().outLine(name);
            }
        }
        return finish(inv.out(), errors);
    }

    /** Prints the joined errors, if any, and returns the exit status (0 or 1). */
    static int finish(Output out, List<String> errors) {
        if (errors.isEmpty()) {
            return 0;
        }
        out.errLine(String.join("\n", errors));
        return 1;
    }
}
