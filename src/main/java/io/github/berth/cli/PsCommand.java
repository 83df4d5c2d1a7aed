package io.github.berth.cli;

import io.github.berth.engine.Container;
import io.github.berth.engine.ContainerState;
import io.github.berth.engine.GoText;
import java.time.Duration;
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
            StringBuilder ids = new StringBuilder();
            shown.forEach(c -> ids.append(trunc ? c.shortId() : c.id()).append('\n'));
            inv.out().stdout(ids.toString());
            return 0;
        }
        Instant now = inv.engine().clock().instant();
        if (format.isEmpty() || format.equals("table")) {
            inv.out().stdout(defaultTable(shown, inv, trunc, size, now));
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

    /**
     * The default table, written directly in one pass after the column widths are known: the same
     * text the template and tabwriter give, fast enough for ten thousand containers. The quoted
     * COMMAND of a container never changes, so it is kept per container id.
     */
    private String defaultTable(List<Container> shown, Invocation inv, boolean trunc, boolean size, Instant now) {
        int n = shown.size();
        if (commandCache.size() > 2 * n + 1000) {
            commandCache.clear();
        }
        String[] ids = new String[n];
        String[] commands = new String[n];
        String[] created = new String[n];
        String[] statuses = new String[n];
        String[] ports = new String[n];
        String[] sizes = size ? new String[n] : null;
        int[] widths = {"CONTAINER ID".length(), "IMAGE".length(), "COMMAND".length(), "CREATED".length(),
            "STATUS".length(), "PORTS".length()};
        for (int i = 0; i < n; i++) {
            Container c = shown.get(i);
            ids[i] = trunc ? c.shortId() : c.id();
            commands[i] = trunc ? commandCache.computeIfAbsent(c.id(), k -> GoText.quote(Table.ellipsis(ContainerRows.command(c),
                    20))) : GoText.quote(ContainerRows.command(c));
            created[i] = Units.humanDuration(Duration.between(c.created(), now)) + " ago";
            statuses[i] = status(c, now, inv.engine());
            ports[i] = PortsColumn.of(inv.engine(), c);
            if (size) {
                sizes[i] = (String) ContainerRows.row(c, inv.engine(), trunc, true, now).fields().get("Size").get();
            }
            widths[0] = Math.max(widths[0], width(ids[i]));
            widths[1] = Math.max(widths[1], width(c.image()));
            widths[2] = Math.max(widths[2], width(commands[i]));
            widths[3] = Math.max(widths[3], width(created[i]));
            widths[4] = Math.max(widths[4], width(statuses[i]));
            widths[5] = Math.max(widths[5], width(ports[i]));
        }
        int names = "NAMES".length();
        if (size) {
            for (Container c : shown) {
                names = Math.max(names, width(c.name()));
            }
        }
        int line = 0;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(10, widths[i] + 3);
            line += widths[i];
        }
        StringBuilder sb = new StringBuilder((n + 1) * (line + 24));
        cell(sb, "CONTAINER ID", widths[0]);
        cell(sb, "IMAGE", widths[1]);
        cell(sb, "COMMAND", widths[2]);
        cell(sb, "CREATED", widths[3]);
        cell(sb, "STATUS", widths[4]);
        cell(sb, "PORTS", widths[5]);
        if (size) {
            cell(sb, "NAMES", Math.max(10, names + 3));
            sb.append("SIZE");
        } else {
            sb.append("NAMES");
        }
        sb.append('\n');
        for (int i = 0; i < n; i++) {
            Container c = shown.get(i);
            cell(sb, ids[i], widths[0]);
            cell(sb, c.image(), widths[1]);
            cell(sb, commands[i], widths[2]);
            cell(sb, created[i], widths[3]);
            cell(sb, statuses[i], widths[4]);
            cell(sb, ports[i], widths[5]);
            if (size) {
                cell(sb, c.name(), Math.max(10, names + 3));
                sb.append(sizes[i]);
            } else {
                sb.append(c.name());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Quoted, cut COMMAND texts by container id (a container's command never changes). */
    private final java.util.Map<String, String> commandCache = new java.util.HashMap<>();

    private static void cell(StringBuilder sb, String text, int width) {
        sb.append(text);
        for (int pad = width - width(text); pad > 0; pad--) {
            sb.append(' ');
        }
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
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
        ContainerState s = c.state();
        switch (s.status()) {
            case RUNNING:
                return "Up " + Units.humanDuration(Duration.between(s.startedAt(), now));
            case EXITED:
                return "Exited (" + s.exitCode() + ") " + Units.humanDuration(Duration.between(s.finishedAt(), now))
                        + " ago";
            case CREATED:
                return "Created";
            default:
                return s.status().word();
        }
    }
}
