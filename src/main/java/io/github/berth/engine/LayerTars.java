package io.github.berth.engine;

import io.github.berth.fs.Layer;
import io.github.berth.fs.TarArchive;
import io.github.berth.fs.LayerEntry;
import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A layer or a whole root filesystem as the tar entries moby's layer TarStream and container
 * export write (paths without the leading slash, directories ending in "/", whiteouts as
 * {@code .wh.NAME} and opaque directories as {@code .wh..wh..opq}), and back. berth's executables
 * are markers for simulated programs: the program's name rides along as an extended attribute,
 * so an archive made in the sandbox runs again when loaded or imported.
 */
public final class LayerTars {
    /** The PAX record that names the simulated program an executable runs. */
    static final String PROGRAM = "SCHILY.xattr.user.berth.program";
    private static final String WHITEOUT = ".wh.";
    private static final String OPAQUE = ".wh..wh..opq";

    private LayerTars() {}

    /** A layer's entries in path order. */
    public static List<TarArchive.Entry> entries(Layer layer) {
        List<TarArchive.Entry> out = new ArrayList<>();
        for (Map.Entry<String, LayerEntry> e : layer.entries().entrySet()) {
            String name = e.getKey().substring(1);
            LayerEntry entry = e.getValue();
            if (entry instanceof LayerEntry.Whiteout) {
                String parent = VPath.parent(e.getKey());
                String dir = parent.equals("/") ? "" : parent.substring(1) + "/";
                out.add(TarArchive.Entry.file(dir + WHITEOUT + VPath.name(e.getKey()), 0, 0, new byte[0]));
            } else if (entry instanceof LayerEntry.Opaque opaque) {
                out.add(TarArchive.Entry.dir(name, opaque.mode(), 0));
                out.add(TarArchive.Entry.file(name + "/" + OPAQUE, 0, 0, new byte[0]));
            } else {
                out.add(entry(name, ((LayerEntry.Put) entry).node()));
            }
        }
        return out;
    }

    /** Every entry of a root filesystem, as {@code docker export} writes it. */
    public static List<TarArchive.Entry> entries(Node.Dir root) {
        List<TarArchive.Entry> out = new ArrayList<>();
        add(out, "", root);
        return out;
    }

    private static void add(List<TarArchive.Entry> out, String path, Node.Dir dir) {
        for (Map.Entry<String, Node> e : dir.children().entrySet()) {
            String name = path + e.getKey();
            out.add(entry(name, e.getValue()));
            if (e.getValue() instanceof Node.Dir sub) {
                add(out, name + "/", sub);
            }
        }
    }

    private static TarArchive.Entry entry(String name, Node node) {
        long mtime = node.meta().mtime().getEpochSecond();
        int uid = node.meta().uid();
        int gid = node.meta().gid();
        if (node instanceof Node.Dir d) {
            return new TarArchive.Entry(name + "/", '5', d.mode(), uid, gid, mtime, null, "", Map.of());
        }
        if (node instanceof Node.Symlink link) {
            return new TarArchive.Entry(name, '2', 0777, uid, gid, mtime, null, link.target(), Map.of());
        }
        Node.File f = (Node.File) node;
        return new TarArchive.Entry(name, '0', f.mode(), uid, gid, mtime, f.content(), "",
                f.program() == null ? Map.of() : Map.of(PROGRAM, f.program()));
    }

    /** The layer an archive's entries make (whiteouts and opaque markers become deletions). */
    public static Layer layer(List<TarArchive.Entry> entries) {
        TreeMap<String, LayerEntry> out = new TreeMap<>();
        for (TarArchive.Entry e : entries) {
            String name = e.name();
            while (name.startsWith("./")) {
                name = name.substring(2);
            }
            if (name.isEmpty() || name.equals(".") || name.equals("./")) {
                continue;
            }
            String path = VPath.resolve("/", name);
            if (path.equals("/")) {
                continue;
            }
            String base = VPath.name(path);
            Node.Meta meta = new Node.Meta(e.uid(), e.gid(), java.time.Instant.ofEpochSecond(e.mtime()));
            if (base.equals(OPAQUE)) {
                String dir = VPath.parent(path);
                int mode = out.get(dir) instanceof LayerEntry.Put put ? put.node().mode() : 0755;
                out.put(dir, new LayerEntry.Opaque(mode));
            } else if (base.startsWith(WHITEOUT)) {
                String parent = VPath.parent(path);
                out.put(VPath.resolve(parent, base.substring(WHITEOUT.length())), new LayerEntry.Whiteout());
            } else if (e.type() == '5') {
                out.put(path, new LayerEntry.Put(new Node.Dir(new TreeMap<>(), e.mode() & 07777, meta)));
            } else if (e.type() == '2') {
                out.put(path, new LayerEntry.Put(new Node.Symlink(e.linkName(), meta)));
            } else if (e.type() == '0' || e.type() == '7') {
                out.put(path, new LayerEntry.Put(new Node.File(e.content(), e.mode() & 07777,
                        e.pax().get(PROGRAM), meta)));
            }
        }
        return Layer.of(out);
    }
}
