package io.github.berth.cli;

import io.github.berth.engine.Container;
import io.github.berth.engine.GoText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code docker ps}: the default table of docker/cli v28.2.2 cli/command/formatter/container.go
 * (ID, IMAGE, COMMAND quoted and cut to 20, CREATED, STATUS, PORTS, NAMES), newest first.
 */
final class PsCommand implements DockerCommand {
    /** docker/cli cli/flags/options.go FormatHelp. */
    static final String FORMAT_HELP = "Format output using a custom template:\n"
            + "'table':            Print output in table format with column headers (default)\n"
            + "'table TEMPLATE':   Print output in table format using the given Go template\n"
            + "'json':             Print in JSON format\n"
            + "'TEMPLATE':         Print output using the given Go template.\n"
            + "Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates";

    private static final CommandSpec SPEC = new CommandSpec("ps", "[OPTIONS]", "List containers", List.of(
            FlagSpec.bool("all", 'a', "Show all containers (default shows just running)"),
            FlagSpec.value("last", 'n', "int", "Show n last created containers (includes all states) (default -1)"),
            FlagSpec.bool("latest", 'l', "Show the latest created container (includes all states)"),
            FlagSpec.bool("no-trunc", (char) 0, "Don't truncate output"),
            FlagSpec.bool("quiet", 'q', "Only display container IDs"),
            FlagSpec.bool("size", 's', "Display total file sizes"),
            FlagSpec.value("format", (char) 0, "string", FORMAT_HELP),
            FlagSpec.value("filter", 'f', "filter", "Filter output based on conditions provided")),
            new ArgsRule.None(), true);

    private final PsTable table = new PsTable();

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        String format = inv.args().has("format") ? inv.args().value("format") : "";
        boolean quiet = inv.args().bool("quiet");
        if (!format.isEmpty() && quiet) {
            inv.out().errLine("WARNING: Ignoring custom format, because both --format and --quiet are set.");
        }
        boolean size = inv.args().bool("size");
        if (!format.isEmpty()) {
            // list.go buildContainerListOptions: the template is parsed and run on an empty context first
            GoTemplate.Parsed parsed = GoTemplate.parse(format);
            if (parsed instanceof GoTemplate.Error e) {
                inv.out().errLine("failed to parse template: " + e.message());
                return 1;
            }
            GoTemplate.Result probe = ((GoTemplate.Ok) parsed).template().execute(EMPTY, GoTemplate.Options.DEFAULT);
            if (probe.error() != null) {
                inv.out().errLine("failed to execute template: " + probe.error());
                return 1;
            }
            if (!quiet && !inv.args().has("size") && usesSize(format)) {
                size = true;
            }
        }
        long last = inv.args().has("last") ? Long.parseLong(inv.args().value("last")) : -1;
        if (inv.args().bool("latest") && last == -1) {
            last = 1;
        }
        PsFilter.Outcome outcome = PsFilter.select(inv.engine(), Filters.of(inv.args().flags().get("filter")),
                inv.args().bool("all"), last);
        if (outcome.error() != null) {
            inv.out().errLine(DaemonErrors.PREFIX + outcome.error());
            return 1;
        }
        List<Container> shown = outcome.containers();
        boolean trunc = !inv.args().bool("no-trunc");
        if (quiet) {
            LineChunks ids = new LineChunks(inv.out());
            for (Container c : shown) {
                ids.text().append(c.id(), 0, trunc ? 12 : c.id().length());
                ids.endLine();
            }
            ids.flush();
            return 0;
        }
        Instant now = inv.engine().clock().instant();
        if (format.isEmpty() || format.equals("table")) {
            table.write(shown, inv.engine(), trunc, size, now, inv.out());
            return 0;
        }
        if (format.equals("raw")) {
            format = RAW + (size ? "size: {{.Size}}\\n" : "");
        }
        List<GoStruct> rows = new ArrayList<>();
        for (Container c : shown) {
            rows.add(ContainerRows.row(c, inv.engine(), trunc, size, now));
        }
        ListFormat.Result r = ListFormat.write(format, ListFormat.header(ContainerRows.HEADER), rows);
        if (r.error() != null) {
            inv.out().errLine(r.error());
            return 1;
        }
        inv.out().stdout(r.output());
        return 0;
    }

    /** formatter.NewContainerFormat's "raw" format. */
    private static final String RAW = "container_id: {{.ID}}\nimage: {{.Image}}\ncommand: {{.Command}}\n"
            + "created_at: {{.CreatedAt}}\nstate: {{- pad .State 1 0}}\nstatus: {{- pad .Status 1 0}}\n"
            + "names: {{.Names}}\nlabels: {{- pad .Labels 1 0}}\nports: {{- pad .Ports 1 0}}\n";

    /** An empty ContainerContext, as list.go runs the template on before asking the daemon. */
    private static final GoStruct EMPTY = new GoStruct("*formatter.ContainerContext",
            java.util.Map.ofEntries(java.util.Map.entry("Command", () -> "\"\""),
                    java.util.Map.entry("CreatedAt", () -> "1970-01-01 00:00:00 +0000 UTC"),
                    java.util.Map.entry("ID", () -> ""), java.util.Map.entry("Image", () -> "<no image>"),
                    java.util.Map.entry("Labels", () -> ""), java.util.Map.entry("LocalVolumes", () -> "0"),
                    java.util.Map.entry("Mounts", () -> ""), java.util.Map.entry("Names", () -> ""),
                    java.util.Map.entry("Networks", () -> ""), java.util.Map.entry("Platform", () -> null),
                    java.util.Map.entry("Ports", () -> ""), java.util.Map.entry("RunningFor", () -> "56 years ago"),
                    java.util.Map.entry("Size", () -> "0B"), java.util.Map.entry("State", () -> ""),
                    java.util.Map.entry("Status", () -> "")),
            java.util.Map.of("Label", k -> ""));

    /** Whether the template calls .Size (list.go's FieldsUsed), found by running it on a recording context. */
    private static boolean usesSize(String format) {
        boolean[] used = {false};
        java.util.Map<String, java.util.function.Supplier<Object>> fields = new java.util.LinkedHashMap<>(EMPTY.fields());
        fields.put("Size", () -> {
            used[0] = true;
            return "0B";
        });
        GoTemplate.Parsed parsed = GoTemplate.parse(format);
        if (parsed instanceof GoTemplate.Ok ok) {
            ok.template().execute(new GoStruct(EMPTY.typeName(), fields, EMPTY.methods()), GoTemplate.Options.DEFAULT);
        }
        return used[0];
    }

    /** moby daemon/list.go: arguments with a space are shown in single quotes. */
    static String joinArgs(List<String> args) {
        List<String> shown = new ArrayList<>();
        for (String arg : args) {
            shown.add(arg.contains(" ") ? "'" + arg + "'" : arg);
        }
        return String.join(" ", shown);
    }

    /** The STATUS column with " (Paused)" for a paused container (moby container/state.go). */
    static String status(Container c, Instant now, io.github.berth.engine.Engine engine) {
        String s = status(c, now);
        return engine.runtime().paused(c.id()) ? s + " (Paused)" : s;
    }

    /** The STATUS column, as moby's container State.String() words it. */
    static String status(Container c, Instant now) {
        return new DurationTexts().status(c, now);
    }
}
