package io.github.berth.cli;

import io.github.berth.engine.LocalImages;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code docker rmi} / {@code docker image rm}: docker/cli v28.2.2 cli/command/image/remove.go
 * ("Untagged:" and "Deleted:" lines per image; errors joined; with -f a not-found error is printed
 * but the status stays 0) over moby's image_delete.go ({@link LocalImages#remove}).
 */
final class RmiCommand implements DockerCommand {
    private static final CommandSpec SPEC = new CommandSpec("rmi", "[OPTIONS] IMAGE [IMAGE...]",
            "Remove one or more images", List.of(
                    FlagSpec.bool("force", 'f', "Force removal of the image"),
                    FlagSpec.bool("no-prune", (char) 0, "Do not delete untagged parents")),
            new ArgsRule.AtLeast(1), true);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        boolean force = inv.args().bool("force");
        boolean fatal = false;
        List<String> errors = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        for (String image : inv.args().positionals()) {
            LocalImages.Removal r = inv.engine().localImages().remove(image, force);
            for (LocalImages.Deletion d : r.lines()) {
                out.append(d.deleted() ? "Deleted: " : "Untagged: ").append(d.value()).append('\n');
            }
            if (r.error() != null) {
                fatal |= !r.notFound();
                errors.add(DaemonErrors.PREFIX + r.error());
            }
        }
        inv.out().stdout(out.toString());
        if (errors.isEmpty()) {
            return 0;
        }
        inv.out().errLine(String.join("\n", errors));
        return !force || fatal ? 1 : 0;
    }
}
