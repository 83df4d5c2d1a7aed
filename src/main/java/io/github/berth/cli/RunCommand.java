package io.github.berth.cli;

import io.github.berth.engine.Container;
import io.github.berth.engine.ContainerOptions;
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
            "Create and run a new container from an image", RunOptions.withCommon(List.of(
                    FlagSpec.bool("detach", 'd', "Run container in background and print container ID"),
                    FlagSpec.value("name", (char) 0, "string", "Assign a name to the container"),
                    FlagSpec.bool("quiet", 'q', "Suppress the pull output"),
                    FlagSpec.bool("rm", (char) 0, "Automatically remove the container and its associated anonymous volumes when it exits"),
                    FlagSpec.value("volume", 'v', "list", "Bind mount a volume"),
                    FlagSpec.value("mount", (char) 0, "mount", "Attach a filesystem mount to the container"),
                    FlagSpec.value("network", (char) 0, "network", "Connect a container to a network"),
                    FlagSpec.bool("sig-proxy", (char) 0, "Proxy received signals to the process (default true)"),
                    FlagSpec.value("network-alias", (char) 0, "list", "Add network-scoped alias for the container"))),
            new ArgsRule.AtLeast(1), false);

    private final InteractiveShells shells;
    private final Foreground foreground;

    RunCommand(InteractiveShells shells, Foreground foreground) {
        this.shells = shells;
        this.foreground = foreground;
    }

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
            return fail(out, 125, invalid.message());
        }
        ContainerOptions options = ((RunOptions.Parsed.Ok) parsed).options();
        boolean detach = inv.args().bool("detach");
        if (!detach && options.interactive() && options.tty() && !inv.terminal()) {
            // docker/cli streams.In.CheckTty
            out.errLine("the input device is not a TTY");
            return 1;
        }
        Optional<String> badReference = References.anyError(imageArg); // docker/cli createContainer
        if (badReference.isPresent()) {
            return fail(out, 125, badReference.get());
        }
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
        Optional<String> restartError = RunOptions.restartError(options.restart());
        if (restartError.isPresent()) {
            return fail(out, 125, "Error response from daemon: " + restartError.get());
        }
        // moby daemon/create.go: the image is resolved (and pulled) before the name is reserved
        if (name != null) {
            Optional<String> nameError = engine.nameError(name);
            if (nameError.isPresent()) {
                return fail(out, 125, "Error response from daemon: " + nameError.get());
            }
        }
        MountSpecs.Parsed mounts = MountSpecs.parse(inv.args().flags().get("volume"), inv.args().flags().get("mount"),
                inv.state());
        if (mounts.error() != null) {
            return fail(out, 125, "Error response from daemon: " + mounts.error());
        }
        Optional<String> networkError = NetworkCommands.checkRunNetwork(inv)
                .or(() -> NetworkCommands.checkRunAliases(inv));
        if (networkError.isPresent()) {
            return fail(out, 125, "Error response from daemon: " + networkError.get());
        }
        Optional<String> linkError = LinkOptions.daemonError(inv);
        if (linkError.isPresent()) {
            return fail(out, 125, "Error response from daemon: " + linkError.get());
        }
        List<String> command = inv.args().positionals().subList(1, inv.args().positionals().size());
        List<String> imageCmd = image.get().config().cmd();
        List<String> imageEntrypoint = image.get().config().entrypoint();
        boolean noEntrypoint = options.entrypoint() != null ? options.entrypoint().isEmpty()
                : imageEntrypoint == null || imageEntrypoint.isEmpty();
        if (command.isEmpty() && noEntrypoint && (options.entrypoint() != null || imageCmd == null || imageCmd.isEmpty())) {
            // moby daemon/container.go verifyContainerSettings: nothing to run (--entrypoint drops the image's Cmd)
            return fail(out, 125, "Error response from daemon: no command specified");
        }
        Container container = engine.create(image.get(), imageArg, name, command, inv.args().bool("rm"), !detach,
                options);
        engine.volumes().attach(container.id(), mounts.mounts());
        engine.volumes().bindFrom(container.id(), inv.state().fs());
        NetworkCommands.attachRun(inv, container);
        LinkOptions.register(inv, container);
        if (detach) {
            out.outLine(container.id());
        }
        // -it opens the shell at the prompt; so does -i alone at a terminal, without a prompt (sh's
        // stdin is not a terminal); -i with input piped to docker gives the process that input
        boolean session = !detach && options.interactive() && inv.terminal() && inv.stdin().isEmpty();
        if (options.interactive() && !detach) {
            engine.runtime().feedStdin(container.id(), inv.stdin());
        }
        StartOutcome started = engine.start(container.id(), detach ? Output.DISCARD : out, detach || session);
        if (session && started instanceof StartOutcome.Ran ran
                && ran.container().state().status() == io.github.berth.engine.ContainerState.Status.RUNNING) {
            List<String> argv = new java.util.ArrayList<>();
            argv.add(ran.container().path());
            argv.addAll(ran.container().args());
            if ("".equals(shells.open(engine, container.id(), argv, "", "", true, options.tty()))) {
                return 0;
            }
        }
        if (!detach && started instanceof StartOutcome.Ran ran
                && ran.container().state().status() == io.github.berth.engine.ContainerState.Status.RUNNING) {
            // attached to a process that keeps running: the prompt is held until it ends (Ctrl-C);
            // with -t the container's terminal passes Ctrl-C on even without sig-proxy
            return Holding.attached(engine, foreground, container.id(),
                    AttachCommand.sigProxy(inv.args()) || options.tty(), out);
        }
        if (started instanceof StartOutcome.Failed failed) {
            // the failure is reported even when detached; the container stays in "created"
            // (or, with --rm, the engine has removed it)
            return fail(out, failed.notFound() ? 127 : RunStatus.of(failed.message()),
                    "Error response from daemon: " + failed.message());
        }
        return detach ? 0 : ((StartOutcome.Ran) started).container().state().exitCode();
    }

    private static int fail(Output out, int status, String message) {
        out.errLine("docker: " + message + "\n\nRun 'docker run --help' for more information");
        return status;
    }
}
