package io.github.berth.cli;

import io.github.berth.engine.Image;
import io.github.berth.engine.ImageLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code docker image inspect}: docker/cli v28.2.2 cli/command/image/inspect.go over the
 * inspector: the found images as one indented JSON array, or each rendered through
 * {@code --format}; misses are reported after, with status 1.
 */
final class ImageInspectCommand implements DockerCommand {
    private static final CommandSpec SPEC = new CommandSpec("inspect", "[OPTIONS] IMAGE [IMAGE...]",
            "Display detailed information on one or more images", List.of(
                    FlagSpec.value("format", 'f', "string", "Format output using a custom template:\n"
                            + "'json':             Print in JSON format\n"
                            + "'TEMPLATE':         Print output using the given Go template.\n"
                            + "Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates"),
                    FlagSpec.value("platform", (char) 0, "string", "Inspect a specific platform of the multi-platform image.\n"
                            + "If the image or the server is not multi-platform capable, the command will error out if the platform does not match.\n"
                            + "'os[/arch[/variant]]': Explicit platform (eg. linux/amd64)")),
            new ArgsRule.AtLeast(1), true);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        List<Object> outcomes = new ArrayList<>();
        for (String ref : inv.args().positionals()) {
            Optional<Image> image = ImageLookup.find(inv.engine(), ref);
            outcomes.add(image.isEmpty() ? DaemonErrors.PREFIX + ImageLookup.notFound(ref)
                    : ImageInspectJson.image(image.get(), inv.engine().layers()));
        }
        return InspectCommand.print(inv, outcomes);
    }
}
