package io.github.berth.cli;

import io.github.berth.engine.LocalImages;
import java.util.List;

/**
 * {@code docker image prune}: docker/cli v28.2.2 cli/command/image/prune.go (the warning and
 * [y/N] prompt unless -f, read from standard input: anything but "y" cancels silently with status
 * 0; "Deleted Images:" with untagged:/deleted: lines, then "Total reclaimed space:").
 */
final class ImagePruneCommand implements DockerCommand {
    private static final CommandSpec SPEC = new CommandSpec("prune", "[OPTIONS]", "Remove unused images", List.of(
            FlagSpec.bool("all", 'a', "Remove all unused images, not just dangling ones"),
            FlagSpec.value("filter", (char) 0, "filter", "Provide filter values (e.g. \"until=<timestamp>\")"),
            FlagSpec.bool("force", 'f', "Do not prompt for confirmation")),
            new ArgsRule.None(), true);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    /** internal/prompt Confirm: the message, " [y/N] ", and the first line of input. */
    static boolean confirm(Invocation inv, String warning) {
        inv.out().stdout(warning + " [y/N] ");
        String line = inv.stdin().lines().findFirst().orElse("").strip();
        return line.equalsIgnoreCase("y");
    }

    @Override
    public int run(Invocation inv) {
        boolean all = inv.args().bool("all");
        if (!inv.args().bool("force") && !confirm(inv, all
                ? "WARNING! This will remove all images without at least one container associated to them.\n"
                + "Are you sure you want to continue?"
                : "WARNING! This will remove all dangling images.\nAre you sure you want to continue?")) {
            return 0;
        }
        LocalImages.Pruned pruned = inv.engine().localImages().prune(all);
        StringBuilder out = new StringBuilder();
        if (!pruned.lines().isEmpty()) {
            out.append("Deleted Images:\n");
            for (LocalImages.Deletion d : pruned.lines()) {
                out.append(d.deleted() ? "deleted: " : "untagged: ").append(d.value()).append('\n');
            }
            out.append('\n');
        }
        out.append("Total reclaimed space: ").append(Units.humanSize4(pruned.reclaimed())).append('\n');
        inv.out().stdout(out.toString());
        return 0;
    }
}
