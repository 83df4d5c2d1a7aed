package io.github.berth.engine;

import io.github.berth.fs.Change;
import io.github.berth.fs.Layer;
import io.github.berth.fs.LayerEntry;
import io.github.berth.fs.UnionFs;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code POST /commit} as moby v28.2.2 answers it with the classic image store
 * (daemon/commit.go CreateImageFromContainer, daemon/images/image_commit.go CommitImage,
 * image/image.go NewChildImage): the container's config with the changes applied becomes the new
 * image's config, its writable layer (what {@code docker diff} lists) becomes a new top layer over
 * its image's layers (none when nothing changed, the history entry then marked empty), the
 * history gains an entry whose created_by is the container's Cmd and whose comment is the
 * message, and the container's image becomes the new image's Parent.
 */
public final class ImageCommits {
    /** moby's dockerversion.Version, written into the configs the daemon makes. */
    public static final String DOCKER_VERSION = "28.2.2";

    /** The new image, or the daemon's message (without "Error response from daemon: "). */
    public record Result(Image image, String error) {}

    private final Engine engine;

    public ImageCommits(Engine engine) {
        this.engine = engine;
    }

    /**
     * @param tag a familiar name:tag to give the image, or null
     */
    public Result commit(String name, String tag, String author, String comment, List<String> changes) {
        Lookup lookup = engine.find(name);
        if (lookup instanceof Lookup.Missing missing) {
            return new Result(null, missing.message());
        }
        Container c = ((Lookup.Found) lookup).container();
        if (c.state().status() == ContainerState.Status.DEAD) {
            return new Result(null, "You cannot commit container " + c.id() + " which is Dead");
        }
        if (c.state().status() == ContainerState.Status.REMOVING) {
            return new Result(null, "You cannot commit container " + c.id() + " which is being removed");
        }
        Optional<Image> parent = engine.imageById(c.imageId());
        if (parent.isEmpty()) {
            return new Result(null, "No such image: " + c.imageId());
        }
        ConfigChanges.Result changed = ConfigChanges.apply(c.config(), changes);
        if (changed.error() != null) {
            return new Result(null, changed.error());
        }
        LayerStore store = engine.layers();
        Layer layer = writableLayer(c, parent.get());
        Instant now = engine.clock().instant();
        List<String> layers = new ArrayList<>(store.diffIds(parent.get()));
        boolean empty = layer.isEmpty();
        if (!empty) {
            layer = store.add(layer);
            layers.add(layer.digest());
        }
        List<HistoryEntry> history = new ArrayList<>(store.history(parent.get()));
        List<String> cmd = c.config().cmd() == null ? List.of() : c.config().cmd();
        history.add(new HistoryEntry(now, String.join(" ", cmd), comment, empty));
        ImageConfig config = changed.config();
        String id = "sha256:" + sha256(config + "\n" + layers + "\n" + history + "\n" + author + "\n" + c.id());
        long size = parent.get().size() + (empty ? 0 : layer.size());
        Set<String> tags = new LinkedHashSet<>(engine.imageById(id).map(Image::repoTags).orElse(List.of()));
        if (tag != null) {
            tags.add(tag);
        }
        Image image = new Image(id, List.copyOf(tags), List.of(), now, size, config, Map.of(), layers, history,
                parent.get().id());
        engine.store(image);
        store.origin(id, new LayerStore.Origin(author, DOCKER_VERSION));
        return new Result(image, null);
    }

    /** The container's writable layer without what lies on its mounts, as docker diff lists it. */
    private Layer writableLayer(Container c, Image image) {
        UnionFs fs = engine.containerLayers().rootfs(c, image);
        Set<String> changed = new HashSet<>();
        for (Change change : engine.containerLayers().changes(c.id())) {
            changed.add(change.path());
        }
        TreeMap<String, LayerEntry> kept = new TreeMap<>();
        fs.upper().entries().forEach((path, entry) -> {
            if (changed.contains(path)) {
                kept.put(path, entry);
            }
        });
        return Layer.of(kept);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
