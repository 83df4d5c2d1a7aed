package io.github.berth.cli;

import io.github.berth.engine.Container;
import io.github.berth.engine.Engine;
import io.github.berth.engine.GoText;
import io.github.berth.engine.Image;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One container as a {@code docker ps --format} template sees it: docker/cli v28.2.2
 * cli/command/formatter/container.go ContainerContext, and its header.
 */
final class ContainerRows {
    static final String DEFAULT_TABLE =
            "table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}";

    static final Map<String, String> HEADER = Map.ofEntries(Map.entry("ID", "CONTAINER ID"),
            Map.entry("Names", "NAMES"), Map.entry("Image", "IMAGE"), Map.entry("Command", "COMMAND"),
            Map.entry("CreatedAt", "CREATED AT"), Map.entry("RunningFor", "CREATED"), Map.entry("Ports", "PORTS"),
            Map.entry("State", "STATE"), Map.entry("Status", "STATUS"), Map.entry("Size", "SIZE"),
            Map.entry("Labels", "LABELS"), Map.entry("Mounts", "MOUNTS"), Map.entry("LocalVolumes", "LOCAL VOLUMES"),
            Map.entry("Networks", "NETWORKS"), Map.entry("Platform", "PLATFORM"));

    /** Go's time.Time.String() of a Unix second, in the client's zone (UTC in berth). */
    private static final DateTimeFormatter GO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss '+0000 UTC'")
            .withZone(ZoneOffset.UTC);

    private ContainerRows() {}

    static String createdAt(Instant instant) {
        return GO_TIME.format(Instant.ofEpochSecond(instant.getEpochSecond()));
    }

    /** The container's labels (Config.Labels). */
    static Map<String, String> labels(Container c) {
        return ContainerFacts.labels(c);
    }

    /** What one row's fields are worked out from. */
    private record Context(Container c, Engine engine, boolean trunc, boolean size, Instant now) {}

    /** ContainerContext's methods, shared by every row; each runs only when the template calls it. */
    private static final Map<String, Function<Context, Object>> FIELDS = fields();
    private static final Map<String, java.util.function.BiFunction<Context, String, Object>> METHODS = Map.of(
            "Label", (x, k) -> labels(x.c()).getOrDefault(k, ""));

    private static Map<String, Function<Context, Object>> fields() {
        Map<String, Function<Context, Object>> f = new LinkedHashMap<>();
        f.put("Command", x -> {
            String command = command(x.c());
            return GoText.quote(x.trunc() ? Table.ellipsis(command, 20) : command);
        });
        f.put("CreatedAt", x -> createdAt(x.c().created()));
        f.put("ID", x -> x.trunc() ? x.c().shortId() : x.c().id());
        f.put("Image", x -> x.c().image());
        f.put("Labels", x -> {
            // docker/cli formatter/container.go Labels: the "k=v" strings sorted, joined by commas
            List<String> joined = new ArrayList<>();
            labels(x.c()).forEach((k, v) -> joined.add(k + "=" + v));
            java.util.Collections.sort(joined);
            return String.join(",", joined);
        });
        f.put("LocalVolumes", x -> String.valueOf(ContainerFacts.mounts(x.engine(), x.c()).stream()
                .filter(m -> m.local()).count()));
        f.put("Mounts", x -> {
            List<String> names = new ArrayList<>();
            for (ContainerFacts.MountName m : ContainerFacts.mounts(x.engine(), x.c())) {
                names.add(x.trunc() ? Table.ellipsis(m.name(), 15) : m.name());
            }
            return String.join(",", names);
        });
        f.put("Names", x -> x.c().name());
        f.put("Networks", x -> String.join(",", ContainerFacts.networks(x.engine(), x.c())));
        f.put("Platform", x -> null);
        f.put("Ports", x -> PortsColumn.of(x.engine(), x.c()));
        f.put("RunningFor", x -> Units.humanDuration(Duration.between(x.c().created(), x.now())) + " ago");
        f.put("Size", x -> size(x.c(), x.engine(), x.size()));
        f.put("State", x -> x.c().state().status().word());
        f.put("Status", x -> PsCommand.status(x.c(), x.now(), x.engine()));
        return java.util.Collections.unmodifiableMap(f);
    }

    static GoStruct row(Container c, Engine engine, boolean trunc, boolean size, Instant now) {
        return GoStruct.bound("*formatter.ContainerContext", FIELDS, new Context(c, engine, trunc, size, now), METHODS);
    }

    /** The SIZE column: the writable layer (always empty in berth) and, asked for, the image's size. */
    static String size(Container c, Engine engine, boolean size) {
        long image = size ? engine.imageById(c.imageId()).map(Image::size).orElse(0L) : 0;
        return Units.humanSize(0) + (image > 0 ? " (virtual " + Units.humanSize(image) + ")" : "");
    }

    static String command(Container c) {
        return c.args().isEmpty() ? c.path() : c.path() + " " + PsCommand.joinArgs(c.args());
    }
}
