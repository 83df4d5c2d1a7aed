package io.github.berth.engine;

import java.time.Instant;

/**
 * One write of a container's process as the json-file log driver keeps it: which stream, the
 * text, and when. {@code docker logs} replays stdout entries on stdout and stderr entries on stderr.
 */
public record LogEntry(Stream stream, String text, Instant time) {
    public enum Stream { STDOUT, STDERR }
}
