package io.github.berth.cli;

import io.github.berth.engine.build.BuildRequest;
import io.github.berth.engine.build.BuildTrace;
import io.github.berth.engine.build.Builder;
import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code docker build}: with BuildKit (the default: docker/cli hands the command to buildx) or,
 * with {@code DOCKER_BUILDKIT=0} in the environment, the deprecated legacy builder. The context
 * is a directory of the sandbox's filesystem; progress is shown as buildx's plain printer does,
 * on standard error, or as the legacy builder's steps on standard output.
 */
final class BuildCommand implements DockerCommand {
    static final String LEGACY_NOTICE = "DEPRECATED: The legacy builder is deprecated and will be removed in a future"
            + " release.\n            BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0\n"
            + "            environment-variable.\n\n";
    private static final String USAGE = "[OPTIONS] PATH | URL | -";
    private static final CommandSpec SPEC = new CommandSpec("build", USAGE, "Build an image from a Dockerfile", List.of(
            FlagSpec.value("build-arg", (char) 0, "list", "Set build-time variables"),
            FlagSpec.value("file", 'f', "string", "Name of the Dockerfile (Default is \"PATH/Dockerfile\")"),
            FlagSpec.value("label", (char) 0, "list", "Set metadata for an image"),
            FlagSpec.bool("no-cache", (char) 0, "Do not use cache when building the image"),
            FlagSpec.value("progress", (char) 0, "string", "Set type of progress output (\"auto\", \"plain\", \"tty\","
                    + " \"rawjson\"). Use plain to show container output"),
            FlagSpec.bool("pull", (char) 0, "Always attempt to pull all referenced images"),
            FlagSpec.bool("quiet", 'q', "Suppress the build output and print image ID on success"),
            FlagSpec.value("tag", 't', "list", "Name and optionally a tag (format: \"name:tag\")"),
            FlagSpec.value("target", (char) 0, "string", "Set the target build stage to build")),
            new ArgsRule.AtLeast(0), true);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        boolean legacy = legacy(inv);
        if (legacy) {
            inv.out().stderr(LEGACY_NOTICE);
        }
        List<String> positionals = inv.args().positionals();
        if (positionals.size() != 1) {
            // cli/required.go ExactArgs(1), from buildx's "build" command (an "ERROR: " before it) or docker's own
            String path = legacy ? "docker build" : "docker buildx build";
            inv.out().errLine((legacy ? "" : "ERROR: ") + "docker: '" + path + "' requires 1 argument\n\nUsage:  "
                    + path + " " + USAGE + "\n\nRun '" + path + " --help' for more information");
            return 1;
        }
        String prefix = legacy ? "" : "ERROR: ";
        for (String tag : inv.args().flags().getOrDefault("tag", List.of())) {
            int colon = tag.lastIndexOf(':');
            String repository = colon > tag.lastIndexOf('/') ? tag.substring(0, colon) : tag;
            if (!repository.equals(repository.toLowerCase(Locale.ROOT))) {
                inv.out().errLine(prefix + "invalid tag \"" + tag + "\": repository name must be lowercase");
                return 1;
            }
        }
        String cwd = inv.state().cwd();
        String contextArg = positionals.get(0);
        String contextDir = VPath.resolve(cwd, contextArg);
        if (!(inv.state().fs().lookup(contextDir).orElse(null) instanceof Node.Dir)) {
            inv.out().errLine(prefix + "unable to prepare context: path \"" + contextArg + "\" not found");
            return 1;
        }
        String file = inv.args().value("file");
        String dockerfile = file == null ? VPath.resolve(contextDir, "Dockerfile") : VPath.resolve(cwd, file);
        Map<String, String> buildArgs = new LinkedHashMap<>();
        for (String arg : inv.args().flags().getOrDefault("build-arg", List.of())) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                String fromEnv = inv.state().var(arg);
                if (fromEnv != null) {
                    buildArgs.put(arg, fromEnv);
                }
            } else {
                buildArgs.put(arg.substring(0, eq), arg.substring(eq + 1));
            }
        }
        List<String> tags = inv.args().flags().getOrDefault("tag", List.of());
        BuildRequest request = new BuildRequest(inv.state().fs(), contextDir, dockerfile, VPath.name(dockerfile), tags,
                buildArgs, inv.args().value("target"), inv.args().bool("no-cache"), inv.args().bool("pull"));
        boolean quiet = inv.args().bool("quiet");
        // the progress is written as the build runs: each step's header when it starts, RUN's output as it comes
        BuildStream stream = new BuildStream(legacy ? inv.out()::stdout : inv.out()::stderr);
        java.util.Map<BuildTrace.Step, String> steps = new java.util.IdentityHashMap<>();
        BuildTrace trace = new Builder(inv.engine()).build(request, quiet ? t -> { }
                : t -> stream.show(legacy ? LegacyBuildOutput.render(t, true) : PlainBuildOutput.render(t, true, steps)));
        return legacy ? LegacyBuildOutput.print(trace, inv.out(), quiet, stream.shown())
                : PlainBuildOutput.print(trace, inv.out(), quiet, stream.shown());
    }

    /** docker/cli: DOCKER_BUILDKIT as strconv.ParseBool reads it; false selects the legacy builder. */
    private static boolean legacy(Invocation inv) {
        String value = inv.state() == null ? null : inv.state().var("DOCKER_BUILDKIT");
        return value != null && (value.equals("0") || value.equalsIgnoreCase("false") || value.equals("f")
                || value.equals("F"));
    }
}
