package io.github.berth.cli;

import io.github.berth.engine.Engine;
import io.github.berth.shell.Output;
import java.util.Optional;

/**
 * The docker client while it holds the prompt, and what Ctrl-C does to it (docker/cli v28.2.2).
 * The terminal echoes each Ctrl-C as {@code ^C}, with no newline; berth writes that echo to
 * the command's output so that a transcript reads as the screen did.
 * <ul>
 * <li>Attached to a container ({@code run} without {@code -d}, {@code attach}, {@code start -a}):
 *     with sig-proxy (the default; run.go and attach.go ForwardAllSignals) the SIGINT goes to the
 *     container's process, and docker ends with the container's exit status once it ends. The
 *     client's own first SIGINT only cancels its context (cmd/docker/docker.go notifyContext),
 *     which the attached stream outlives; after three, forceExitAfter3TerminationSignals prints
 *     "got 3 SIGTERM/SIGINTs, forcefully exiting" and exits with 1, the container still running.
 *     Without sig-proxy, Ctrl-C reaches only the client, so it takes three.</li>
 * <li>{@code logs -f} and {@code wait}: the first Ctrl-C cancels the request and docker exits
 *     with 130 (128 + SIGINT) without a word; the container is untouched.</li>
 * </ul>
 * Both were checked with the docker 28.2.2 client against a stand-in daemon in tmux: after
 * {@code docker logs -f} the shell's prompt follows {@code ^C} on the same line, and a
 * following command in a list still runs (docker exits normally, with 130).
 */
final class Holding {
    static final String ECHO = "^C";

    private Holding() {}

    /**
     * Holds while attached to a running container until it ends; returns docker's exit status.
     * {@code proxy} is sig-proxy, or a terminal (-t) that passes Ctrl-C to the container itself.
     */
    static int attached(Engine engine, Foreground foreground, String containerId, boolean proxy, Output out) {
        for (int signals = 1; ; signals++) {
            foreground.awaitInterrupt();
            out.stdout(ECHO);
            if (proxy) {
                Optional<Integer> ended = engine.control().interrupt(containerId, out);
                if (ended.isPresent()) {
                    return ended.get();
                }
            }
            if (signals == 3) {
                out.stderr("\ngot 3 SIGTERM/SIGINTs, forcefully exiting\n");
                return 1;
            }
        }
    }

    /** Holds until Ctrl-C ({@code logs -f}, {@code wait}): docker exits with 130. */
    static int untilInterrupted(Foreground foreground, Output out) {
        foreground.awaitInterrupt();
        out.stdout(ECHO);
        return 130;
    }
}
