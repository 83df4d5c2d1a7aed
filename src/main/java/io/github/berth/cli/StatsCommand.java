package io.github.berth.cli;

import io.github.berth.engine.Container;
import io.github.berth.engine.ContainerState;
import io.github.berth.engine.ContainerUsage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code docker stats}: docker/cli v28.2.2 cli/command/container/stats.go and formatter_stats.go.
 * Without names, the running containers (every one with {@code -a}), newest first; with names,
 * those containers in the order given, each once, and any the daemon cannot find fails the whole
 * command with its errors (exit status 1). A container that is not running shows zeros, as the
 * daemon's stats for it are. The figures are the sandbox's ({@link ContainerUsage}). Docker
 * redraws the table every half second until Ctrl-C unless {@code --no-stream}; the sandbox's
 * figures never change, so berth shows the table once and says so.
 */
final class StatsCommand implements DockerCommand {
    private static final CommandSpec SPEC = new CommandSpec("stats", "[OPTIONS] [CONTAINER...]",
            "Display a live stream of container(s) resource usage statistics", List.of(
            FlagSpec.bool("all", 'a', "Show all containers (default shows just running)"),
            FlagSpec.value("format", (char) 0, "string", PsCommand.FORMAT_HELP),
            FlagSpec.bool("no-stream", (char) 0, "Disable streaming stats and only pull the first result"),
            FlagSpec.bool("no-trunc", (char) 0, "Do not truncate output")),
            new ArgsRule.AtLeast(0), true);

    /** formatter_stats.go defaultStatsTableFormat (Linux). */
    static final String DEFAULT_TABLE = "table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t"
            + "{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}";

    private static final Map<String, String> HEADER = Map.of("Container", "CONTAINER", "Name", "NAME",
            "ID", "CONTAINER ID", "CPUPerc", "CPU %", "MemUsage", "MEM USAGE / LIMIT", "MemPerc", "MEM %",
            "NetIO", "NET I/O", "BlockIO", "BLOCK I/O", "PIDs", "PIDS");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    /** One row: what was asked for (a name, or the short id), the container, its figures. */
    private record Entry(String asked, Container c, ContainerUsage.Usage usage, boolean trunc) {}

    @Override
    public int run(Invocation inv) {
        boolean trunc = !inv.args().bool("no-trunc");
        List<Entry> entries = new ArrayList<>();
        List<String> positionals = inv.args().positionals();
        if (positionals.isEmpty()) {
            boolean all = inv.args().bool("all");
            for (Container c : inv.engine().containers()) {
                if (all || c.state().status() == ContainerState.Status.RUNNING) {
                    entries.add(new Entry(c.shortId(), c, inv.engine().control().usage(c), trunc));
                }
            }
        } else {
            List<String> errors = new ArrayList<>();
            Set<String> asked = new LinkedHashSet<>(positionals); // stats.go cStats.add: each name once
            for (String name : asked) {
                var found = inv.engine().find(name);
                if (found instanceof io.github.berth.engine.Lookup.Found f) {
                    entries.add(new Entry(name, f.container(), inv.engine().control().usage(f.container()), trunc));
                } else {
                    errors.add(DaemonErrors.PREFIX + ((io.github.berth.engine.Lookup.Missing) found).message());
                }
            }
            if (!errors.isEmpty()) {
                inv.out().errLine(String.join("\n", errors)); // errors.Join
                return 1;
            }
        }
        String format = inv.args().has("format") ? inv.args().value("format") : "";
        if (format.isEmpty() || format.equals("table")) {
            format = DEFAULT_TABLE;
        }
        List<GoStruct> rows = new ArrayList<>();
        for (Entry e : entries) {
            rows.add(GoStruct.bound("*container.statsContext", FIELDS, e, Map.of()));
        }
        ListFormat.Result r = ListFormat.write(format, ListFormat.header(HEADER), rows);
        if (r.error() != null) {
            inv.out().errLine(r.error());
            return 1;
        }
        inv.out().stdout(r.output());
        if (!inv.args().bool("no-stream")) {
            inv.out().errLine("(berth's sandbox shows this once: its figures do not change. docker redraws them"
                    + " until Ctrl-C; --no-stream asks for one table)");
        }
        return 0;
    }

    /** statsContext's methods, as formatter_stats.go words each figure. */
    private static final Map<String, Function<Entry, Object>> FIELDS = fields();

    private static Map<String, Function<Entry, Object>> fields() {
        Map<String, Function<Entry, Object>> f = new LinkedHashMap<>();
        f.put("BlockIO", e -> Units.humanSize(e.usage().blockRead()) + " / " + Units.humanSize(e.usage().blockWrite()));
        f.put("CPUPerc", e -> percentage(e.usage().cpuPercent()));
        f.put("Container", Entry::asked);
        f.put("ID", e -> e.trunc() ? e.c().shortId() : e.c().id());
        f.put("MemPerc", e -> percentage(e.usage().memoryLimit() == 0 ? 0
                : 100.0 * e.usage().memory() / e.usage().memoryLimit()));
        f.put("MemUsage", e -> Units.bytesSize(e.usage().memory()) + " / " + Units.bytesSize(e.usage().memoryLimit()));
        f.put("Name", e -> e.c().name());
        f.put("NetIO", e -> Units.humanSize(e.usage().netRx()) + " / " + Units.humanSize(e.usage().netTx()));
        f.put("PIDs", e -> Long.toString(e.usage().pids()));
        return java.util.Collections.unmodifiableMap(f);
    }

    /** formatPercentage: strconv.FormatFloat(val, 'f', 2, 64), the exact value rounded half to even, and "%". */
    private static String percentage(double value) {
        return new java.math.BigDecimal(value).setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
}
