package io.github.berth.cli;

import io.github.berth.engine.Image;
import io.github.berth.engine.ImageLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        String format = inv.args().has("format") ? inv.args().value("format") : "";
        List<InspectTemplate.Node> template = null;
        if (!format.isEmpty() && !format.equals("json")) {
            InspectTemplate.Parsed parsed = InspectTemplate.parse(format);
            if (parsed instanceof InspectTemplate.Error error) {
                inv.out().errLine(error.message().startsWith("berth:") ? error.message()
                        : "template parsing error: " + error.message());
                return 64;
            }
            template = ((InspectTemplate.Ok) parsed).nodes();
        }
        List<Map<String, Object>> found = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        StringBuilder rendered = new StringBuilder();
        for (String ref : inv.args().positionals()) {
            Optional<Image> image = ImageLookup.find(inv.engine(), ref);
            if (image.isEmpty()) {
                errors.add(DaemonErrors.PREFIX + ImageLookup.notFound(ref));
                continue;
            }
            Map<String, Object> json = ImageInspectJson.image(image.get(), inv.engine().layers());
            if (template == null) {
                found.add(json);
            } else {
                InspectTemplate.Execution run = InspectTemplate.execute(template, json, format);
                if (run.error() != null) {
                    errors.add("template parsing error: " + run.error());
                } else {
                    rendered.append(run.output()).append('\n');
                }
            }
        }
        if (template != null) {
            inv.out().stdout(rendered.length() == 0 ? "\n" : rendered.toString());
        } else if (format.equals("json")) {
            inv.out().outLine(found.isEmpty() ? "[]" : GoJson.compactEscaped(found));
        } else {
            inv.out().outLine(GoJson.indent(found));
        }
        return DaemonErrors.finish(inv.out(), errors);
    }
}
