package io.github.berth.fs;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A union view: read-only lower layers with one writable upper layer on top, as overlayfs
 * mounts an image's layers under a container's own layer.
 *
 * <p>The view is a {@link MemoryFs} the shell works on. Its directories are the view's own, so
 * nothing written through it reaches a lower layer; its files are the lower layers' until
 * written: a write puts a new file in the view (copy-up) and leaves the lower one as it was.
 * Deleting a lower file leaves a whiteout in the upper layer, and a directory that is removed
 * and made again (or a file replaced by a directory) becomes an opaque directory that hides the
 * lower one's content. {@link #upper()} is the upper layer as those entries; {@link #changes()}
 * is what {@code docker diff} reports.
 */
public final class UnionFs {
    private final Node.Dir lower;
    private final MemoryFs view;
    /** The lower directory each of the view's directories started as, by the identity of its children. */
    private final Map<Object, Node.Dir> origins = new IdentityHashMap<>();

    private UnionFs(Node.Dir lower) {
        this.lower = lower;
        this.view = new MemoryFs(copyDirs(lower));
    }

    /** A union over {@code lowers}, bottom first, with an empty upper layer. */
    public static UnionFs of(List<Layer> lowers) {
        return over(merge(lowers));
    }

    /**
     * A union over an already merged tree (another union's {@link #tree()}, say), which it never
     * changes.
     */
    public static UnionFs over(Node.Dir merged) {
        return new UnionFs(merged);
    }

    /** The layers applied in order, bottom first, into one new tree. */
    public static Node.Dir merge(List<Layer> layers) {
        Node.Dir root = Node.Dir.empty();
        for (Layer layer : layers) {
            layer.applyTo(root);
        }
        return root;
    }

    /** The view to read and write. */
    public MemoryFs fs() {
        return view;
    }

    /**
     * The view's tree as it is now. A caller that keeps it as the lower tree of another union
     * must stop writing through this one.
     */
    public Node.Dir tree() {
        return view.root();
    }

    /** The merged lower layers this union started from. */
    public Node.Dir lowerTree() {
        return lower;
    }

    private Node.Dir copyDirs(Node.Dir dir) {
        TrackedChildren children = new TrackedChildren(dir.children());
        for (Map.Entry<String, Node> e : children.entrySet()) {
            if (e.getValue() instanceof Node.Dir sub) {
                e.setValue(copyDirs(sub)); // not a change: the view's own copy of the lower directory
            }
        }
        origins.put(children, dir);
        return new Node.Dir(children, dir.mode(), dir.meta());
    }

    /** Whether the view's directory may differ from the lower one in its own entries (not counting subdirectories). */
    private static boolean untouched(Node.Dir dir) {
        return dir.children() instanceof TrackedChildren tracked && !tracked.changed();
    }

    /**
     * The upper layer against the lower ones, in moby/go-archive's ChangesDirs order: a changed
     * directory before what changed in it, each directory's entries by name and its deletions
     * after them. A directory counts as changed when its mode changed or anything in it did; a
     * file when it was written (copied up) or its mode changed.
     */
    public List<Change> changes() {
        List<Change> out = new ArrayList<>();
        addChanges("", view.root(), lower, false, out);
        return out;
    }

    private void addChanges(String path, Node now, Node old, boolean reported, List<Change> out) {
        int atEntry = out.size();
        if (old == null) {
            out.add(new Change(Change.Kind.ADDED, path));
            reported = true;
        }
        if (now instanceof Node.Dir dir) {
            Map<String, Node> oldChildren = old instanceof Node.Dir oldDir
                    ? new LinkedHashMap<>(oldDir.children()) : new LinkedHashMap<>();
            for (Map.Entry<String, Node> e : dir.children().entrySet()) {
                String childPath = path + "/" + e.getKey();
                Node oldChild = oldChildren.remove(e.getKey());
                boolean changed = oldChild != null && different(oldChild, e.getValue());
                if (changed) {
                    out.add(new Change(Change.Kind.CHANGED, childPath));
                }
                addChanges(childPath, e.getValue(), oldChild, changed, out);
            }
            for (String name : oldChildren.keySet()) {
                out.add(new Change(Change.Kind.DELETED, path + "/" + name));
            }
            if (out.size() > atEntry && !reported && !path.isEmpty()) {
                out.add(atEntry, new Change(Change.Kind.CHANGED, path));
            }
        }
    }

    /** moby/go-archive statDifferent: type or mode; for non-directories also content and times. */
    private static boolean different(Node old, Node now) {
        if (old.getClass() != now.getClass() || old.mode() != now.mode()) {
            return true;
        }
        if (now instanceof Node.Dir) {
            return false;
        }
        if (now instanceof Node.Symlink link) {
            return !link.target().equals(((Node.Symlink) old).target());
        }
        return old != now;
    }

    /** The upper layer: what was put, whiteouts for what was deleted, opaque directories for replaced ones. */
    public Layer upper() {
        Map<String, LayerEntry> entries = new TreeMap<>();
        addUpper("", view.root(), lower, entries);
        return Layer.of(entries);
    }

    private boolean addUpper(String path, Node.Dir now, Node.Dir old, Map<String, LayerEntry> entries) {
        boolean any = false;
        boolean untouched = untouched(now) && origins.get(now.children()) == old;
        for (Map.Entry<String, Node> e : now.children().entrySet()) {
            Node child = e.getValue();
            if (untouched && !(child instanceof Node.Dir)) {
                continue; // the same entry as the lower directory's
            }
            String childPath = path + "/" + e.getKey();
            Node oldChild = old.children().get(e.getKey());
            if (oldChild == null) {
                put(entries, childPath, child);
                any = true;
            } else if (child instanceof Node.Dir dir) {
                if (oldChild instanceof Node.Dir oldDir && origins.get(dir.children()) == oldDir) {
                    boolean inside = addUpper(childPath, dir, oldDir, entries);
                    if (inside || dir.mode() != oldDir.mode() || !Layer.sameOwner(dir, oldDir)) {
                        entries.put(childPath, new LayerEntry.Put(new Node.Dir(new TreeMap<>(), dir.mode(), dir.meta())));
                        any = true;
                    }
                } else {
                    entries.put(childPath, new LayerEntry.Opaque(dir.mode()));
                    Layer.addTree(entries, childPath, dir);
                    any = true;
                }
            } else if (different(oldChild, child)) {
                entries.put(childPath, new LayerEntry.Put(child));
                any = true;
            }
        }
        if (!untouched) {
            for (String name : old.children().keySet()) {
                if (!now.children().containsKey(name)) {
                    entries.put(path + "/" + name, new LayerEntry.Whiteout());
                    any = true;
                }
            }
        }
        return any;
    }

    private static void put(Map<String, LayerEntry> entries, String path, Node node) {
        if (node instanceof Node.Dir dir) {
            entries.put(path, new LayerEntry.Put(new Node.Dir(new TreeMap<>(), dir.mode(), dir.meta())));
            Layer.addTree(entries, path, dir);
        } else {
            entries.put(path, new LayerEntry.Put(node));
        }
    }
}
