package io.github.berth.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The running containers and when each one's process ends by itself ({@link Instant#MAX}: never),
 * in the order they started. The engine asks which are due before every look at its containers;
 * with thousands running it only walks them when the earliest deadline has passed.
 */
final class ProcessDeadlines {
    private final Map<String, Instant> until = new LinkedHashMap<>();
    /** No deadline is before this one (it may be earlier than the earliest left: then a walk sets it again). */
    private Instant earliest = Instant.MAX;

    void put(String id, Instant deadline) {
        until.put(id, deadline);
        if (deadline.isBefore(earliest)) {
            earliest = deadline;
        }
    }

    Instant get(String id) {
        return until.get(id);
    }

    void remove(String id) {
        until.remove(id);
    }

    /**
     * The process that ended first by {@code now}, with when, or null; it stays here until removed. It
     * walks the running containers only when the earliest deadline has passed.
     */
    Map.Entry<String, Instant> firstDue(Instant now) {
        if (until.isEmpty() || earliest.isAfter(now)) {
            return null;
        }
        Map.Entry<String, Instant> first = null;
        Instant next = Instant.MAX;
        for (Map.Entry<String, Instant> e : until.entrySet()) {
            if (!e.getValue().isAfter(now) && (first == null || e.getValue().isBefore(first.getValue()))) {
                first = e;
            }
            if (e.getValue().isBefore(next)) {
                next = e.getValue();
            }
        }
        earliest = next;
        return first == null ? null : Map.entry(first.getKey(), first.getValue());
    }

    /** The containers whose process has ended by {@code now}, in the order they started, with when; forgotten here. */
    List<Map.Entry<String, Instant>> due(Instant now) {
        if (until.isEmpty() || earliest.isAfter(now)) {
            return List.of();
        }
        List<Map.Entry<String, Instant>> due = new ArrayList<>();
        Instant next = Instant.MAX;
        for (Iterator<Map.Entry<String, Instant>> it = until.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Instant> e = it.next();
            if (!e.getValue().isAfter(now)) {
                due.add(Map.entry(e.getKey(), e.getValue()));
                it.remove();
            } else if (e.getValue().isBefore(next)) {
                next = e.getValue();
            }
        }
        earliest = next;
        return due;
    }
}
