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
import java.util.function.Supplier;

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

    static GoStruct row(Container c, Engine engine, boolean trunc, boolean size, Instant now) {
        Map<String, Supplier<Object>> f = new LinkedHashMap<>();
        f.put("Command", () -> {
            String command = command(c);
            return GoText.quote(trunc ? Table.ellipsis(command, 20) : command);
        });
        f.put("CreatedAt", () -> createdAt(c.created()));
        f.put("ID", () -> trunc ? c.shortId() : c.id());
        f.put("Image", () -> c.image());
        f.put("Labels", () -> {
            // docker/cli formatter/container.go Labels: the "k=v" strings sorted, joined by commas
            List<String> joined = new ArrayList<>();
            labels(c).forEach((k, v) -> joined.add(k + "=" + v));
            java.util.Collections.sort(joined);
            return String.join(",", joined);
        });
        f.put("LocalVolumes", () -> String.valueOf(ContainerFacts.mounts(engine, c).stream()
                .filter(m -> m.local()).count()));
        f.put("Mounts", () -> {
            List<String> names = new ArrayList<>();
            for (ContainerFacts.MountName m : ContainerFacts.mounts(engine, c)) {
                names.add(trunc ? Table.ellipsis(m.name(), 15) : m.name());
            }
            return String.join(",", names);
        });
        f.put("Names", () -> c.name());
        f.put("Networks", () -> String.join(",", ContainerFacts.networks(engine, c)));
        f.put("Platform", () -> null);
        f.put("Ports", () -> PortsColumn.of(engine, c));
        f.put("RunningFor", () -> Units.humanDuration(Duration.between(c.created(), now)) + " ago");
        f.put("Size", () -> size(c, engine, size));
        f.put("State", () -> c.state().status().word());
        f.put("Status", () -> PsCommand.status(c, now, engine));
        return new GoStruct("*formatter.ContainerContext", f, Map.of("Label", k -> labels(c).getOrDefault(k, "")));
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
