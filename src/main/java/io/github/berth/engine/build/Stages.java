package io.github.berth.engine.build;

import io.github.berth.engine.BuildCache;
import io.github.berth.engine.Engine;
import io.github.berth.engine.HistoryEntry;
import io.github.berth.engine.Image;
import io.github.berth.engine.ImageRef;
import io.github.berth.engine.dockerfile.DockerfileParseException;
import io.github.berth.engine.dockerfile.DockerfileParser;
import io.github.berth.engine.dockerfile.Instruction;
import io.github.berth.engine.dockerfile.ShellLex;
import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds stages instruction by instruction, as BuildKit's dockerfile2llb dispatches them
 * (frontend/dockerfile/dockerfile2llb/convert.go at v0.22.0): metadata instructions change the
 * config and add history, filesystem ones (RUN, COPY, ADD, WORKDIR) make a layer, each cached.
 */
final class Stages {
    private static final String BUILDKIT = "buildkit.dockerfile.v0";

    final Engine engine;
    final BuildRequest req;
    final BuildTrace trace;
    final BuildContext context;
    final ShellLex lex;
    /** The lexer BuildKit names RUN steps with (raw quotes, unset variables kept). */
    final ShellLex rawLex;
    final Map<String, String> metaArgs;
    final Plan plan;
    final Set<String> used;
    private final Map<Integer, StageState> done = new HashMap<>();
    private final Builder builder;
    private boolean contextShown;

    Stages(Engine engine, BuildRequest req, BuildTrace trace, BuildContext context, int escape,
           Map<String, String> metaArgs, Plan plan, Set<String> used) {
        this.lex = new ShellLex(escape);
        this.rawLex = new ShellLex(escape, new ShellLex.Options(true, false, false, true));
        this.engine = engine;
        this.req = req;
        this.trace = trace;
        this.context = context;
        this.metaArgs = metaArgs;
        this.plan = plan;
        this.used = used;
        this.builder = new Builder(engine);
    }

    BuildCache cache() {
        return engine.layers().buildCache();
    }

    Instant now() {
        return engine.clock().instant();
    }

    /** The stage named (or numbered) {@code ref} before stage {@code before}, or null. */
    Plan.Stage stageNamed(String ref, int before) {
        for (Plan.Stage s : plan.stages()) {
            if (s.index() >= before) {
                break;
            }
            if (ref.equalsIgnoreCase(s.name() == null ? "" : s.name()) || ref.equals(String.valueOf(s.index()))) {
                return s;
            }
        }
        return null;
    }

    StageState stage(int index) {
        return done.get(index);
    }

    /** The stages the target needs, itself included: its base stage and COPY --from sources, transitively. */
    Set<Integer> reachable(int target) {
        Set<Integer> out = new LinkedHashSet<>();
        List<Integer> todo = new ArrayList<>(List.of(target));
        while (!todo.isEmpty()) {
            int i = todo.remove(todo.size() - 1);
            if (!out.add(i)) {
                continue;
            }
            Plan.Stage s = plan.stages().get(i);
            Plan.Stage base = stageNamed(Builder.expand(lex, s.from().words().get(0), metaArgs), i);
            if (base != null) {
                todo.add(base.index());
            }
            for (Instruction c : s.commands()) {
                String from = Flags.value(c.flags(), "from");
                if (from != null) {
                    Plan.Stage dep = stageNamed(from, i);
                    if (dep != null) {
                        todo.add(dep.index());
                    }
                }
            }
        }
        return out;
    }

    StageState run(Plan.Stage s) throws Builder.StepFailure {
        StageState st = new StageState(plan.stages().size() > 1 ? s.label() : null);
        String base = Builder.expand(lex, s.from().words().get(0), metaArgs);
        Plan.Stage baseStage = stageNamed(base, s.index());
        List<Instruction> triggers = new ArrayList<>();
        Image image = null;
        if (baseStage != null) {
            StageState b = done.get(baseStage.index());
            st.tree = b.tree;
            st.key = b.key;
            st.legacyKey = b.legacyKey;
            st.time = b.time;
            st.legacyId = b.legacyId;
            st.layers.addAll(b.layers);
            st.builtLayers.putAll(b.builtLayers);
            st.history.addAll(b.history);
            st.inherit(b.config());
        } else if (base.equalsIgnoreCase("scratch")) {
            st.tree = Node.Dir.empty();
            st.key = "scratch";
            st.legacyKey = "scratch";
            st.time = now();
            st.legacyId = "";
        } else {
            ImageRef ref = ImageRef.parse(base);
            String full = ref.domain() + "/" + ref.path() + ":" + ref.tag();
            if (!trace.metadataFor.contains(full)) {
                trace.metadataFor.add(full);
            }
            image = builder.baseImage(base, req.pull(), s.from());
            st.tree = engine.layers().tree(image);
            st.layers.addAll(engine.layers().diffIds(image));
            st.history.addAll(engine.layers().history(image));
            st.inherit(image.config());
            st.key = "from:" + image.id();
            st.legacyKey = st.key;
            st.legacyId = image.shortId();
            for (String text : image.config().onBuild()) {
                try {
                    triggers.add(DockerfileParser.parse(text).instructions().get(0));
                } catch (DockerfileParseException e) {
                    throw new Builder.StepFailure(e.getMessage(), e.getMessage(), 1, s.from());
                }
            }
        }
        for (Instruction c : s.commands()) {
            if (Steps.isFilesystem(c.command())) {
                st.cmdTotal++;
            }
        }
        st.cmdTotal += triggers.size() + (image != null ? 1 : 0);
        if (image != null) {
            boolean seen = cache().find(st.key).isPresent();
            if (!seen) {
                cache().put(st.key, new BuildCache.Entry(st.tree, null, now()));
            }
            st.time = cache().find(st.key).orElseThrow().created();
            ImageRef ref = ImageRef.parse(base);
            String digest = image.repoDigests().isEmpty() ? ""
                    : image.repoDigests().get(0).substring(image.repoDigests().get(0).indexOf('@'));
            String vertex = Steps.prefix(st, false) + "FROM " + ref.domain() + "/" + ref.path() + ":" + ref.tag()
                    + digest;
            trace.add(new BuildTrace.Step(vertex, s.from().original(), BuildTrace.Kind.FROM, seen, false,
                    List.of(), null, st.legacyId, null, false));
        } else {
            trace.add(new BuildTrace.Step(null, s.from().original(), BuildTrace.Kind.FROM, false, false,
                    List.of(), null, st.legacyId, null, false));
        }
        if (s.index() == trace.lastStage) {
            trace.metadataComplete = true;
            trace.changed();
        }
        Steps steps = new Steps(this, st);
        for (Instruction t : triggers) {
            steps.dispatch(t, true);
        }
        for (Instruction c : s.commands()) {
            steps.dispatch(c, false);
        }
        done.put(s.index(), st);
        return st;
    }

    /** Shows "[internal] load build context" once, before the first step that reads it. */
    boolean firstContextUse() {
        if (contextShown) {
            return false;
        }
        contextShown = true;
        return true;
    }

    Builder builder() {
        return builder;
    }

    void history(StageState st, String createdBy, boolean layer) {
        st.history.add(new HistoryEntry(st.time, createdBy, BUILDKIT, !layer));
    }

    static String abs(String cwd, String path) {
        return VPath.resolve(cwd, path);
    }
}
