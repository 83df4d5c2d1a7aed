package io.github.berth.cli;

import io.github.berth.engine.Container;
import io.github.berth.engine.ContainerState;
import io.github.berth.engine.Lookup;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code docker stats}: docker/cli v28.2.2 cli/command/container/stats.go and formatter_stats.go.
 * Without names it lists the running containers (all with {@code -a}) newest first, as
 * ContainerList does; with names, one row per distinct name in the order given, and the daemon's
 * errors (joined, one a line) if any is missing. moby v28.2.2 daemon/stats.go answers a
 * one-shot request for a container that is not running (or is restarting) with an empty
 * StatsResponse: its row shows 0.00%, 0B / 0B and 0, not {@code --} (that is what a streaming
 * client shows once its 2 s timeout passes without figures).
 *
 * <p>The figures of running containers are berth's: made up from the container's id (so fixed
 * under {@code --seed}) and its processes (PIDS), against a sandbox host of {@link #HOST_MEMORY}
 * bytes. Without {@code --no-stream} docker redraws the table every 500 ms until Ctrl-C; berth
 * prints one frame (the figures do not move) and holds the prompt until Ctrl-C, then exits 130
 * as {@code docker logs -f} does.
 */
final class StatsCommand implements DockerCommand {
    /** The sandbox host's memory: 7.653GiB, the limit of a container without -m. */
    static final long HOST_MEMORY = 8_217_473_024L;

    static final String DEFAULT_TABLE =
            "table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}";

    private static final Map<String, String> HEADER = Map.of("Container", "CONTAINER", "Name", "NAME",
            "ID", "CONTAINER ID", "CPUPerc", "CPU %", "MemUsage", "MEM USAGE / LIMIT", "MemPerc", "MEM %",
            "NetIO", "NET I/O", "BlockIO", "BLOCK I/O", "PIDs", "PIDS");

    private static final CommandSpec SPEC = new CommandSpec("stats", "[OPTIONS] [CONTAINER...]",
            "Display a live stream of container(s) resource usage statistics", List.of(
                    FlagSpec.bool("all", 'a', "Show all containers (default shows just running)"),
                    FlagSpec.value("format", (char) 0, "string", PsCommand.FORMAT_HELP),
                    FlagSpec.bool("no-stream", (char) 0, "Disable streaming stats and only pull the first result"),
                    FlagSpec.bool("no-trunc", (char) 0, "Do not truncate output")),
            new ArgsRule.AtLeast(0), true);

    private final Foreground foreground;

    StatsCommand(Foreground foreground) {
        this.foreground = foreground;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        List<String> names = inv.args().positionals();
        List<Container> shown = new ArrayList<>();
        List<String> words = new ArrayList<>();
        if (names.isEmpty()) {
            PsFilter.Outcome outcome = PsFilter.select(inv.engine(), Filters.of(List.of()), inv.args().bool("all"), -1);
            shown.addAll(outcome.containers());
            shown.forEach(c -> words.add(c.shortId()));
        } else {
            List<String> errors = new ArrayList<>();
            for (String name : new LinkedHashSet<>(names)) {
                Lookup lookup = inv.engine().find(name);
                if (lookup instanceof Lookup.Missing missing) {
                    errors.add(DaemonErrors.PREFIX + missing.message());
                } else {
                    shown.add(((Lookup.Found) lookup).container());
                    words.add(name);
                }
            }
            if (!errors.isEmpty()) {
                return DaemonErrors.finish(inv.out(), errors);
            }
        }
        String format = inv.args().has("format") ? inv.args().value("format") : "";
        if (format.isEmpty() || format.equals("table")) {
            format = DEFAULT_TABLE;
        }
        boolean trunc = !inv.args().bool("no-trunc");
        List<GoStruct> rows = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            rows.add(row(shown.get(i), words.get(i), figures(inv, shown.get(i)), trunc));
        }
        ListFormat.Result r = ListFormat.write(format, ListFormat.header(HEADER), rows);
        if (r.error() != null) {
            inv.out().errLine(r.error());
            return 1;
        }
        inv.out().stdout(r.output());
        if (inv.args().bool("no-stream") || (shown.isEmpty() && !names.isEmpty())) {
            return 0;
        }
        return Holding.untilInterrupted(foreground, inv.out());
    }

    /** One container's figures; all zero for one that is not running. */
    record Figures(double cpu, long memory, long limit, long netRx, long netTx, long blockRead, long blockWrite,
                   long pids) {}

    static Figures figures(Invocation inv, Container c) {
        ContainerState.Status status = c.state().status();
        if (status != ContainerState.Status.RUNNING && status != ContainerState.Status.PAUSED) {
            return new Figures(0, 0, 0, 0, 0, 0, 0, 0);
        }
        long h = c.id().hashCode() & 0xffffffffL;
        int processes = Math.max(1, inv.engine().runtime().serverProcesses(c.id()).size());
        boolean paused = status == ContainerState.Status.PAUSED || inv.engine().runtime().paused(c.id());
        double cpu = paused ? 0 : (h % 9) / 100.0;
        long memory = processes * 3_145_728L + 450_560L + (h % 4096) * 256;
        long set = inv.engine().updates().resources(c.id()).memory();
        long limit = set > 0 ? set : HOST_MEMORY;
        return new Figures(cpu, Math.min(memory, limit), limit, 746 + (h % 7) * 110, 0, (h >> 3) % 3 * 4096,
                (h >> 5) % 5 * 4096, processes);
    }

    private static GoStruct row(Container c, String word, Figures f, boolean trunc) {
        Map<String, Supplier<Object>> fields = new LinkedHashMap<>();
        fields.put("BlockIO", () -> Units.humanSize(f.blockRead()) + " / " + Units.humanSize(f.blockWrite()));
        fields.put("CPUPerc", () -> percent(f.cpu()));
        fields.put("Container", () -> word);
        fields.put("ID", () -> trunc ? c.shortId() : c.id());
        fields.put("MemPerc", () -> percent(f.limit() == 0 ? 0 : f.memory() * 100.0 / f.limit()));
        fields.put("MemUsage", () -> Units.bytesSize(f.memory()) + " / " + Units.bytesSize(f.limit()));
        fields.put("Name", () -> c.name());
        fields.put("NetIO", () -> Units.humanSize(f.netRx()) + " / " + Units.humanSize(f.netTx()));
        fields.put("PIDs", () -> Long.toString(f.pids()));
        return new GoStruct("*container.statsContext", fields, Map.of());
    }

    /** strconv.FormatFloat(val, 'f', 2, 64) + "%". */
    static String percent(double value) {
        return new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "%"; // the exact binary value, as Go rounds it
    }
}
