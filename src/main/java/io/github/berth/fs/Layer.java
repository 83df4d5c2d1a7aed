package io.github.berth.fs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One read-only image layer: its entries by absolute path, in path order (a directory before
 * what it holds), its digest ({@code sha256:…}, the layer's DiffID) and its size (the bytes of
 * its files and link targets, as moby's layer store counts a layer's size).
 */
public record Layer(String digest, long size, NavigableMap<String, LayerEntry> entries) {
    public Layer {
        entries = Collections.unmodifiableNavigableMap(new TreeMap<>(entries));
    }

    /** A layer whose digest is the SHA-256 of its entries (paths, kinds, modes and contents). */
    public static Layer of(Map<String, LayerEntry> entries) {
        TreeMap<String, LayerEntry> sorted = new TreeMap<>(entries);
        return new Layer(digestOf(sorted), sizeOf(sorted), sorted);
    }

    /** A layer with a known digest (an image's published DiffID). */
    public static Layer withDigest(String digest, Map<String, LayerEntry> entries) {
        TreeMap<String, LayerEntry> sorted = new TreeMap<>(entries);
        return new Layer(digest, sizeOf(sorted), sorted);
    }

    /** Every file, link and directory of {@code root} as a layer's entries (a base layer). */
    public static Layer ofTree(Node.Dir root) {
        TreeMap<String, LayerEntry> entries = new TreeMap<>();
        addTree(entries, "", root);
        return of(entries);
    }

    static void addTree(Map<String, LayerEntry> entries, String path, Node.Dir dir) {
        for (Map.Entry<String, Node> e : dir.children().entrySet()) {
            String child = path + "/" + e.getKey();
            Node node = e.getValue();
            if (node instanceof Node.Dir sub) {
                entries.put(child, new LayerEntry.Put(new Node.Dir(new TreeMap<>(), sub.mode(), sub.meta())));
                addTree(entries, child, sub);
            } else {
                entries.put(child, new LayerEntry.Put(node));
            }
        }
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * Applies this layer on top of {@code root}, in place, as unpacking its tarball over the
     * layers below does: whiteouts delete, opaque directories start empty, the rest is put.
     */
    public void applyTo(Node.Dir root) {
        MemoryFs tree = new MemoryFs(root);
        for (Map.Entry<String, LayerEntry> e : entries.entrySet()) {
            String path = e.getKey();
            Node.Dir parent = tree.mkdirs(VPath.parent(path));
            String name = VPath.name(path);
            LayerEntry entry = e.getValue();
            if (entry instanceof LayerEntry.Whiteout) {
                parent.children().remove(name);
            } else if (entry instanceof LayerEntry.Opaque opaque) {
                parent.children().put(name, new Node.Dir(new TreeMap<>(), opaque.mode()));
            } else if (((LayerEntry.Put) entry).node() instanceof Node.Dir dir) {
                Node there = parent.children().get(name);
                if (there instanceof Node.Dir existing) {
                    if (existing.mode() != dir.mode() || !sameOwner(existing, dir)) {
                        parent.children().put(name, new Node.Dir(existing.children(), dir.mode(), dir.meta()));
                    }
                } else {
                    parent.children().put(name, new Node.Dir(new TreeMap<>(), dir.mode(), dir.meta()));
                }
            } else {
                parent.children().put(name, ((LayerEntry.Put) entry).node());
            }
        }
    }

    private static long sizeOf(Map<String, LayerEntry> entries) {
        long size = 0;
        for (LayerEntry entry : entries.values()) {
            if (entry instanceof LayerEntry.Put put) {
                if (put.node() instanceof Node.File f) {
                    size += f.size();
                } else if (put.node() instanceof Node.Symlink link) {
                    size += link.target().getBytes(StandardCharsets.UTF_8).length;
                }
            }
        }
        return size;
    }

    private static String digestOf(Map<String, LayerEntry> entries) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Map.Entry<String, LayerEntry> e : entries.entrySet()) {
            sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
            LayerEntry entry = e.getValue();
            if (entry instanceof LayerEntry.Whiteout) {
                sha.update((byte) 'W');
            } else if (entry instanceof LayerEntry.Opaque opaque) {
                sha.update(("O" + opaque.mode()).getBytes(StandardCharsets.UTF_8));
            } else {
                Node node = ((LayerEntry.Put) entry).node();
                if (node instanceof Node.File f) {
                    sha.update(("F" + f.mode() + ":" + f.program() + ":").getBytes(StandardCharsets.UTF_8));
                    sha.update(f.contentView());
                } else if (node instanceof Node.Symlink link) {
                    sha.update(("L" + link.target()).getBytes(StandardCharsets.UTF_8));
                } else {
                    sha.update(("D" + node.mode()).getBytes(StandardCharsets.UTF_8));
                }
            }
            sha.update((byte) 0);
        }
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }

    /** Whether two entries have the same owner and group (a layer's directory entry carries them). */
    static boolean sameOwner(Node a, Node b) {
        return a.meta().uid() == b.meta().uid() && a.meta().gid() == b.meta().gid();
    }
}
