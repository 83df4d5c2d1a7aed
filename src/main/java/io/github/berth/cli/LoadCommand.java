package io.github.berth.cli;

import java.util.List;

/**
 * {@code docker load}: images from a tar archive in the workspace (docker/cli v28.2.2
 * cli/command/image/load.go): from {@code -i FILE} or the file standard input is redirected
 * from; the daemon's report, {@code Loaded image: REF} or {@code Loaded image ID: sha256:…}
 * (moby image/tarexport/load.go).
 */
final class LoadCommand implements DockerCommand {
    private static final CommandSpec SPEC = new CommandSpec("load", "[OPTIONS]",
            "Load an image from a tar archive or STDIN",
            List.of(FlagSpec.value("input", 'i', "string", "Read from tar archive file, instead of STDIN"),
                    FlagSpec.value("platform", (char) 0, "string", "Load only the given platform variant. Formatted"
                            + " as \"os[/arch[/variant]]\" (e.g., \"linux/amd64\")"),
                    FlagSpec.bool("quiet", 'q', "Suppress the load output")),
            new ArgsRule.None(), true);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        String input = inv.args().value("input");
        String path = input == null || input.isEmpty() ? inv.state().stdio().stdinFile() : input;
        if (path == null && inv.stdin().isEmpty()) {
            inv.out().errLine("requested load from stdin, but stdin is empty");
            return 1;
        }
        StringBuilder error = new StringBuilder();
        byte[] archive = path == null ? ArchiveFiles.piped(inv.stdin()) : ArchiveFiles.read(inv.state(), path, error);
        if (archive == null) {
            inv.out().errLine(error.toString());
            return 1;
        }
        ImageArchive.Loaded loaded = ImageArchive.load(inv.engine(), archive);
        if (loaded.error() != null) {
            inv.out().errLine(DaemonErrors.PREFIX + loaded.error());
            return 1;
        }
        // load.go: quiet when asked or when standard output is not a terminal
        if (inv.terminal() && inv.out().stdoutFile() == null && !inv.args().bool("quiet")) {
            loaded.progress().forEach(inv.out()::outLine);
        }
        loaded.lines().forEach(inv.out()::outLine);
        return 0;
    }
}
