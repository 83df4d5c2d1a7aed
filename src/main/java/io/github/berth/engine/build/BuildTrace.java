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
    /** The instruction running now (its output growing as it writes), null between instructions. */
    Step running;
    /** Whether every base image's metadata has been loaded (BuildKit shows them all before the steps). */
    boolean metadataComplete;
    int lastStage = -1;
    java.util.function.Consumer<BuildTrace> progress = t -> { };

    /** Records a finished instruction and tells whoever shows the build. */
    void add(Step step) {
        steps.add(step);
        running = null;
        changed();
    }

    /** An instruction starts: {@code output} is the list its output is appended to. */
    void start(Step step) {
        running = step;
        changed();
    }

    void changed() {
        progress.accept(this);
    }

    /** The instruction running now, with its output so far, or null. */
    public Step running() {
        return running == null ? null : new Step(running.vertex(), running.legacyText(), running.kind(), false, false,
                List.copyOf(running.output()), null, null, running.containerId(), running.usesContext());
    }

    /** Whether the metadata of every base image is known, so BuildKit's header of the build can be shown. */
    public boolean metadataComplete() {
        return metadataComplete;
    }

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
