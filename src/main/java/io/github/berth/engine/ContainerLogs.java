package io.github.berth.engine;

import io.github.berth.shell.Output;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What each container's process wrote, as the json-file log driver keeps it (one entry per line). */
final class ContainerLogs {
    private final Clock clock;
    private final Map<String, List<LogEntry>> logs = new HashMap<>();

    ContainerLogs(Clock clock) {
        this.clock = clock;
    }

    /** The container's log, in order. */
    List<LogEntry> of(String id) {
        return List.copyOf(logs.getOrDefault(id, List.of()));
    }

    /** The container has a log from now on, even if its process writes nothing. */
    void open(String id) {
        logs.computeIfAbsent(id, k -> new ArrayList<>());
    }

    void remove(String id) {
        logs.remove(id);
    }

    /** Output that goes to the container's log and to {@code attached}. */
    Output logged(String id, Output attached) {
        List<LogEntry> log = logs.computeIfAbsent(id, k -> new ArrayList<>());
        return Output.of(text -> {
            appendLines(log, LogEntry.Stream.STDOUT, text);
            attached.stdout(text);
        }, text -> {
            appendLines(log, LogEntry.Stream.STDERR, text);
            attached.stderr(text);
        });
    }

    /** The json-file driver keeps one entry per line (moby daemon/logger/copier.go splits at newlines). */
    private void appendLines(List<LogEntry> log, LogEntry.Stream stream, String text) {
        int from = 0;
        while (from < text.length()) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl + 1;
            log.add(new LogEntry(stream, text.substring(from, to), clock.instant()));
            from = to;
        }
    }
}
