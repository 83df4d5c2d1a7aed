package io.github.berth.engine.build;

import io.github.berth.engine.Engine;
import io.github.berth.engine.Image;
import io.github.berth.engine.ImageLookup;
import io.github.berth.engine.ImageRef;
import io.github.berth.engine.PullOutcome;
import io.github.berth.engine.dockerfile.DockerfileParseException;
import io.github.berth.engine.dockerfile.DockerfileParser;
import io.github.berth.engine.dockerfile.Instruction;
import io.github.berth.engine.dockerfile.ParseResult;
import io.github.berth.engine.dockerfile.ShellExpansionException;
import io.github.berth.engine.dockerfile.ShellLex;
import io.github.berth.fs.Node;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The image builder behind {@code docker build}: reads the context and Dockerfile from the
 * sandbox's filesystem, builds the stages the target needs in order, each filesystem step on a
 * union over the previous step's tree with its result cached, and stores the image. What
 * happened is returned as a {@link BuildTrace} for the client to show.
 */
public final class Builder {
    private final Engine engine;

    public Builder(Engine engine) {
        this.engine = engine;
    }

    /** Fails the build at an instruction: BuildKit's message and the legacy builder's. */
    static final class StepFailure extends Exception {
        private static final long serialVersionUID = 1L;
        String vertexError;
        final String legacyMessage;
        final int legacyExit;
        final transient Instruction at;

        StepFailure(String message, String legacyMessage, int legacyExit, Instruction at) {
            super(message);
            this.legacyMessage = legacyMessage;
            this.legacyExit = legacyExit;
            this.at = at;
        }
    }

    public BuildTrace build(BuildRequest req) {
        return build(req, t -> { });
    }

    /**
     * Builds, telling {@code progress} of each change as it happens: an instruction starting, each
     * piece of output it writes, an instruction done. The trace it is given grows; once it is
     * returned it is complete.
     */
    public BuildTrace build(BuildRequest req, java.util.function.Consumer<BuildTrace> progress) {
        BuildTrace trace = new BuildTrace();
        trace.progress = progress;
        Node dfNode = req.host().lookup(req.dockerfile()).orElse(null);
        trace.dockerfileName = req.dockerfileName();
        if (!(dfNode instanceof Node.File df)) {
            String open = "open " + req.dockerfileName() + ": no such file or directory";
            trace.outcome = new BuildTrace.Failed("failed to solve: failed to read dockerfile: " + open, 0, 0,
                    "Cannot locate specified Dockerfile: " + req.dockerfileName(), 1, true);
            return trace;
        }
        String text = new String(df.content(), StandardCharsets.UTF_8);
        trace.dockerfileText = text;
        BuildContext context = BuildContext.read(req.host(), req.contextDir());
        trace.contextSize = context.transferSize();
        trace.contextTarSize = context.tarSize();
        trace.ignoreSize = context.hasIgnoreFile() ? context.ignoreFileSize() : 2;
        ParseResult parsed;
        Plan plan;
        try {
            parsed = DockerfileParser.parse(text);
            plan = Plan.of(parsed.instructions());
        } catch (DockerfileParseException e) {
            trace.outcome = new BuildTrace.Failed("failed to solve: dockerfile parse error on line " + e.startLine()
                    + ": " + e.getMessage(), e.startLine(), e.endLine(),
                    "dockerfile parse error on line " + e.startLine() + ": " + e.getMessage(), 1, true);
            return trace;
        } catch (Plan.Invalid e) {
            trace.outcome = new BuildTrace.Failed("failed to solve: dockerfile parse error on line "
                    + e.at.startLine() + ": " + e.getMessage(), e.at.startLine(), e.at.endLine(),
                    "dockerfile parse error on line " + e.at.startLine() + ": " + e.getMessage(), 1, true);
            return trace;
        }
        if (plan.stages().isEmpty()) {
            trace.outcome = new BuildTrace.Failed("failed to solve: dockerfile contains no stages to build", 0, 0,
                    "No image was generated. Is your Dockerfile empty?", 1, true);
            return trace;
        }
        ShellLex lex = new ShellLex(parsed.escapeToken());
        Map<String, String> metaArgs = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (Instruction arg : plan.metaArgs()) {
            for (String word : arg.words()) {
                int eq = word.indexOf('=');
                String key = eq < 0 ? word : word.substring(0, eq);
                String value = req.buildArgs().containsKey(key) ? req.buildArgs().get(key)
                        : eq < 0 ? null : expand(lex, word.substring(eq + 1), metaArgs);
                used.add(key);
                if (value != null) {
                    metaArgs.put(key, value);
                }
            }
        }
        int target = plan.stages().size() - 1;
        if (req.target() != null) {
            target = -1;
            for (Plan.Stage s : plan.stages()) {
                if (req.target().equalsIgnoreCase(s.name() == null ? "" : s.name())) {
                    target = s.index();
                }
            }
            if (target < 0) {
                trace.outcome = new BuildTrace.Failed("failed to solve: target stage \"" + req.target()
                        + "\" could not be found", 0, 0, "target stage \"" + req.target() + "\" could not be found", 1,
                        true);
                return trace;
            }
        }
        Stages stages = new Stages(engine, req, trace, context, parsed.escapeToken(), metaArgs, plan, used);
        trace.legacyTotal = plan.metaArgs().size();
        for (Plan.Stage s : plan.stages()) {
            trace.legacyTotal += 1 + s.commands().size();
        }
        Set<Integer> needed = stages.reachable(target);
        trace.lastStage = needed.stream().mapToInt(Integer::intValue).max().orElse(-1);
        Optional<BuildTrace.Failed> refused = ChmodCheck.refuse(plan, needed, stages, trace);
        if (refused.isPresent()) {
            trace.outcome = refused.get();
            return trace;
        }
        StageState last = null;
        try {
            for (Plan.Stage s : plan.stages()) {
                if (needed.contains(s.index())) {
                    last = stages.run(s);
                }
            }
        } catch (StepFailure f) {
            Instruction at = f.at;
            trace.outcome = new BuildTrace.Failed("failed to solve: " + f.getMessage(),
                    at == null ? 0 : at.startLine(), at == null ? 0 : at.endLine(), f.legacyMessage, f.legacyExit,
                    false);
            return trace;
        }
        List<String> unused = new ArrayList<>();
        for (String key : req.buildArgs().keySet()) {
            if (!used.contains(key)) {
                unused.add(key);
            }
        }
        trace.unusedArgs = unused;
        trace.outcome = finish(req, last);
        return trace;
    }

    private BuildTrace.Built finish(BuildRequest req, StageState stage) {
        String id = ImageIds.of(stage);
        long size = engine.layers().size(stage.layers);
        List<String> names = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String tag : req.tags()) {
            ImageRef ref = ImageRef.parse(tag);
            names.add(ref.domain() + "/" + ref.path() + ":" + ref.tag());
            tags.add(ref.familiarString());
        }
        Optional<Image> existing = engine.imageById(id);
        Set<String> allTags = new LinkedHashSet<>(existing.map(Image::repoTags).orElse(List.of()));
        allTags.addAll(tags);
        Image image = new Image(id, List.copyOf(allTags), List.of(), stage.time, size, stage.config(), Map.of(),
                stage.layers, stage.history, "");
        engine.store(image);
        engine.layers().keepTree(id, stage.tree);
        engine.layers().rememberBuild(id, stage.builtLayers);
        return new BuildTrace.Built(image, names);
    }

    static String expand(ShellLex lex, String word, Map<String, String> env) {
        try {
            return lex.processWord(word, env);
        } catch (ShellExpansionException e) {
            return word;
        }
    }

    /** The image a FROM or COPY --from names: local, else pulled (always pulled with --pull). */
    Image baseImage(String name, boolean pull, Instruction at) throws StepFailure {
        ImageRef ref = ImageRef.parse(name);
        Optional<Image> local = pull ? Optional.empty() : ImageLookup.find(engine, name);
        if (local.isPresent()) {
            return local.get();
        }
        PullOutcome pulled = engine.pull(ref, e -> { });
        if (pulled instanceof PullOutcome.Failed failed) {
            Optional<Image> fallback = ImageLookup.find(engine, name);
            if (fallback.isPresent() && pull && !failed.message().startsWith("pull access denied")) {
                return fallback.get();
            }
            String full = ref.domain() + "/" + ref.path() + ":" + ref.tag();
            throw new StepFailure(name + ": failed to resolve source metadata for " + full + ": " + resolveError(ref,
                    failed.message()), failed.message(), 1, at);
        }
        return ((PullOutcome.Pulled) pulled).image();
    }

    /** BuildKit's resolver words a missing repository differently from the daemon's pull. */
    private static String resolveError(ImageRef ref, String daemonMessage) {
        if (daemonMessage.startsWith("pull access denied")) {
            return "pull access denied, repository does not exist or may require authorization: server message:"
                    + " insufficient_scope: authorization failed";
        }
        if (daemonMessage.startsWith("manifest for")) {
            return ref.domain() + "/" + ref.path() + ":" + ref.tag() + ": not found";
        }
        return daemonMessage;
    }
}
