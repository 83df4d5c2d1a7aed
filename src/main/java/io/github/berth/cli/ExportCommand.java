package io.github.berth.cli;

import io.github.berth.engine.ImageImports;
import java.util.List;

/**
 * {@code docker export}: a container's filesystem as a tar archive in the workspace (docker/cli
 * v28.2.2 cli/command/container/export.go): with {@code -o} or to the file standard output is
 * redirected to; a terminal is refused as the client refuses it.
 */
final class ExportCommand implements DockerCommand {
    private static final CommandSpec SPEC = new CommandSpec("export", "[OPTIONS] CONTAINER",
            "Export a container's filesystem as a tar archive",
            List.of(FlagSpec.value("output", 'o', "string", "Write to a file, instead of STDOUT")),
            new ArgsRule.Exactly(1), true);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        ArchiveFiles.Destination to = ArchiveFiles.destination(inv, "export", "failed to export container");
        if (to.refused()) {
            return 1;
        }
        String name = inv.args().positionals().get(0);
        if (name.isBlank()) {
            inv.out().errLine("invalid container name or ID: value is empty");
            return 1;
        }
        ImageImports.Result result = new ImageImports(inv.engine()).export(name);
        if (result.error() != null) {
            inv.out().errLine(DaemonErrors.PREFIX + result.error());
            return 1;
        }
        ArchiveFiles.send(inv, to.file(), result.archive());
        return 0;
    }
}
