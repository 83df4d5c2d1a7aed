package io.github.berth.cli;

import io.github.berth.engine.HistoryEntry;
import io.github.berth.engine.Image;
import io.github.berth.engine.ImageLookup;
import io.github.berth.engine.LayerStore;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code docker history}: the image's history newest first (moby daemon/images/image_history.go:
 * each entry that made a layer has that layer's size, the top row has the image's id and the
 * rows below are {@code <missing>} when there is no parent image), drawn as docker/cli v28.2.2
 * cli/command/image/formatter_history.go does.
 */
final class HistoryCommand implements DockerCommand {
    private static final String FORMAT_HELP = "Format output using a custom template:\n"
            + "'table':            Print output in table format with column headers (default)\n"
            + "'table TEMPLATE':   Print output in table format using the given Go template\n"
            + "'json':             Print in JSON format\n"
            + "'TEMPLATE':         Print output using the given Go template.\n"
            + "Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates";
    private static final CommandSpec SPEC = new CommandSpec("history", "[OPTIONS] IMAGE", "Show the history of an image",
            List.of(FlagSpec.value("format", (char) 0, "string", FORMAT_HELP),
                    FlagSpec.bool("human", 'H', "Print sizes and dates in human readable format (default true)"),
                    FlagSpec.bool("no-trunc", (char) 0, "Don't truncate output"),
                    FlagSpec.value("platform", (char) 0, "string",
                            "Show history for the given platform. Formatted as \"os[/arch[/variant]]\" (e.g., \"linux/amd64\")"),
                    FlagSpec.bool("quiet", 'q', "Only show image IDs")),
            new ArgsRule.Exactly(1), true);
    /** formatter_history.go: dates before 2000 are "N/A". */
    private static final Instant EPOCH = Instant.parse("2000-01-01T00:00:00Z");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    /** One row as the daemon returns it. */
    record Row(String id, Instant created, String createdBy, long size, String comment) {}

    static List<Row> rows(LayerStore store, Image image) {
        List<Row> rows = new ArrayList<>();
        List<String> diffIds = store.diffIds(image);
        int layer = 0;
        for (HistoryEntry h : store.history(image)) {
            long size = 0;
            if (!h.emptyLayer() && layer < diffIds.size()) {
                var l = store.layer(diffIds.get(layer++));
                size = l == null ? 0 : l.size();
            }
            rows.add(0, new Row("<missing>", h.created(), h.createdBy(), size, h.comment()));
        }
        if (!rows.isEmpty()) {
            Row top = rows.get(0);
            rows.set(0, new Row(image.id(), top.created(), top.createdBy(), top.size(), top.comment()));
        }
        return rows;
    }

    @Override
    public int run(Invocation inv) {
        String name = inv.args().positionals().get(0);
        Optional<Image> image = ImageLookup.find(inv.engine(), name);
        if (image.isEmpty()) {
            inv.out().errLine(DaemonErrors.PREFIX + ImageLookup.notFound(name));
            return 1;
        }
        boolean human = !inv.args().has("human") || inv.args().bool("human");
        boolean trunc = !inv.args().bool("no-trunc");
        Instant now = inv.engine().clock().instant();
        List<Row> rows = rows(inv.engine().layers(), image.get());
        if (inv.args().bool("quiet")) {
            StringBuilder sb = new StringBuilder();
            rows.forEach(r -> sb.append(trunc ? truncateId(r.id()) : r.id()).append('\n'));
            inv.out().stdout(sb.toString());
            return 0;
        }
        Table table = new Table().row(List.of("IMAGE", human ? "CREATED" : "CREATED AT", "CREATED BY", "SIZE",
                "COMMENT"));
        for (Row r : rows) {
            String createdBy = r.createdBy().replace('\t', ' ');
            String created = !human ? createdAt(r.created())
                    : !r.created().isAfter(EPOCH) ? "N/A"
                    : Units.humanDuration(Duration.between(r.created(), now)) + " ago";
            table.row(List.of(trunc ? truncateId(r.id()) : r.id(), created,
                    trunc ? Table.ellipsis(createdBy, 45) : createdBy,
                    human ? Units.humanSize(r.size()) : Long.toString(r.size()), r.comment()));
        }
        inv.out().stdout(table.render());
        return 0;
    }

    /** stringid.TruncateID: what follows the algorithm's colon, at most 12 characters. */
    static String truncateId(String id) {
        int colon = id.indexOf(':');
        String hex = colon >= 0 ? id.substring(colon + 1) : id;
        return hex.length() > 12 ? hex.substring(0, 12) : hex;
    }

    /** time.RFC3339 in the client's zone (berth's is UTC). */
    private static String createdAt(Instant t) {
        return DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX").withZone(ZoneOffset.UTC).format(t);
    }
}
