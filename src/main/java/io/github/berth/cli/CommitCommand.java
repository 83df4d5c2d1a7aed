package io.github.berth.cli;

import io.github.berth.engine.ImageCommits;
import java.util.List;

/**
 * {@code docker commit}: a new image from a container's changes (docker/cli v28.2.2
 * cli/command/container/commit.go; the reference is checked by the API client first,
 * client/container_commit.go), printing the new image's id.
 */
final class CommitCommand implements DockerCommand {
    private static final CommandSpec SPEC = new CommandSpec("commit", "[OPTIONS] CONTAINER [REPOSITORY[:TAG]]",
            "Create a new image from a container's changes",
            List.of(FlagSpec.value("author", 'a', "string", "Author (e.g., \"John Hannibal Smith <hannibal@a-team.com>\")"),
                    FlagSpec.value("change", 'c', "list", "Apply Dockerfile instruction to the created image"),
                    FlagSpec.value("message", 'm', "string", "Commit message"),
                    FlagSpec.bool("pause", 'p', "Pause container during commit (default true)")),
            new ArgsRule.Between(1, 2), false);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        List<String> args = inv.args().positionals();
        String container = args.get(0);
        if (container.isBlank()) {
            // client.trimID
            inv.out().errLine("invalid container name or ID: value is empty");
            return 1;
        }
        String tag = null;
        if (args.size() > 1 && !args.get(1).isEmpty()) {
            // the client refuses a digest (docker/docker client container_commit.go)
            References.NewTag named = References.newTag(args.get(1), "refusing to create a tag with a digest reference");
            if (named.error() != null) {
                inv.out().errLine(named.error());
                return 1;
            }
            tag = named.familiar();
        }
        String author = inv.args().has("author") ? inv.args().value("author") : "";
        String message = inv.args().has("message") ? inv.args().value("message") : "";
        List<String> changes = inv.args().flags().getOrDefault("change", List.of());
        ImageCommits.Result result = new ImageCommits(inv.engine()).commit(container, tag, author, message, changes);
        if (result.error() != null) {
            inv.out().errLine(DaemonErrors.PREFIX + result.error());
            return 1;
        }
        inv.out().outLine(result.image().id());
        return 0;
    }
}
