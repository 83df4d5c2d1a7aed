package io.github.berth.cli;

import io.github.berth.engine.ImageRef;
import io.github.berth.engine.PullOutcome;
import io.github.berth.shell.Output;
import java.util.List;
import java.util.Optional;

/** {@code docker pull}, as docker/cli v28.2.2 cli/command/image/pull.go runPull prints it (progress on stdout). */
final class PullCommand implements DockerCommand {
    private static final CommandSpec SPEC = new CommandSpec("pull", "[OPTIONS] NAME[:TAG|@DIGEST]",
            "Download an image from a registry",
            List.of(FlagSpec.bool("quiet", 'q', "Suppress verbose output")),
            new ArgsRule.Exactly(1), true);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        String arg = inv.args().positionals().get(0);
        Optional<String> badReference = References.namedError(arg); // docker/cli pull.go ParseNormalizedNamed
        if (badReference.isPresent()) {
            inv.out().errLine(badReference.get());
            return 1;
        }
        ImageRef ref = ImageRef.parse(arg);
        boolean quiet = inv.args().bool("quiet");
        boolean nameOnly = !arg.substring(arg.lastIndexOf('/') + 1).contains(":");
        if (nameOnly && !quiet) {
            inv.out().outLine("Using default tag: latest");
        }
        PullProgress progress = new PullProgress(quiet ? Output.DISCARD : inv.out(), false, inv.terminal());
        PullOutcome outcome = inv.engine().pull(ref, progress);
        progress.flushLayers();
        if (outcome instanceof PullOutcome.Failed failed) {
            inv.out().errLine("Error response from daemon: " + failed.message());
            return 1;
        }
        inv.out().outLine(ref.domain() + "/" + ref.path() + ":" + ref.tag());
        return 0;
    }
}
