package io.github.berth.engine.build;

import io.github.berth.engine.ImageRef;
import io.github.berth.engine.dockerfile.Instruction;
import java.util.Optional;
import java.util.Set;

/**
 * BuildKit checks every {@code --chmod} while it turns the Dockerfile into its build graph
 * (dockerfile2llb convert.go dispatchCopy), after resolving the base images' metadata and
 * before any step runs: a bad value fails the build at its line and nothing is built.
 */
final class ChmodCheck {
    private ChmodCheck() {}

    static Optional<BuildTrace.Failed> refuse(Plan plan, Set<Integer> needed, Stages stages, BuildTrace trace) {
        for (Plan.Stage s : plan.stages()) {
            if (!needed.contains(s.index())) {
                continue;
            }
            for (Instruction c : s.commands()) {
                if (!c.command().equals("copy") && !c.command().equals("add")) {
                    continue;
                }
                String error = Ownership.chmodError(Flags.value(c.flags(), "chmod"));
                if (error != null) {
                    resolvedBases(plan, needed, stages, trace);
                    // the legacy builder refuses any --chmod (moby builder/dockerfile/dispatchers.go)
                    return Optional.of(new BuildTrace.Failed("failed to solve: " + error, c.startLine(), c.endLine(),
                            "the --chmod option requires BuildKit. Refer to https://docs.docker.com/go/buildkit/ to"
                                    + " learn how to build images with BuildKit enabled", 1, false));
                }
            }
        }
        return Optional.empty();
    }

    /** The "load metadata" lines BuildKit shows before it converts the instructions. */
    private static void resolvedBases(Plan plan, Set<Integer> needed, Stages stages, BuildTrace trace) {
        for (Plan.Stage s : plan.stages()) {
            String base = Builder.expand(stages.lex, s.from().words().get(0), stages.metaArgs);
            if (!needed.contains(s.index()) || base.equalsIgnoreCase("scratch")
                    || stages.stageNamed(base, s.index()) != null) {
                continue;
            }
            ImageRef ref = ImageRef.parse(base);
            String full = ref.domain() + "/" + ref.path() + ":" + ref.tag();
            if (!trace.metadataFor.contains(full)) {
                trace.metadataFor.add(full);
            }
        }
    }
}
