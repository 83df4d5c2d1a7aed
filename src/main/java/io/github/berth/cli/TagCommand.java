package io.github.berth.cli;

import io.github.berth.engine.GoText;
import java.util.List;
import java.util.Optional;

/**
 * {@code docker tag} / {@code docker image tag}: docker/cli v28.2.2 cli/command/image/tag.go; the
 * API client's ImageTag checks both references first ("Error parsing reference: …", "refusing to
 * create a tag with a digest reference"), then moby's daemon/images/image_tag.go tags.
 */
final class TagCommand implements DockerCommand {
    private static final CommandSpec SPEC = new CommandSpec("tag", "SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]",
            "Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE", List.of(), new ArgsRule.Exactly(2), false);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        String source = inv.args().positionals().get(0);
        String target = inv.args().positionals().get(1);
        Optional<String> bad = source.matches("(sha256:)?[a-f0-9]{64}") ? Optional.empty()
                : References.namedError(source);
        if (bad.isPresent()) {
            inv.out().errLine("Error parsing reference: " + GoText.quote(source) + " is not a valid repository/tag: "
                    + bad.get());
            return 1;
        }
        bad = References.namedError(target);
        if (bad.isPresent()) {
            inv.out().errLine("Error parsing reference: " + GoText.quote(target) + " is not a valid repository/tag: "
                    + bad.get());
            return 1;
        }
        if (target.contains("@")) {
            inv.out().errLine("refusing to create a tag with a digest reference");
            return 1;
        }
        Optional<String> error = inv.engine().localImages().tag(source, target);
        if (error.isPresent()) {
            inv.out().errLine(DaemonErrors.PREFIX + error.get());
            return 1;
        }
        return 0;
    }
}
