package io.github.berth.cli;

import io.github.berth.engine.Lookup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code docker container inspect} and {@code docker inspect}: docker/cli v28.2.2
 * cli/command/container/inspect.go and cli/command/system/inspect.go over
 * cli/command/inspect/inspector.go. Found objects are printed as one indented JSON array (always,
 * even "[]" when none was found); the errors follow on stderr, joined, with status 1. The
 * top-level command knows containers and images, and words a miss "Error: No such object: x".
 */
final class InspectCommand implements DockerCommand {
    static final String FORMAT_HELP = "Format output using a custom template:\n"
            + "'json':             Print in JSON format\n"
            + "'TEMPLATE':         Print output using the given Go template.\n"
            + "Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates";

    static final CommandSpec CONTAINER = new CommandSpec("inspect", "[OPTIONS] CONTAINER [CONTAINER...]",
            "Display detailed information on one or more containers", List.of(
                    FlagSpec.value("format", 'f', "string", FORMAT_HELP),
                    FlagSpec.bool("size", 's', "Display total file sizes")),
            new ArgsRule.AtLeast(1), true);

    static final CommandSpec OBJECT = new CommandSpec("inspect", "[OPTIONS] NAME|ID [NAME|ID...]",
            "Return low-level information on Docker objects", List.of(
                    FlagSpec.value("format", 'f', "string", FORMAT_HELP),
                    FlagSpec.bool("size", 's', "Display total file sizes if the type is container"),
                    FlagSpec.value("type", (char) 0, "string", "Only inspect objects of the given type")),
            new ArgsRule.AtLeast(1), true);

    private final CommandSpec spec;
    private final boolean anyObject;

    private InspectCommand(CommandSpec spec, boolean anyObject) {
        this.spec = spec;
        this.anyObject = anyObject;
    }

    static InspectCommand containers() {
        return new InspectCommand(CONTAINER, false);
    }

    static InspectCommand objects() {
        return new InspectCommand(OBJECT, true);
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    /**
     * inspect.go over inspector.go: the template is parsed first (exit 64 when it does not parse);
     * then, reference by reference, each found object ({@code Map}) is rendered and each miss
     * ({@code String}, the error line) kept; the output is written, then the errors, joined.
     */
    static int print(Invocation inv, List<Object> outcomes) {
        String format = inv.args().has("format") ? inv.args().value("format") : "";
        List<InspectTemplate.Node> template = null;
        if (!format.isEmpty() && !format.equals("json")) {
            InspectTemplate.Parsed parsed = InspectTemplate.parse(format);
            if (parsed instanceof InspectTemplate.Error error) {
                // inspect.go: a template that does not parse is a StatusError with code 64
                inv.out().errLine(error.message().startsWith("berth:") ? error.message()
                        : "template parsing error: " + error.message());
                return 64;
            }
            template = ((InspectTemplate.Ok) parsed).nodes();
        }
        List<Map<String, Object>> found = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        StringBuilder rendered = new StringBuilder();
        for (Object outcome : outcomes) {
            if (outcome instanceof String error) {
                errors.add(error);
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> json = (Map<String, Object>) outcome;
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
            // TemplateInspector.Flush: a lone newline when nothing was rendered
            inv.out().stdout(rendered.length() == 0 ? "\n" : rendered.toString());
        } else if (format.equals("json")) {
            inv.out().outLine(found.isEmpty() ? "[]" : GoJson.compactEscaped(found));
        } else {
            inv.out().outLine(GoJson.indent(found));
        }
        return DaemonErrors.finish(inv.out(), errors);
    }

    @Override
    public int run(Invocation inv) {
        List<Object> outcomes = new ArrayList<>();
        for (String ref : inv.args().positionals()) {
            Lookup lookup = inv.engine().find(ref);
            var image = anyObject && !(lookup instanceof Lookup.Found)
                    ? io.github.berth.engine.ImageLookup.find(inv.engine(), ref) : java.util.Optional.<io.github.berth.engine.Image>empty();
            if (lookup instanceof Lookup.Found f) {
                outcomes.add(InspectJson.inspected(f.container(),
                        inv.engine().imageById(f.container().imageId()).orElseThrow(), inv.engine()));
            } else if (image.isPresent()) {
                // system/inspect.go tries containers, then images
                outcomes.add(ImageInspectJson.image(image.get(), inv.engine().layers()));
            } else if (anyObject && ((Lookup.Missing) lookup).message().startsWith("No such container: ")) {
                // system/inspect.go: a not-found from every object type is skipped
                outcomes.add("Error: No such object: " + ref);
            } else {
                outcomes.add(DaemonErrors.PREFIX + ((Lookup.Missing) lookup).message());
            }
        }
        return print(inv, outcomes);
    }
}
