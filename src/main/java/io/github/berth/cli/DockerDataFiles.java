package io.github.berth.cli;

import io.github.berth.engine.Container;
import io.github.berth.engine.Engine;
import io.github.berth.engine.Image;
import io.github.berth.engine.LogEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files the daemon keeps in {@code /var/lib/docker/containers/<id>/}, rendered from the
 * engine's state: {@code config.v2.json} (moby's container.Container as daemon/container
 * ToDisk writes it: one line of JSON), {@code hostconfig.json} (the HostConfig, also one line)
 * and {@code <id>-json.log} (the json-file driver's lines, {@code {"log":…,"stream":…,"time":…}},
 * daemon/logger/jsonfilelog/jsonlog). The host's {@code sudo ls} shows them.
 */
public final class DockerDataFiles {
    private DockerDataFiles() {}

    /** {@code config.v2.json}: the container's state, config and paths, as moby stores them. */
    @SuppressWarnings("unchecked")
    public static String configV2(Container c, Image image, Engine engine) {
        Map<String, Object> inspect = InspectJson.inspected(c, image, engine);
        Map<String, Object> state = new LinkedHashMap<>((Map<String, Object>) inspect.get("State"));
        state.remove("Status");
        state.put("RemovalInProgress", false);
        state.put("Health", null);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("StreamConfig", Map.of());
        m.put("State", state);
        m.put("ID", c.id());
        m.put("Created", inspect.get("Created"));
        m.put("Managed", false);
        m.put("Path", c.path());
        m.put("Args", c.args());
        m.put("Config", inspect.get("Config"));
        m.put("ImageID", c.imageId());
        m.put("ImageManifest", null);
        m.put("NetworkSettings", inspect.get("NetworkSettings"));
        m.put("LogPath", inspect.get("LogPath"));
        m.put("Name", "/" + c.name());
        m.put("Driver", "overlay2");
        m.put("OS", "linux");
        m.put("Platform", "linux");
        m.put("RestartCount", inspect.get("RestartCount"));
        m.put("HasBeenStartedBefore", c.startCount() > 0);
        m.put("HasBeenManuallyStopped", false);
        m.put("MountPoints", Map.of());
        m.put("SecretReferences", null);
        m.put("ConfigReferences", null);
        m.put("MountLabel", "");
        m.put("ProcessLabel", "");
        m.put("AppArmorProfile", inspect.get("AppArmorProfile"));
        m.put("SeccompProfile", "");
        m.put("NoNewPrivileges", false);
        m.put("HostnamePath", inspect.get("HostnamePath"));
        m.put("HostsPath", inspect.get("HostsPath"));
        m.put("ShmPath", c.startCount() > 0 ? "/var/lib/docker/containers/" + c.id() + "/mounts/shm" : "");
        m.put("ResolvConfPath", inspect.get("ResolvConfPath"));
        m.put("LocalLogCacheMeta", Map.of("HaveNotifyEnabled", false));
        return GoJson.compactEscaped(m);
    }

    /** {@code hostconfig.json}: the HostConfig as {@code docker inspect} shows it (RestartPolicy, ...), on one line. */
    public static String hostConfig(Container c, Image image, Engine engine) {
        return GoJson.compactEscaped(InspectJson.inspected(c, image, engine).get("HostConfig"));
    }

    /** {@code <id>-json.log}: one JSON object a line for each write the container's process made. */
    public static String jsonLog(List<LogEntry> entries) {
        StringBuilder sb = new StringBuilder();
        for (LogEntry e : entries) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("log", e.text());
            line.put("stream", e.stream() == LogEntry.Stream.STDOUT ? "stdout" : "stderr");
            line.put("time", InspectJson.rfc3339Nano(e.time()));
            sb.append(GoJson.compactEscaped(line)).append('\n');
        }
        return sb.toString();
    }
}
