package io.github.berth.cli;

import io.github.berth.engine.Container;
import io.github.berth.engine.Engine;
import io.github.berth.engine.Image;
import io.github.berth.engine.ImageRef;
import io.github.berth.engine.PullOutcome;
import io.github.berth.engine.StartOutcome;
import io.github.berth.shell.Output;
import java.util.List;
import java.util.Optional;

/**
 * {@code docker run}: pulls a missing image (progress on stderr, as docker/cli's pullImage does),
 * creates the container and runs it attached, or detached with {@code -d}. Errors are wrapped as
 * docker/cli v28.2.2 cli/command/container/run.go withHelp/toStatusError do: 125 for daemon
 * errors, 127 for a missing executable, 126 when it cannot be run.
 */
final class RunCommand implements DockerCommand {
    private static final CommandSpec SPEC = new CommandSpec("run", "[OPTIONS] IMAGE [COMMAND] [ARG...]",
            "Create and run a new container from an image", List.of(
                    FlagSpec.bool("detach", 'd', "Run container in background and print container ID"),
                    FlagSpec.value("name", (char) 0, "string", "Assign a name to the container"),
                    FlagSpec.bool("quiet", 'q', "Suppress the pull output"),
                    FlagSpec.bool("rm", (char) 0, "Automatically remove the container and its associated anonymous volumes when it exits")),
            new ArgsRule.AtLeast(1), false);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        Output out = inv.out();
        Engine engine = inv.engine();
        String imageArg = inv.args().positionals().get(0);
        ImageRef ref = ImageRef.parse(imageArg);
        String name = inv.args().value("name");
        Optional<Image> image = engine.image(ref);
        if (image.isEmpty()) {
            boolean quiet = inv.args().bool("quiet");
            if (!quiet) {
                // create.go: "we don't want to write to stdout anything apart from container.ID"
                out.errLine("Unable to find image '" + ref.familiarString() + "' locally");
            }
            PullProgress progress = new PullProgress(quiet ? Output.DISCARD : out, true, inv.terminal());
            PullOutcome pulled = engine.pull(ref, progress);
            progress.flushLayers();
            if (pulled instanceof PullOutcome.Failed failed) {
                return fail(out, 125, "Error response from daemon: " + failed.message());
            }
            image = Optional.of(((PullOutcome.Pulled) pulled).image());
        }
        // moby daemon/create.go: the image is resolved (and pulled) before the name is reserved
        if (name != null) {
            Optional<String> nameError = engine.nameError(name);
            if (nameError.isPresent()) {
                return fail(out, 125, "Error response from daemon: " + nameError.get());
            }
        }
        List<String> command = inv.args().positionals().subList(1, inv.args().positionals().size());
        List<String> imageCmd = image.get().config().cmd();
        List<String> imageEntrypoint = image.get().config().entrypoint();
        if (command.isEmpty() && (imageCmd == null || imageCmd.isEmpty())
                && (imageEntrypoint == null || imageEntrypoint.isEmpty())) {
            // moby daemon/container.go verifyContainerSettings: nothing to run
            return fail(out, 125, "Error response from daemon: no command specified");
        }
        boolean detach = inv.args().bool("detach");
        Container container = engine.create(image.get(), imageArg, name, command, inv.args().bool("rm"), !detach);
        if (detach) {
            out.outLine(container.id());
        }
        StartOutcome started = engine.start(container.id(), detach ? Output.DISCARD : out, detach);
        if (started instanceof StartOutcome.Failed failed) {
            // the failure is reported even when detached; the container stays in "created"
            // (or, with --rm, the engine has removed it)
            return fail(out, failed.notFound() ? 127 : 126, "Error response from daemon: " + failed.message());
        }
        return detach ? 0 : ((StartOutcome.Ran) started).container().state().exitCode();
    }

    private static int fail(Output out, int status, String message) {
        out.errLine("docker: " + message + "\n\nRun 'docker run --help' for more information");
        return status;
    }
}
