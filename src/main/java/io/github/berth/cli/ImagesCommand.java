package io.github.berth.cli;

import io.github.berth.engine.Image;
import io.github.berth.engine.ImageRef;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** {@code docker images}: docker/cli v28.2.2's default image table (REPOSITORY, TAG, IMAGE ID, CREATED, SIZE). */
final class ImagesCommand implements DockerCommand {
    private static final CommandSpec SPEC = new CommandSpec("images", "[OPTIONS] [REPOSITORY[:TAG]]", "List images",
            List.of(FlagSpec.bool("no-trunc", (char) 0, "Don't truncate output"),
                    FlagSpec.bool("quiet", 'q', "Only show image IDs")),
            new ArgsRule.AtMost(1), true);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        boolean trunc = !inv.args().bool("no-trunc");
        Instant now = inv.engine().clock().instant();
        Table table = new Table().row(List.of("REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE"));
        StringBuilder quiet = new StringBuilder();
        for (Image image : inv.engine().images()) {
            String id = trunc ? image.shortId() : image.id();
            quiet.append(id).append('\n');
            for (String tag : image.repoTags()) {
                ImageRef ref = ImageRef.parse(tag);
                table.row(List.of(ref.familiarName(), ref.tag(), id,
                        Units.humanDuration(Duration.between(image.created(), now)) + " ago",
                        Units.humanSize(image.size())));
            }
        }
        inv.out().stdout(inv.args().bool("quiet") ? quiet.toString() : table.render());
        return 0;
    }
}
