package io.github.berth.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.berth.engine.Engine;
import io.github.berth.engine.HistoryEntry;
import io.github.berth.engine.Image;
import io.github.berth.engine.ImageConfig;
import io.github.berth.engine.ImageRef;
import io.github.berth.engine.LayerStore;
import io.github.berth.engine.LayerTars;
import io.github.berth.fs.TarArchive;
import io.github.berth.fs.Layer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The archive {@code docker save} writes and {@code docker load} reads, as moby v28.2.2 writes it
 * with the classic image store (image/tarexport/save.go): an OCI layout ({@code blobs/sha256/…}
 * holding each layer's tar, a legacy v1 config per layer, the image config and the manifest;
 * {@code index.json}, {@code oci-layout}) with Docker's own {@code manifest.json} and
 * {@code repositories} beside it. Loading reads {@code manifest.json} and each config
 * (image/tarexport/load.go); a layer the daemon still has is not read again.
 */
final class ImageArchive {
    private static final String MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An image to save and the references it is saved under. */
    record Saved(Image image, List<String> refs) {}

    private ImageArchive() {}

    static byte[] write(Engine engine, List<Saved> images) {
        LayerStore store = engine.layers();
        TreeMap<String, byte[]> blobs = new TreeMap<>();
        TreeMap<String, Long> blobTimes = new TreeMap<>();
        List<Object> manifest = new ArrayList<>();
        Map<String, Map<String, String>> repositories = new TreeMap<>();
        List<Object> index = new ArrayList<>();
        for (Saved saved : images) {
            Image image = saved.image();
            long created = image.created().getEpochSecond();
            List<String> diffIds = store.diffIds(image);
            List<Object> layerDescriptors = new ArrayList<>();
            List<String> layerPaths = new ArrayList<>();
            String parent = "";
            for (int i = 0; i < diffIds.size(); i++) {
                Layer layer = store.layer(diffIds.get(i));
                byte[] tar = TarArchive.write(layer == null ? List.of() : LayerTars.entries(layer));
                String hex = hex(diffIds.get(i));
                blobs.put(hex, tar);
                blobTimes.put(hex, created);
                layerPaths.add("blobs/sha256/" + hex);
                layerDescriptors.add(descriptor("application/vnd.oci.image.layer.v1.tar", diffIds.get(i), tar.length));
                // the legacy v1 config of each layer (save.go saveImage/saveConfig)
                Map<String, Object> v1 = new LinkedHashMap<>();
                String v1Id = sha256(parent + "\n" + diffIds.subList(0, i + 1));
                v1.put("id", v1Id);
                if (!parent.isEmpty()) {
                    v1.put("parent", parent);
                }
                v1.put("created", i == diffIds.size() - 1 ? InspectJson.rfc3339Nano(image.created())
                        : "1970-01-01T00:00:00Z");
                v1.put("os", "linux");
                byte[] v1Json = GoJson.compactEscaped(v1).getBytes(StandardCharsets.UTF_8);
                blobs.put(sha256(v1Json), v1Json);
                blobTimes.put(sha256(v1Json), created);
                parent = v1Id;
            }
            byte[] config = config(image, store).getBytes(StandardCharsets.UTF_8);
            String configHex = hex(image.id());
            blobs.put(configHex, config);
            blobTimes.put(configHex, created);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("schemaVersion", 2);
            m.put("mediaType", MANIFEST);
            m.put("config", descriptor("application/vnd.oci.image.config.v1+json", image.id(), config.length));
            m.put("layers", layerDescriptors);
            byte[] manifestBlob = GoJson.compactEscaped(m).getBytes(StandardCharsets.UTF_8);
            String manifestHex = sha256(manifestBlob);
            blobs.put(manifestHex, manifestBlob);
            blobTimes.put(manifestHex, 0L);
            List<String> repoTags = new ArrayList<>();
            for (String ref : saved.refs()) {
                ImageRef r = ImageRef.parse(ref);
                repositories.computeIfAbsent(r.familiarName(), k -> new TreeMap<>())
                        .put(r.tag(), hex(diffIds.get(diffIds.size() - 1)));
                repoTags.add(r.familiarString());
                Map<String, Object> d = descriptor(MANIFEST, "sha256:" + manifestHex, manifestBlob.length);
                Map<String, Object> annotations = new LinkedHashMap<>();
                annotations.put("io.containerd.image.name", r.domain() + "/" + r.path() + ":" + r.tag());
                annotations.put("org.opencontainers.image.ref.name", r.tag());
                d.put("annotations", annotations);
                index.add(d);
            }
            if (saved.refs().isEmpty()) {
                index.add(descriptor(MANIFEST, "sha256:" + manifestHex, manifestBlob.length));
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("Config", "blobs/sha256/" + configHex);
            item.put("RepoTags", repoTags.isEmpty() ? null : repoTags);
            item.put("Layers", layerPaths);
            manifest.add(item);
        }
        List<TarArchive.Entry> entries = new ArrayList<>();
        // save.go sets blobs/ to the last image's creation time; writing the manifest into
        // blobs/sha256/ after its Chtimes leaves that directory with the time of the save
        long lastCreated = images.isEmpty() ? 0 : images.get(images.size() - 1).image().created().getEpochSecond();
        entries.add(TarArchive.Entry.dir("blobs", 0755, lastCreated));
        entries.add(TarArchive.Entry.dir("blobs/sha256", 0755, engine.clock().instant().getEpochSecond()));
        blobs.forEach((hex, bytes) -> entries.add(TarArchive.Entry.file("blobs/sha256/" + hex, 0644,
                blobTimes.get(hex), bytes)));
        Map<String, Object> indexJson = new LinkedHashMap<>();
        indexJson.put("schemaVersion", 2);
        indexJson.put("mediaType", "application/vnd.oci.image.index.v1+json");
        indexJson.put("manifests", index);
        entries.add(TarArchive.Entry.file("index.json", 0644, 0, bytes(GoJson.compactEscaped(indexJson))));
        entries.add(TarArchive.Entry.file("manifest.json", 0644, 0, bytes(GoJson.compactEscaped(manifest) + "\n")));
        entries.add(TarArchive.Entry.file("oci-layout", 0644, 0, bytes("{\"imageLayoutVersion\": \"1.0.0\"}")));
        if (!repositories.isEmpty()) {
            entries.add(TarArchive.Entry.file("repositories", 0644, 0,
                    bytes(GoJson.compactEscaped(repositories) + "\n")));
        }
        return TarArchive.write(entries);
    }

    /** The image's config as its blob holds it (image.Image's JSON). */
    private static String config(Image image, LayerStore store) {
        Map<String, Object> c = new LinkedHashMap<>();
        LayerStore.Origin origin = store.origin(image.id());
        c.put("architecture", "amd64");
        if (!origin.author().isEmpty()) {
            c.put("author", origin.author());
        }
        c.put("config", ImageInspectJson.config(image.config()));
        c.put("created", InspectJson.rfc3339Nano(image.created()));
        if (!origin.dockerVersion().isEmpty()) {
            c.put("docker_version", origin.dockerVersion());
        }
        List<Object> history = new ArrayList<>();
        for (HistoryEntry h : store.history(image)) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("created", InspectJson.rfc3339Nano(h.created()));
            if (!h.createdBy().isEmpty()) {
                e.put("created_by", h.createdBy());
            }
            if (!h.comment().isEmpty()) {
                e.put("comment", h.comment());
            }
            if (h.emptyLayer()) {
                e.put("empty_layer", true);
            }
            history.add(e);
        }
        c.put("history", history);
        c.put("os", "linux");
        Map<String, Object> rootfs = new LinkedHashMap<>();
        rootfs.put("type", "layers");
        rootfs.put("diff_ids", store.diffIds(image));
        c.put("rootfs", rootfs);
        return GoJson.compactEscaped(c);
    }

    /**
     * What loading printed, or why it failed (the daemon's words, or berth's where noted).
     * {@code progress} has the final "Loading layer" line of each layer the daemon did not have
     * (load.go loadLayer; shown only when output is a terminal and not --quiet).
     */
    record Loaded(List<String> progress, List<String> lines, String error) {
        Loaded(List<String> lines, String error) {
            this(List.of(), lines, error);
        }
    }

    static Loaded load(Engine engine, byte[] archive) {
        List<TarArchive.Entry> entries = TarArchive.read(archive);
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (entries != null) {
            for (TarArchive.Entry e : entries) {
                String name = e.name().startsWith("./") ? e.name().substring(2) : e.name();
                files.put(name, e.content());
            }
        }
        if (entries == null) {
            return new Loaded(List.of(), "berth's sandbox loads only tar archives (plain or gzip)");
        }
        if (!files.containsKey("manifest.json")) {
            return legacy(engine, entries, files);
        }
        LayerStore store = engine.layers();
        // the layer chains the daemon holds: those of its images (a layer no image uses is released)
        java.util.Set<List<String>> chains = new java.util.HashSet<>();
        for (Image image : engine.images()) {
            List<String> ids = store.diffIds(image);
            for (int i = 1; i <= ids.size(); i++) {
                chains.add(List.copyOf(ids.subList(0, i)));
            }
        }
        List<String> progress = new ArrayList<>();
        List<String> tagged = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        try {
            for (JsonNode item : JSON.readTree(files.get("manifest.json"))) {
                String configPath = item.path("Config").asText();
                byte[] configBytes = files.get(configPath);
                if (configBytes == null) {
                    return new Loaded(List.of(), "open /var/lib/docker/tmp/docker-import/" + configPath
                            + ": no such file or directory");
                }
                JsonNode config = JSON.readTree(configBytes);
                String id = "sha256:" + configPath.substring(configPath.lastIndexOf('/') + 1);
                List<String> diffIds = new ArrayList<>();
                config.path("rootfs").path("diff_ids").forEach(d -> diffIds.add(d.asText()));
                List<String> layerPaths = new ArrayList<>();
                item.path("Layers").forEach(l -> layerPaths.add(l.asText()));
                if (layerPaths.size() != diffIds.size()) {
                    return new Loaded(List.of(), "invalid manifest, layers length mismatch: expected "
                            + layerPaths.size() + ", got " + diffIds.size());
                }
                long size = 0;
                for (int i = 0; i < diffIds.size(); i++) {
                    List<String> chain = List.copyOf(diffIds.subList(0, i + 1));
                    if (chains.add(chain)) {
                        // jsonmessage's JSONProgress.String at 100%, as a terminal of up to 110 columns shows it
                        String total = Units.humanSize4(files.getOrDefault(layerPaths.get(i), new byte[0]).length);
                        progress.add(HistoryCommand.truncateId(diffIds.get(i)) + ": Loading layer "
                                + String.format("%8s", total) + "/" + total);
                    }
                    Layer layer = store.layer(diffIds.get(i));
                    if (layer == null) {
                        byte[] tar = files.getOrDefault(layerPaths.get(i), new byte[0]);
                        List<TarArchive.Entry> layerEntries = TarArchive.read(tar);
                        layer = store.add(Layer.withDigest(diffIds.get(i),
                                LayerTars.layer(layerEntries == null ? List.of() : layerEntries).entries()));
                    }
                    size += layer.size();
                }
                List<String> tags = new ArrayList<>();
                item.path("RepoTags").forEach(t -> tags.add(ImageRef.parse(t.asText()).familiarString()));
                List<String> allTags = new ArrayList<>(engine.imageById(id).map(Image::repoTags).orElse(List.of()));
                tags.stream().filter(t -> !allTags.contains(t)).forEach(allTags::add);
                Image known = engine.imageById(id).orElse(null);
                Image image = new Image(id, allTags, known == null ? List.of() : known.repoDigests(),
                        instant(config.path("created").asText()), known == null ? size : known.size(),
                        imageConfig(config.path("config")), known == null ? Map.of() : known.programs(), diffIds,
                        history(config.path("history")), known == null ? "" : known.parent());
                // load.go setLoadedTag: a tag another image had moves, and the daemon says so
                List<String> renamed = new ArrayList<>();
                for (String t : tags) {
                    engine.image(ImageRef.parse(t)).filter(other -> !other.id().equals(id)).ifPresent(other ->
                            renamed.add("The image " + t + " already exists, renaming the old one with ID "
                                    + other.id() + " to empty string"));
                }
                engine.store(image);
                if (!config.path("author").asText().isEmpty() || !config.path("docker_version").asText().isEmpty()) {
                    store.origin(id, new LayerStore.Origin(config.path("author").asText(),
                            config.path("docker_version").asText()));
                }
                ids.add("Loaded image ID: " + id);
                for (int k = 0; k < tags.size(); k++) {
                    int index = k;
                    renamed.stream().filter(line -> line.startsWith("The image " + tags.get(index) + " "))
                            .forEach(tagged::add);
                    tagged.add("Loaded image: " + tags.get(k));
                }
            }
        } catch (IOException | RuntimeException e) {
            return new Loaded(List.of(), "berth's sandbox could not read this archive's manifest.json");
        }
        return new Loaded(progress, tagged.isEmpty() ? ids : tagged, null);
    }

    /**
     * An archive without manifest.json: load.go legacyLoad reads {@code DIR/json} for each
     * directory at its top, then {@code repositories}. What {@code docker export} wrote fails at
     * its first directory, as on a real daemon (its temporary directory is under
     * /var/lib/docker/tmp, named by os.MkdirTemp). Docker's legacy layout itself is not loaded.
     */
    private static Loaded legacy(Engine engine, List<TarArchive.Entry> entries, Map<String, byte[]> files) {
        String tmp = "/var/lib/docker/tmp/docker-import-" + Long.parseLong(engine.ids().hex64().substring(0, 8), 16);
        java.util.TreeSet<String> dirs = new java.util.TreeSet<>();
        for (TarArchive.Entry e : entries) {
            String name = e.name().startsWith("./") ? e.name().substring(2) : e.name();
            int slash = name.indexOf('/');
            if (slash > 0) {
                dirs.add(name.substring(0, slash));
            }
        }
        if (!dirs.isEmpty() && !files.containsKey(dirs.first() + "/json")) {
            return new Loaded(List.of(), "open " + tmp + "/" + dirs.first() + "/json: no such file or directory");
        }
        if (dirs.isEmpty() && !files.containsKey("repositories")) {
            return new Loaded(List.of(), "open " + tmp + "/repositories: no such file or directory");
        }
        return new Loaded(List.of(), "berth's sandbox does not load Docker's legacy archive layout (no manifest.json)");
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (RuntimeException e) {
            return Instant.EPOCH;
        }
    }

    private static List<HistoryEntry> history(JsonNode history) {
        List<HistoryEntry> out = new ArrayList<>();
        history.forEach(h -> out.add(new HistoryEntry(instant(h.path("created").asText()),
                h.path("created_by").asText(), h.path("comment").asText(), h.path("empty_layer").asBoolean())));
        return out;
    }

    private static ImageConfig imageConfig(JsonNode c) {
        List<String> exposed = new ArrayList<>();
        c.path("ExposedPorts").fieldNames().forEachRemaining(exposed::add);
        List<String> volumes = new ArrayList<>();
        c.path("Volumes").fieldNames().forEachRemaining(volumes::add);
        Map<String, String> labels = new TreeMap<>();
        c.path("Labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return new ImageConfig(strings(c.path("Env")), c.has("Entrypoint") ? strings(c.path("Entrypoint")) : null,
                c.has("Cmd") ? strings(c.path("Cmd")) : null, c.path("WorkingDir").asText(""), exposed,
                c.path("StopSignal").asText(""), c.path("User").asText(""), labels, volumes, null,
                strings(c.path("OnBuild")), c.has("Shell") ? strings(c.path("Shell")) : null);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Map<String, Object> descriptor(String mediaType, String digest, long size) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("mediaType", mediaType);
        d.put("digest", digest);
        d.put("size", size);
        return d;
    }

    private static String hex(String digest) {
        return digest.substring(digest.indexOf(':') + 1);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(String text) {
        return sha256(bytes(text));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
