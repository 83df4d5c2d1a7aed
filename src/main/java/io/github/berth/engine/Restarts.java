package io.github.berth.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Restart policies acted on, as moby v28.2.2 does (restartmanager/restartmanager.go and
 * daemon/monitor.go handleContainerExit). When a container's process ends by itself the policy
 * decides: {@code always} and {@code unless-stopped} restart it, {@code on-failure[:N]} only after
 * a non-zero exit and at most N times (0: no limit). The container is "restarting" (State.Running
 * and State.Restarting, the last exit code, FinishedAt the exit) for a backoff of 100 ms that
 * doubles at each restart up to one minute, and goes back to 100 ms when the process had run for
 * 10 s or more; RestartCount counts the restarts and a manual start sets it back to 0
 * (daemon/start.go ResetRestartManager(true)). {@code docker stop} and {@code docker kill} with
 * the container's stop signal (any signal when the image sets none) cancel the manager
 * (daemon/kill.go ExitOnNext), so such a container is not restarted, whatever its policy: a
 * restarting one becomes exited with its last exit code. {@code HasBeenManuallyStopped} only
 * matters when the daemon itself restarts, which berth's never does.
 *
 * <p>Restarts happen on the engine's clock: when the engine next looks, every exit and restart
 * due by then is played in time order, each restart at its own instant ({@link #clock()} reads
 * that instant while it runs), so {@code docker ps} a while later shows the count and state the
 * daemon would have reached, the same on every replay with {@code --seed}.
 */
public final class Restarts {
    static final Duration FIRST = Duration.ofMillis(100);
    static final Duration MAX = Duration.ofMinutes(1);

    private final Clock base;
    private final Clock clock;
    private Instant at;
    /** The backoff of each container's current restart manager (absent: none yet, timeout 0). */
    private final Map<String, Duration> timeouts = new HashMap<>();
    private final Map<String, Boolean> canceled = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();
    /** Containers that are restarting and when their process starts again. */
    private final Map<String, Instant> due = new HashMap<>();
    private String restarting;
    private boolean busy;

    Restarts(Clock base) {
        this.base = base;
        this.clock = new UtcClock() {
            @Override
            public Instant instant() {
                return at != null ? at : base.instant();
            }
        };
    }

    /** The engine's clock: the injected one, except while a restart that was due earlier is played. */
    Clock clock() {
        return clock;
    }

    /** How often the container has been restarted by its policy since it was last started by hand (RestartCount). */
    public int count(String id) {
        return counts.getOrDefault(id, 0);
    }

    /** The policy's name and its maximum retry count ("on-failure:3" → on-failure, 3). */
    record Policy(String name, int maximumRetryCount) {
        static Policy parse(String spec) {
            int colon = spec.indexOf(':');
            if (colon < 0) {
                return new Policy(spec.isEmpty() ? "no" : spec, 0);
            }
            int max;
            try {
                max = Integer.parseInt(spec.substring(colon + 1));
            } catch (NumberFormatException e) {
                max = 0;
            }
            return new Policy(spec.substring(0, colon), max);
        }
    }

    /**
     * The container's process ended with {@code exit} at {@code when} after starting at
     * {@code started}: whether its policy restarts it (ShouldRestart); if so the restart is due
     * after the backoff and the count has grown.
     */
    boolean exited(String id, String policySpec, int exit, Instant started, Instant when) {
        Policy policy = Policy.parse(policySpec);
        if (policy.name().equals("no") || canceled.getOrDefault(id, false)) {
            return false;
        }
        Duration timeout = timeouts.getOrDefault(id, Duration.ZERO);
        if (started != null && Duration.between(started, when).getSeconds() >= 10) {
            timeout = Duration.ZERO;
        }
        if (timeout.isZero()) {
            timeout = FIRST;
        } else if (timeout.compareTo(MAX) < 0) {
            timeout = timeout.multipliedBy(2);
        }
        if (timeout.compareTo(MAX) > 0) {
            timeout = MAX;
        }
        timeouts.put(id, timeout);
        boolean restart = switch (policy.name()) {
            case "always", "unless-stopped" -> true;
            case "on-failure" -> (policy.maximumRetryCount() == 0 || count(id) < policy.maximumRetryCount())
                    && exit != 0;
            default -> false;
        };
        if (!restart) {
            return false;
        }
        counts.put(id, count(id) + 1);
        due.put(id, when.plus(timeout));
        return true;
    }

    /**
     * The container is being started: by hand (a new restart manager and RestartCount 0), or by
     * its policy ({@link #catchUp}), which keeps both.
     */
    void starting(String id) {
        if (!id.equals(restarting)) {
            timeouts.remove(id);
            canceled.remove(id);
            counts.remove(id);
            due.remove(id);
        }
    }

    /** When a restarting container starts again, or null. */
    Instant due(String id) {
        return due.get(id);
    }

    /** Whether {@code id} is being started by its restart policy now. */
    boolean restartingNow(String id) {
        return id.equals(restarting);
    }

    /**
     * The container is stopped or killed by its stop signal (ExitOnNext): its policy will not
     * restart it; true when it was restarting, so no process runs and it is exited now.
     */
    boolean cancel(String id) {
        canceled.put(id, true);
        return due.remove(id) != null;
    }

    void removed(String id) {
        timeouts.remove(id);
        canceled.remove(id);
        counts.remove(id);
        due.remove(id);
    }

    /** What the engine does at each event: a process ends by itself, or a restart starts it again. */
    interface Events {
        void ends(String id, Instant at);

        void restart(String id);
    }

    /**
     * Plays, in time order, every process end ({@code runningUntil}) and restart due by
     * {@code now}; a restart runs with the clock at its own instant. Re-entrant calls (a restart
     * starting the container looks at the engine again) return at once.
     */
    void catchUp(ProcessDeadlines runningUntil, Instant now, Events events) {
        if (busy) {
            return;
        }
        busy = true;
        try {
            while (true) {
                Map.Entry<String, Instant> end = runningUntil.firstDue(now);
                String endId = end == null ? null : end.getKey();
                Instant endAt = end == null ? null : end.getValue();
                String startId = null;
                Instant startAt = null;
                for (Map.Entry<String, Instant> e : due.entrySet()) {
                    if (!e.getValue().isAfter(now) && (startAt == null || e.getValue().isBefore(startAt))) {
                        startId = e.getKey();
                        startAt = e.getValue();
                    }
                }
                if (startId != null && (endAt == null || startAt.isBefore(endAt))) {
                    due.remove(startId);
                    at = startAt;
                    restarting = startId;
                    try {
                        events.restart(startId);
                    } finally {
                        at = null;
                        restarting = null;
                    }
                } else if (endId != null) {
                    runningUntil.remove(endId);
                    events.ends(endId, endAt);
                } else {
                    return;
                }
            }
        } finally {
            busy = false;
        }
    }
}
