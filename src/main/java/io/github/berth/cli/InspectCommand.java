package io.github.berth.cli;

import io.github.berth.engine.Container;
import io.github.berth.engine.Lookup;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code docker container inspect} and {@code docker inspect}: docker/cli v28.2.2
 * cli/command/container/inspect.go and cli/command/system/inspect.go over
 * cli/command/inspect/inspector.go. Found objects are printed as one indented JSON array (always,
 * even "[]" when none was found); the errors follow on stderr, joined, with status 1. The
 * top-level command knows containers only so far, and words a miss "Error: No such object: x".
 */
final class InspectCommand implements DockerCommand {
    private static final String FORMAT_HELP = "Format output using a custom template:\n"
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

    @Override
    public int run(Invocation inv) {
        List<Object> found = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String ref : inv.args().positionals()) {
            Lookup lookup = inv.engine().find(ref);
            if (lookup instanceof Lookup.Found f) {
                Container c = f.container();
                found.add(InspectJson.container(c, inv.engine().imageById(c.imageId()).orElseThrow()));
            } else if (anyObject && ((Lookup.Missing) lookup).message().startsWith("No such container: ")) {
                // system/inspect.go: a not-found from every object type is skipped
                errors.add("Error: No such object: " + ref);
            } else {
                errors.add(DaemonErrors.PREFIX + ((Lookup.Missing) lookup).message());
            }
        }
        inv.out().outLine(GoJson.indent(found));
        return DaemonErrors.finish(inv.out(), errors);
    }
}
