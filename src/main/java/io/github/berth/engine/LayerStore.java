package io.github.berth.engine;

import io.github.berth.fs.Layer;
import io.github.berth.fs.MemoryFs;
import io.github.berth.fs.Node;
import io.github.berth.fs.UnionFs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The daemon's layer store: every layer by its DiffID, and each image's root filesystem (its
 * layers merged, bottom first), kept once made. An image the built-in registry serves has one
 * layer made from the executables it lists, over the usual directories of a Linux root
 * filesystem; where the real image's DiffID and history are known they are used.
 */
public final class LayerStore {
    /** A published image's layer DiffID and history, by image id. */
    private record Published(String diffId, List<HistoryEntry> history) {}

    private static final String BUILDKIT = "buildkit.dockerfile.v0";
    private static final Map<String, Published> PUBLISHED = Map.of(
            // hello-world's config: "COPY hello / # buildkit" then CMD (docker-library/hello-world's
            // Dockerfile built by BuildKit); the layer's DiffID is the one "docker rmi" prints
            "sha256:74cc54e27dc41bb10dc4b2226072d469509f2f22f1a3ce74f4a59661a1d44602", new Published(
                    "sha256:63a41026379f4391a306242eb0b9f26dc3550d863b7fdbb97d899f6eb89efe72", List.of(
                    new HistoryEntry(Instant.parse("2025-01-21T23:32:32Z"), "COPY hello / # buildkit", BUILDKIT, false),
                    new HistoryEntry(Instant.parse("2025-01-21T23:32:32Z"), "CMD [\"/hello\"]", BUILDKIT, true))),
            // alpine 3.21.3: docker-library's Dockerfile (ADD the minirootfs, CMD) built by BuildKit
            "sha256:aded1e1a5b3705116fa0a92ba074a5e0b0031647d9c315983ccba2ee5428ec8b", new Published(
                    "sha256:08000c18d16dadf9553d747a58cf44023423a9ab010aab96cf263d2216b8b350", List.of(
                    new HistoryEntry(Instant.parse("2025-02-14T03:28:36Z"),
                            "ADD alpine-minirootfs-3.21.3-x86_64.tar.gz / # buildkit", BUILDKIT, false),
                    new HistoryEntry(Instant.parse("2025-02-14T03:28:36Z"), "CMD [\"/bin/sh\"]", BUILDKIT, true))),
            // busybox 1.37.0-glibc: docker-library/busybox latest/glibc/amd64/image-config.json (5f0f01b)
            "sha256:6d3e4188a38af91b0c1577b9e88c53368926b2fe0e1fb985d6e8a70040520c4d", new Published(
                    "sha256:65014c70e84b6817fac42bb201ec5c1ea460a8da246cac0e481f5c9a9491eac0", List.of(
                    new HistoryEntry(Instant.parse("2024-09-26T21:31:42Z"), "BusyBox 1.37.0 (glibc), Debian 12", "",
                            false))));

    private final Map<String, Layer> layers = new HashMap<>();
    private final Map<String, Node.Dir> trees = new HashMap<>();
    private final Map<String, Map<String, Boolean>> lastBuilds = new HashMap<>();
    private final BuildCache buildCache = new BuildCache();
    /** Files the official images hold beyond their executables (os-release, web pages, configs); made at first use. */
    private Map<String, Map<String, String>> imageFiles;

    /** The Author and DockerVersion of an image's config, where a commit, import or load set them. */
    public record Origin(String author, String dockerVersion) {
        public static final Origin NONE = new Origin("", "");
    }

    private final Map<String, Origin> origins = new HashMap<>();

    /** Records who made the image (docker commit, import, load). */
    public void origin(String imageId, Origin origin) {
        origins.put(imageId, origin);
    }

    /** The image's Author and DockerVersion ({@link Origin#NONE} for pulled and built images). */
    public Origin origin(String imageId) {
        return origins.getOrDefault(imageId, Origin.NONE);
    }

    /** The builder's cache of steps. */
    public BuildCache buildCache() {
        return buildCache;
    }

    /** Keeps {@code layer} (once per DiffID) and returns the kept one. */
    public Layer add(Layer layer) {
        return layers.computeIfAbsent(layer.digest(), d -> layer);
    }

    public Layer layer(String diffId) {
        return layers.get(diffId);
    }

    /** The image's RootFS.Layers. */
    public List<String> diffIds(Image image) {
        if (!image.layers().isEmpty()) {
            return image.layers();
        }
        return List.of(registryLayer(image).digest());
    }

    /** The image's history, oldest first. */
    public List<HistoryEntry> history(Image image) {
        if (!image.history().isEmpty() || !image.layers().isEmpty()) {
            return image.history();
        }
        Published known = PUBLISHED.get(image.id());
        if (known != null) {
            return known.history();
        }
        List<HistoryEntry> history = new ArrayList<>();
        history.add(new HistoryEntry(image.created(), "/bin/sh -c #(nop) ADD file:" + image.id().substring(7)
                + " in / ", "", false));
        if (image.config().cmd() != null) {
            history.add(new HistoryEntry(image.created(), "/bin/sh -c #(nop)  CMD " + GoList.of(image.config().cmd()),
                    "", true));
        }
        return history;
    }

    /** The image's root filesystem: its layers merged. Never to be written: a union goes over it. */
    public Node.Dir tree(Image image) {
        Node.Dir tree = trees.get(image.id());
        if (tree == null) {
            List<Layer> stack = new ArrayList<>();
            if (image.layers().isEmpty()) {
                stack.add(registryLayer(image));
            } else {
                for (String id : image.layers()) {
                    stack.add(layers.get(id));
                }
            }
            tree = UnionFs.merge(stack);
            trees.put(image.id(), tree);
        }
        return tree;
    }

    /** Remembers the root filesystem of a built image (the last step's tree), so it is not merged again. */
    /** The layers the latest build of an image made, each with whether it came from the build cache. */
    public void rememberBuild(String imageId, Map<String, Boolean> cachedByLayer) {
        lastBuilds.put(imageId, Map.copyOf(cachedByLayer));
    }

    /** For each layer the latest build of the image made: whether it came from the cache (empty for pulled images). */
    public Map<String, Boolean> lastBuild(String imageId) {
        return lastBuilds.getOrDefault(imageId, Map.of());
    }

    public void keepTree(String imageId, Node.Dir tree) {
        trees.putIfAbsent(imageId, tree);
    }

    /** The size of the image's layers together. */
    public long size(List<String> diffIds) {
        long size = 0;
        for (String id : diffIds) {
            Layer layer = layers.get(id);
            size += layer == null ? 0 : layer.size();
        }
        return size;
    }

    private Map<String, Map<String, ImageAccounts.OwnedDir>> ownedDirs;

    private Layer registryLayer(Image image) {
        Published known = PUBLISHED.get(image.id());
        String key = "registry:" + image.id();
        Layer cached = layers.get(key);
        if (cached != null) {
            return cached;
        }
        MemoryFs fs = new MemoryFs();
        // the image's files are dated when the image was made (not 1970): ls -l and nginx's Last-Modified show it
        Node.Meta made = new Node.Meta(0, 0, image.created());
        fs.stamp(() -> made);
        boolean linux = image.programs().keySet().stream().anyMatch(p -> p.startsWith("/bin/"));
        if (linux) {
            for (String dir : List.of("/bin", "/dev", "/etc", "/home", "/lib", "/media", "/mnt", "/opt", "/proc",
                    "/run", "/sbin", "/srv", "/sys", "/usr/bin", "/usr/local/bin", "/usr/sbin", "/var/log",
                    "/var/tmp")) {
                fs.mkdirs(dir);
            }
            fs.writeFile("/etc/passwd", "root:x:0:0:root:/root:/bin/sh\n");
            fs.writeFile("/etc/group", "root:x:0:root\n");
            Node.Dir root = (Node.Dir) fs.lookup("/").orElseThrow();
            root.children().put("root", new Node.Dir(new java.util.TreeMap<>(), 0700, made));
            root.children().put("tmp", new Node.Dir(new java.util.TreeMap<>(), 01777, made));
        }
        image.programs().forEach(fs::installProgram);
        if (imageFiles == null) {
            imageFiles = OfficialImages.files();
        }
        imageFiles.getOrDefault(image.id(), Map.of()).forEach(fs::writeFile);
        if (ownedDirs == null) {
            ownedDirs = OfficialImages.ownedDirs();
        }
        ownedDirs.getOrDefault(image.id(), Map.of()).forEach((path, d) -> fs.put(path,
                new Node.Dir(new java.util.TreeMap<>(), d.mode(), new Node.Meta(d.uid(), d.gid(), image.created()))));
        Layer tree = Layer.ofTree((Node.Dir) fs.lookup("/").orElseThrow());
        // the registry's layer is as big as the image (the image has one layer)
        Layer layer = new Layer(known != null ? known.diffId() : tree.digest(), image.size(), tree.entries());
        layers.put(key, layer);
        layers.putIfAbsent(layer.digest(), layer);
        return layer;
    }

    /** Go's fmt %v of a string slice ("[a b]"), as the legacy builder writes CMD into history. */
    static final class GoList {
        private GoList() {}

        static String of(List<String> items) {
            return "[" + String.join(" ", items) + "]";
        }
    }
}
