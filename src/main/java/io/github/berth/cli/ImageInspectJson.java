package io.github.berth.cli;

import io.github.berth.engine.HistoryEntry;
import io.github.berth.engine.Image;
import io.github.berth.engine.ImageConfig;
import io.github.berth.engine.LayerStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Engine API's image object ({@code docker image inspect}, API 1.50 as moby v28.2.2 answers
 * it with the classic image store: api/types/image/image_inspect.go InspectResponse, its Config
 * a DockerOCIImageConfig whose fields are all omitempty).
 */
final class ImageInspectJson {
    private static final String OVERLAY = "/var/lib/docker/overlay2/";

    private ImageInspectJson() {}

    static Map<String, Object> image(Image image, LayerStore store) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Id", image.id());
        m.put("RepoTags", image.repoTags());
        m.put("RepoDigests", image.repoDigests());
        m.put("Parent", image.parent());
        List<HistoryEntry> history = store.history(image);
        m.put("Comment", history.isEmpty() ? "" : history.get(history.size() - 1).comment());
        m.put("Created", InspectJson.rfc3339Nano(image.created()));
        LayerStore.Origin origin = store.origin(image.id());
        m.put("DockerVersion", origin.dockerVersion());
        m.put("Author", origin.author());
        m.put("Config", config(image.config()));
        m.put("Architecture", "amd64");
        m.put("Os", "linux");
        m.put("Size", image.size());
        List<String> layers = store.diffIds(image);
        m.put("GraphDriver", graphDriver(layers));
        Map<String, Object> rootFs = new LinkedHashMap<>();
        rootFs.put("Type", "layers");
        rootFs.put("Layers", layers);
        m.put("RootFS", rootFs);
        m.put("Metadata", Map.of("LastTagTime", image.parent().isEmpty() && image.layers().isEmpty()
                ? "0001-01-01T00:00:00Z" : InspectJson.rfc3339Nano(image.created())));
        return m;
    }

    /** DockerOCIImageConfig: each field only when set, in the struct's order. */
    static Map<String, Object> config(ImageConfig c) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!c.user().isEmpty()) {
            m.put("User", c.user());
        }
        if (!c.exposedPorts().isEmpty()) {
            m.put("ExposedPorts", set(c.exposedPorts()));
        }
        if (!c.env().isEmpty()) {
            m.put("Env", c.env());
        }
        if (c.entrypoint() != null && !c.entrypoint().isEmpty()) {
            m.put("Entrypoint", c.entrypoint());
        }
        if (c.cmd() != null && !c.cmd().isEmpty()) {
            m.put("Cmd", c.cmd());
        }
        if (!c.volumes().isEmpty()) {
            m.put("Volumes", set(c.volumes()));
        }
        if (!c.workingDir().isEmpty()) {
            m.put("WorkingDir", c.workingDir());
        }
        if (!c.labels().isEmpty()) {
            m.put("Labels", new LinkedHashMap<>(c.labels()));
        }
        if (!c.stopSignal().isEmpty()) {
            m.put("StopSignal", c.stopSignal());
        }
        if (c.healthcheck() != null) {
            Map<String, Object> h = new LinkedHashMap<>();
            ImageConfig.Healthcheck hc = c.healthcheck();
            h.put("Test", hc.test());
            putNonZero(h, "Interval", hc.interval());
            putNonZero(h, "Timeout", hc.timeout());
            putNonZero(h, "StartPeriod", hc.startPeriod());
            putNonZero(h, "StartInterval", hc.startInterval());
            putNonZero(h, "Retries", hc.retries());
            m.put("Healthcheck", h);
        }
        if (!c.onBuild().isEmpty()) {
            m.put("OnBuild", c.onBuild());
        }
        if (c.shell() != null && !c.shell().isEmpty()) {
            m.put("Shell", c.shell());
        }
        return m;
    }

    private static void putNonZero(Map<String, Object> m, String key, long value) {
        if (value != 0) {
            m.put(key, value);
        }
    }

    /** A Go map[string]struct{}: sorted keys, each {}. */
    private static Map<String, Object> set(List<String> keys) {
        Map<String, Object> m = new LinkedHashMap<>();
        keys.stream().sorted().forEach(k -> m.put(k, Map.of()));
        return m;
    }

    /** overlay2's data for the image's top layer: its lower layers (when any), merged, upper and work dirs. */
    private static Map<String, Object> graphDriver(List<String> diffIds) {
        List<String> cache = new ArrayList<>();
        String chain = "";
        for (String id : diffIds) {
            chain = sha256Hex(chain + id);
            cache.add(chain);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        String top = cache.isEmpty() ? sha256Hex("empty") : cache.get(cache.size() - 1);
        if (cache.size() > 1) {
            List<String> lowers = new ArrayList<>();
            for (int i = cache.size() - 2; i >= 0; i--) {
                lowers.add(OVERLAY + cache.get(i) + "/diff");
            }
            data.put("LowerDir", String.join(":", lowers));
        }
        data.put("MergedDir", OVERLAY + top + "/merged");
        data.put("UpperDir", OVERLAY + top + "/diff");
        data.put("WorkDir", OVERLAY + top + "/work");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Data", data);
        m.put("Name", "overlay2");
        return m;
    }

    private static String sha256Hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
