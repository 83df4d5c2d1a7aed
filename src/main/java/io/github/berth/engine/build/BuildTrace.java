package io.github.berth.engine.build;

import io.github.berth.engine.Image;
import java.util.ArrayList;
import java.util.List;

/**
 * What a build did, step by step, for the two ways of showing it (BuildKit's progress and the
 * legacy builder's steps): the Dockerfile, the base images whose metadata was loaded, whether
 * and how much build context was sent, each instruction run or found in the cache, and the end.
 */
public final class BuildTrace {
    /** One instruction. {@code vertex} is BuildKit's name for it, null when BuildKit shows none (metadata). */
    public record Step(String vertex, String legacyText, Kind kind, boolean cached, boolean legacyCached,
                       List<Chunk> output, String error, String legacyId, String containerId, boolean usesContext) {}

    public enum Kind { FROM, FILES, RUN, METADATA }

    /** Output of a RUN, in order, each piece from stdout or stderr. */
    public record Chunk(boolean stderr, String text) {}

    /** How the build ended. */
    public sealed interface Outcome permits Built, Failed {}

    /** The image, and the names it was given ({@code docker.io/library/x:latest}). */
    public record Built(Image image, List<String> names) implements Outcome {}

    /**
     * BuildKit's error ({@code message} follows "ERROR: "), the Dockerfile lines it points at (0
     * when none), and the legacy builder's message and exit status for the same failure.
     */
    public record Failed(String message, int startLine, int endLine, String legacyMessage, int legacyExit,
                         boolean beforeSteps) implements Outcome {}

    final List<Step> steps = new ArrayList<>();
    final List<String> metadataFor = new ArrayList<>();
    String dockerfileName = "Dockerfile";
    String dockerfileText = "";
    long contextSize;
    long contextTarSize;
    long ignoreSize;
    int legacyTotal;
    List<String> unusedArgs = List.of();
    Outcome outcome;

    public List<Step> steps() {
        return List.copyOf(steps);
    }

    public List<String> metadataFor() {
        return List.copyOf(metadataFor);
    }

    public String dockerfileName() {
        return dockerfileName;
    }

    public String dockerfileText() {
        return dockerfileText;
    }

    public long contextSize() {
        return contextSize;
    }

    public long contextTarSize() {
        return contextTarSize;
    }

    /** The bytes of {@code .dockerignore} ("transferring context: 2B" when there is none). */
    public long ignoreSize() {
        return ignoreSize;
    }

    public int legacyTotal() {
        return legacyTotal;
    }

    /** Build arguments no ARG used (the legacy builder warns of them). */
    public List<String> unusedArgs() {
        return unusedArgs;
    }

    public Outcome outcome() {
        return outcome;
    }
}
