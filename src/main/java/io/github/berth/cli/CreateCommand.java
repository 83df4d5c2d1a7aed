package io.github.berth.cli;

import io.github.berth.engine.Container;
import io.github.berth.engine.ContainerOptions;
import io.github.berth.engine.Image;
import io.github.berth.engine.ImageRef;
import io.github.berth.engine.PullOutcome;
import io.github.berth.shell.Output;
import java.util.List;
import java.util.Optional;

/**
 * {@code docker create}: docker/cli v28.2.2 cli/command/container/create.go. Pulls a missing
 * image (progress on stderr), creates the container and prints its id; errors are "docker: …"
 * with status 125, as for run.
 */
final class CreateCommand implements DockerCommand {
    private static final CommandSpec SPEC = new CommandSpec("create", "[OPTIONS] IMAGE [COMMAND] [ARG...]",
            "Create a new container", RunOptions.withCommon(List.of(
                    FlagSpec.value("name", (char) 0, "string", "Assign a name to the container"),
                    FlagSpec.bool("quiet", 'q', "Suppress the pull output"),
                    FlagSpec.bool("rm", (char) 0, "Automatically remove the container and its associated anonymous volumes when it exits"),
                    FlagSpec.value("volume", 'v', "list", "Bind mount a volume"),
                    FlagSpec.value("mount", (char) 0, "mount", "Attach a filesystem mount to the container"),
                    FlagSpec.value("network", (char) 0, "network", "Connect a container to a network"),
                    FlagSpec.value("network-alias", (char) 0, "list", "Add network-scoped alias for the container"))),
            new ArgsRule.AtLeast(1), false);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        Output out = inv.out();
        String imageArg = inv.args().positionals().get(0);
        ImageRef ref = ImageRef.parse(imageArg);
        RunOptions.Parsed parsed = RunOptions.parse(inv.args(), inv.state());
        Optional<String> linkFlag = LinkOptions.flagError(inv);
        if (linkFlag.isPresent()) {
            parsed = new RunOptions.Parsed.FlagError(linkFlag.get());
        }
        if (parsed instanceof RunOptions.Parsed.FlagError flagError) {
            out.errLine(flagError.message() + "\n\nUsage:  " + inv.commandPath() + " " + SPEC.usage()
                    + "\n\nRun '" + inv.commandPath() + " --help' for more information");
            return 125;
        }
        if (parsed instanceof RunOptions.Parsed.Invalid invalid) {
            return fail(inv, invalid.message());
        }
        ContainerOptions options = ((RunOptions.Parsed.Ok) parsed).options();
        Optional<String> badReference = References.anyError(imageArg);
        if (badReference.isPresent()) {
            out.errLine(badReference.get()); // runCreate's own error: plain, status 1 (docker/cli create.go)
            return 1;
        }
        Optional<Image> image = inv.engine().image(ref);
        if (image.isEmpty()) {
            boolean quiet = inv.args().bool("quiet");
            if (!quiet) {
                out.errLine("Unable to find image '" + ref.familiarString() + "' locally");
            }
            PullProgress progress = new PullProgress(quiet ? Output.DISCARD : out, true, inv.terminal());
            PullOutcome pulled = inv.engine().pull(ref, progress);
            progress.flushLayers();
            if (pulled instanceof PullOutcome.Failed failed) {
                return fail(inv, "Error response from daemon: " + failed.message());
            }
            image = Optional.of(((PullOutcome.Pulled) pulled).image());
        }
        Optional<String> restartError = RunOptions.restartError(options.restart());
        if (restartError.isPresent()) {
            return fail(inv, "Error response from daemon: " + restartError.get());
        }
        String name = inv.args().value("name");
        if (name != null) {
            Optional<String> nameError = inv.engine().nameError(name);
            if (nameError.isPresent()) {
                return fail(inv, "Error response from daemon: " + nameError.get());
            }
        }
        // as for run: the mounts and the network are checked at create and the container joins them (RunCommand)
        MountSpecs.Parsed mounts = MountSpecs.parse(inv.args().flags().get("volume"), inv.args().flags().get("mount"),
                inv.state());
        if (mounts.error() != null) {
            return fail(inv, "Error response from daemon: " + mounts.error());
        }
        Optional<String> networkError = NetworkCommands.checkRunNetwork(inv)
                .or(() -> NetworkCommands.checkRunAliases(inv));
        if (networkError.isPresent()) {
            return fail(inv, "Error response from daemon: " + networkError.get());
        }
        Optional<String> linkError = LinkOptions.daemonError(inv);
        if (linkError.isPresent()) {
            return fail(inv, "Error response from daemon: " + linkError.get());
        }
        List<String> command = inv.args().positionals().subList(1, inv.args().positionals().size());
        Container c = inv.engine().create(image.get(), imageArg, name, command, inv.args().bool("rm"), true, options);
        inv.engine().volumes().attach(c.id(), mounts.mounts());
        inv.engine().volumes().bindFrom(c.id(), inv.state().fs());
        NetworkCommands.attachRun(inv, c);
        LinkOptions.register(inv, c);
        out.outLine(c.id());
        return 0;
    }

    private static int fail(Invocation inv, String message) {
        inv.out().errLine("docker: " + message + "\n\nRun '" + inv.commandPath() + " --help' for more information");
        return 125;
    }
}
