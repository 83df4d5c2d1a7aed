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
        long key = Units.humanDurationKey(Duration.between(then, now));
        if (key != agoKey) {
            agoText = Units.humanDurationText(key) + " ago";
            agoKey = key;
        }
        return agoText;
    }

    /** The STATUS column as moby's container State.String() words it, without " (Paused)". */
    String status(Container c, Instant now) {
        ContainerState s = c.state();
        switch (s.status()) {
            case RUNNING: {
                long key = Units.humanDurationKey(Duration.between(s.startedAt(), now));
                if (key != upKey) {
                    upText = "Up " + Units.humanDurationText(key);
                    upKey = key;
                }
                return upText;
            }
            case EXITED: {
                long key = Units.humanDurationKey(Duration.between(s.finishedAt(), now));
                if (key != exitedKey || s.exitCode() != exitedCode) {
                    exitedText = "Exited (" + s.exitCode() + ") " + Units.humanDurationText(key) + " ago";
                    exitedKey = key;
                    exitedCode = s.exitCode();
                }
                return exitedText;
            }
            case RESTARTING:
                // moby container/state.go String(): the time since the last exit
                return "Restarting (" + s.exitCode() + ") "
                        + Units.humanDurationText(Units.humanDurationKey(Duration.between(s.finishedAt(), now))) + " ago";
            case CREATED:
                return "Created";
            default:
                return s.status().word();
        }
    }
}
