package io.github.berth.engine;

import io.github.berth.fs.Layer;
import io.github.berth.fs.TarArchive;
import io.github.berth.fs.MemoryFs;
import io.github.berth.fs.Node;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code docker export} and {@code docker import} on the daemon's side (moby v28.2.2
 * daemon/export.go: the container's root filesystem as a tar, without what is mounted on it;
 * daemon/images/image_import.go ImportImage: one layer from the tar, a config made only of the
 * {@code --change} instructions, one history entry whose comment is the message).
 */
public final class ImageImports {
    /** An archive, an image, or the daemon's message (without "Error response from daemon: "). */
    public record Result(byte[] archive, Image image, String error) {}

    private final Engine engine;

    public ImageImports(Engine engine) {
        this.engine = engine;
    }

    /** The container's root filesystem as {@code docker export} writes it. */
    public Result export(String name) {
        Lookup lookup = engine.find(name);
        if (lookup instanceof Lookup.Missing missing) {
            return new Result(null, null, missing.message());
        }
        Container c = ((Lookup.Found) lookup).container();
        Optional<MemoryFs> fs = engine.runtime().rootfs(c.id())
                .or(() -> engine.imageById(c.imageId()).map(image -> engine.runtime().rootfs(c, image)));
        if (fs.isEmpty()) {
            return new Result(null, null, "No such image: " + c.image());
        }
        io.github.berth.fs.UnionFs copy = io.github.berth.fs.UnionFs.over((Node.Dir) fs.get().lookupNoFollow("/")
                .orElseThrow());
        MemoryFs tree = copy.fs();
        // the daemon's bind mounts are not in the rootfs: its init layer's empty files are
        for (String mounted : ContainerDns.MOUNTED_FILES) {
            tree.writeFile(mounted, new byte[0], 0644);
        }
        if (tree.lookupNoFollow("/.dockerenv").isEmpty()) {
            tree.writeFile("/.dockerenv", new byte[0], 0755);
        }
        return new Result(TarArchive.write(LayerTars.entries(copy.tree())), null, null);
    }

    /**
     * A new image of one layer made from the archive.
     *
     * @param tag a familiar name:tag, or null
     */
    public Result importArchive(byte[] archive, String tag, String message, List<String> changes) {
        ConfigChanges.Result config = ConfigChanges.apply(new ImageConfig(List.of(), null, null, ""), changes);
        if (config.error() != null) {
            return new Result(null, null, config.error());
        }
        List<TarArchive.Entry> entries = TarArchive.read(archive);
        if (entries == null) {
            return new Result(null, null, null);
        }
        Layer layer = engine.layers().add(LayerTars.layer(entries));
        Instant now = engine.clock().instant();
        List<HistoryEntry> history = List.of(new HistoryEntry(now, "", message, false));
        List<String> layers = List.of(layer.digest());
        String id = "sha256:" + ImageCommits.sha256(config.config() + "\n" + layers + "\n" + now + "\n" + message);
        List<String> tags = new ArrayList<>(engine.imageById(id).map(Image::repoTags).orElse(List.of()));
        if (tag != null && !tags.contains(tag)) {
            tags.add(tag);
        }
        Image image = new Image(id, tags, List.of(), now, layer.size(), config.config(), Map.of(), layers, history, "");
        engine.store(image);
        engine.layers().origin(id, new LayerStore.Origin("", ImageCommits.DOCKER_VERSION));
        return new Result(null, image, null);
    }
}
