package io.github.berth.engine;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Processes berth models by how long they wait rather than by simulating them: {@code sleep N}
 * started in the background keeps its container running for N seconds of the engine's clock
 * (busybox sleep: whole numbers with an optional s, m, h or d suffix; "inf" or "infinity" for
 * ever). Such a process, as a container's PID 1, ignores SIGTERM (the kernel drops signals PID 1
 * does not handle), so {@code docker stop} ends it with SIGKILL: exit status 137.
 */
final class Waiting {
    /** The duration that stands for "never ends by itself". */
    static final Duration FOREVER = Duration.ofSeconds(Long.MAX_VALUE / 4);

    private Waiting() {}

    /** How long {@code program} with {@code args} waits; empty when it is not a waiting process. */
    static Optional<Duration> duration(String program, List<String> args) {
        if (!program.equals("sleep") || args.size() != 1) {
            return Optional.empty();
        }
        String arg = args.get(0);
        if (arg.equals("inf") || arg.equals("infinity")) {
            return Optional.of(FOREVER);
        }
        long unit = 1;
        char last = arg.isEmpty() ? ' ' : arg.charAt(arg.length() - 1);
        switch (last) {
            case 's' -> unit = 1;
            case 'm' -> unit = 60;
            case 'h' -> unit = 3600;
            case 'd' -> unit = 86400;
            default -> unit = 0;
        }
        String digits = unit == 0 ? arg : arg.substring(0, arg.length() - 1);
        if (!digits.matches("[0-9]{1,9}")) {
            return Optional.empty();
        }
        long seconds = Long.parseLong(digits) * (unit == 0 ? 1 : unit);
        return seconds == 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    }
}
