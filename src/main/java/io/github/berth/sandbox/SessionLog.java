package io.github.berth.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a sandbox was made from and every change made in it since, in order: each input the shell
 * ran (with the instant it ran at, in a live session) and each file the editor saved. The sandbox
 * is deterministic given these, so undo makes a fresh one and replays all but the last change.
 */
public final class SessionLog {
    /** One change. */
    public sealed interface Entry permits Input, Write {
        void replay(Sandbox sandbox);

        /** How a learner would recognise it: the command line, or the file saved. */
        String describe();
    }

    /** A line (or several) the shell ran; {@code at} is null for a seeded sandbox, whose clock steps by itself. */
    public record Input(String text, Instant at) implements Entry {
        public void replay(Sandbox sandbox) {
            sandbox.replayInput(text, at);
        }

        public String describe() {
            return text.strip();
        }
    }

    /** A file the editor saved. */
    public record Write(String path, byte[] content) implements Entry {
        public Write {
            content = content.clone();
        }

        public void replay(Sandbox sandbox) {
            sandbox.files().write(path, content);
        }

        public String describe() {
            return "saving " + path;
        }
    }

    private final Long seed;
    private final long randomSeed;
    private final Map<String, byte[]> workspace;
    private final boolean terminal;
    private final List<Entry> entries = new ArrayList<>();

    SessionLog(Long seed, long randomSeed, Map<String, byte[]> workspace, boolean terminal) {
        this.seed = seed;
        this.randomSeed = randomSeed;
        this.workspace = workspace;
        this.terminal = terminal;
    }

    void input(String text, Instant at) {
        entries.add(new Input(text, at));
    }

    void write(String path, byte[] content) {
        entries.add(new Write(path, content));
    }

    int size() {
        return entries.size();
    }

    /** The index of the last change that is not a blank line, or -1. */
    int lastChange() {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (!(entries.get(i) instanceof Input input) || !input.text().isBlank()) {
                return i;
            }
        }
        return -1;
    }

    List<Entry> entries() {
        return entries;
    }

    Long seed() {
        return seed;
    }

    long randomSeed() {
        return randomSeed;
    }

    Map<String, byte[]> workspace() {
        return workspace;
    }

    boolean terminal() {
        return terminal;
    }
}
