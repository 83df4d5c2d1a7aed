package io.github.berth.cli;

import io.github.berth.engine.Container;
import io.github.berth.engine.ContainerState;
import java.time.Duration;
import java.time.Instant;

/**
 * The CREATED and STATUS texts of {@code docker ps}, made as moby and go-units word them. A
 * listing makes thousands of them with few different words ("2 hours ago"), newest container
 * first, so each kind of text keeps the last one made and reuses it while the words are the same
 * ({@link Units#humanDurationKey}); the text only ever depends on the key, so nothing goes stale.
 */
final class DurationTexts {
    private long agoKey = -1;
    private String agoText;
    private long upKey = -1;
    private String upText;
    private long exitedKey = -1;
    private int exitedCode;
    private String exitedText;

    /** The CREATED column: go-units HumanDuration of the time since {@code then}, and " ago". */
    String ago(Instant then, Instant now) {
        return ago(then.getEpochSecond(), then.getNano(), now);
    }

    /** The same, for the instant {@code seconds} and {@code nanos} past the epoch. */
    String ago(long seconds, int nanos, Instant now) {
        long key = Units.humanDurationKey(since(seconds, nanos, now));
        if (key != agoKey) {
            agoText = Units.humanDurationText(key) + " ago";
            agoKey = key;
        }
        return agoText;
    }

    /** Duration.between(then, now), from then's fields. */
    private static Duration since(long seconds, int nanos, Instant now) {
        return Duration.ofSeconds(now.getEpochSecond() - seconds, (long) now.getNano() - nanos);
    }

    /** The STATUS column as moby's container State.String() words it, without " (Paused)". */
    String status(Container c, Instant now) {
        return status(c.state(), now);
    }

    /** The STATUS text of a container in state {@code s}. */
    String status(ContainerState s, Instant now) {
        Instant since = s.status() == ContainerState.Status.RUNNING ? s.startedAt() : s.finishedAt();
        return since == null ? status(s.status(), s.exitCode(), 0, 0, now)
                : status(s.status(), s.exitCode(), since.getEpochSecond(), since.getNano(), now);
    }

    /**
     * The STATUS text from a state's fields: {@code seconds} and {@code nanos} are when a running
     * container started or an exited one finished.
     */
    String status(ContainerState.Status status, int exitCode, long seconds, int nanos, Instant now) {
        switch (status) {
            case RUNNING: {
                long key = Units.humanDurationKey(since(seconds, nanos, now));
                if (key != upKey) {
                    upText = "Up " + Units.humanDurationText(key);
                    upKey = key;
                }
                return upText;
            }
            case EXITED: {
                long key = Units.humanDurationKey(since(seconds, nanos, now));
                if (key != exitedKey || exitCode != exitedCode) {
                    exitedText = "Exited (" + exitCode + ") " + Units.humanDurationText(key) + " ago";
                    exitedKey = key;
                    exitedCode = exitCode;
                }
                return exitedText;
            }
            case RESTARTING:
                // moby container/state.go String(): the time since the last exit
                return "Restarting (" + exitCode + ") "
                        + Units.humanDurationText(Units.humanDurationKey(since(seconds, nanos, now))) + " ago";
            case CREATED:
                return "Created";
            default:
                return status.word();
        }
    }
}
