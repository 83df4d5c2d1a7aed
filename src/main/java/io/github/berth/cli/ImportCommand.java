package io.github.berth.cli;

import io.github.berth.engine.ImageImports;
import java.util.List;

/**
 * {@code docker import}: an image of one layer from a tar archive in the workspace (docker/cli
 * v28.2.2 cli/command/image/import.go; the reference checked by the API client,
 * client/image_import.go; the daemon's comment "Imported from -" when no message is given,
 * api/server/router/image/image_routes.go), printing the new image's id.
 */
final class ImportCommand implements DockerCommand {
    private static final CommandSpec SPEC = new CommandSpec("import", "[OPTIONS] file|URL|- [REPOSITORY[:TAG]]",
            "Import the contents from a tarball to create a filesystem image",
            List.of(FlagSpec.value("change", 'c', "list", "Apply Dockerfile instruction to the created image"),
                    FlagSpec.value("message", 'm', "string", "Set commit message for imported image"),
                    FlagSpec.value("platform", (char) 0, "string", "Set platform if server is multi-platform capable")),
            new ArgsRule.AtLeast(1), true);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        List<String> args = inv.args().positionals();
        String source = args.get(0);
        String path;
        if (source.equals("-")) {
            path = inv.state().stdio().stdinFile();
        } else if (source.startsWith("http://") || source.startsWith("https://")) {
            inv.out().errLine("docker import: berth's sandbox has no network to download " + source + " from");
            return 1;
        } else {
            path = source;
        }
        StringBuilder error = new StringBuilder();
        byte[] archive = path == null ? ArchiveFiles.piped(inv.stdin()) : ArchiveFiles.read(inv.state(), path, error);
        if (archive == null) {
            inv.out().errLine(error.toString());
            return 1;
        }
        String tag = null;
        if (args.size() > 1 && !args.get(1).isEmpty()) {
            // httputils.RepoTagReference: the daemon refuses a digest
            References.NewTag named = References.newTag(args.get(1), DaemonErrors.PREFIX + "cannot import digest reference");
            if (named.error() != null) {
                inv.out().errLine(named.error());
                return 1;
            }
            tag = named.familiar();
        }
        String message = inv.args().value("message");
        if (message == null || message.isEmpty()) {
            message = "Imported from -";
        }
        List<String> changes = inv.args().flags().getOrDefault("change", List.of());
        ImageImports.Result result = new ImageImports(inv.engine()).importArchive(archive, tag, message, changes);
        if (result.error() != null) {
            inv.out().errLine(DaemonErrors.PREFIX + result.error());
            return 1;
        }
        if (result.image() == null) {
            inv.out().errLine("docker import: berth's sandbox imports only tar archives (plain or gzip)");
            return 1;
        }
        inv.out().outLine(result.image().id());
        return 0;
    }
}
