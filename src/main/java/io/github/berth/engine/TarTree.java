package io.github.berth.engine;

import io.github.berth.fs.MemoryFs;
import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * What {@code docker cp} carries between a container and the workspace: one entry (a file, a
 * link, or a directory with everything in it) under the name its tar archive gives it, extracted
 * as moby/go-archive's Untar extracts (v0.1.0, vendored in moby v28.2.2: archive.go). Nothing
 * here touches the host: both sides are in-memory trees.
 *
 * @param name the entry's name in the archive; "." stands for the content of a directory (a
 *             source path ending in {@code /.})
 * @param node the entry, as it was at the source
 */
public record TarTree(String name, Node node) {
    private static final int BLOCK = 512;

    /**
     * The bytes of the tar stream Go's archive/tar writes for this entry: a 512-byte header per
     * file, directory and link, each file's content padded to 512 bytes, a PAX header where a name
     * does not fit USTAR's 100+155 characters, and the two zero blocks that end the archive. The
     * client counts these bytes for "Successfully copied 2.05kB to …" (docker/cli cp.go
     * copyProgressPrinter).
     */
    public long tarSize() {
        return entrySize(name.equals(".") ? "" : name, node) + 2L * BLOCK;
    }

    private static long entrySize(String path, Node node) {
        long size = 0;
        if (!path.isEmpty()) {
            String tarName = node instanceof Node.Dir ? path + "/" : path;
            size += BLOCK + paxSize(tarName, node instanceof Node.Symlink link ? link.target() : "");
            if (node instanceof Node.File file) {
                size += padded(file.size());
            }
        } else {
            size += BLOCK; // the directory itself, "./"
        }
        if (node instanceof Node.Dir dir) {
            for (Map.Entry<String, Node> e : dir.children().entrySet()) {
                size += entrySize(path.isEmpty() ? e.getKey() : path + "/" + e.getKey(), e.getValue());
            }
        }
        return size;
    }

    /** A PAX extended header when USTAR cannot hold the name or the link target (Go archive/tar). */
    private static long paxSize(String name, String linkTarget) {
        long records = 0;
        if (!fitsUstar(name)) {
            records += record("path", name);
        }
        if (linkTarget.length() > 100) {
            records += record("linkpath", linkTarget);
        }
        return records == 0 ? 0 : BLOCK + padded(records);
    }

    private static long record(String key, String value) {
        int body = key.length() + value.getBytes(StandardCharsets.UTF_8).length + 3; // " ", "=", "\n"
        int length = body + String.valueOf(body).length();
        if (String.valueOf(length).length() != String.valueOf(body).length()) {
            length++;
        }
        return length;
    }

    /** USTAR: a name of up to 100 bytes, or a prefix of up to 155 and a name of up to 100 split at a slash. */
    private static boolean fitsUstar(String name) {
        int length = name.getBytes(StandardCharsets.UTF_8).length;
        if (length <= 100) {
            return true;
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) == '/' && i <= 155 && i > 0 && length - i - 1 <= 100 && length - i - 1 > 0) {
                return true;
            }
        }
        return false;
    }

    private static long padded(long bytes) {
        return (bytes + BLOCK - 1) / BLOCK * BLOCK;
    }

    /**
     * Extracts the entry into the directory {@code dest} of {@code fs}. {@code owner} gives each
     * extracted entry's owner from the one the archive records ({@code null} keeps an existing
     * directory's owner, as NoLchown does); times keep the archive's (whole seconds) and modes
     * are kept. With NoOverwriteDirNonDir (both docker cp directions), a directory cannot replace
     * a file nor a file a directory: Untar's error then, else empty.
     */
    public Optional<String> extract(MemoryFs fs, String dest, UnaryOperator<Node.Meta> owner, boolean chownExisting) {
        if (name.equals(".")) {
            if (node instanceof Node.Dir dir) {
                for (Map.Entry<String, Node> e : dir.children().entrySet()) {
                    Optional<String> error = place(fs, dest, VPath.resolve(dest, e.getKey()), e.getValue(), owner,
                            chownExisting);
                    if (error.isPresent()) {
                        return error;
                    }
                }
            }
            return Optional.empty();
        }
        return place(fs, dest, VPath.resolve(dest, name), node, owner, chownExisting);
    }

    private static Optional<String> place(MemoryFs fs, String dest, String path, Node node,
                                          UnaryOperator<Node.Meta> owner, boolean chownExisting) {
        Optional<Node> existing = fs.lookupNoFollow(path);
        boolean isDir = node instanceof Node.Dir;
        if (existing.isPresent() && existing.get() instanceof Node.Dir && !isDir) {
            return Optional.of("cannot overwrite directory \"" + path + "\" with non-directory \"" + dest + "\"");
        }
        if (existing.isPresent() && !(existing.get() instanceof Node.Dir) && isDir) {
            return Optional.of("cannot overwrite non-directory \"" + path + "\" with directory \"" + dest + "\"");
        }
        if (node instanceof Node.Dir dir) {
            Node.Meta meta = seconds(owner.apply(dir.meta()));
            if (existing.isPresent()) {
                Node.Dir was = (Node.Dir) existing.get();
                Node.Meta kept = chownExisting ? meta : new Node.Meta(was.meta().uid(), was.meta().gid(), meta.mtime());
                fs.put(path, new Node.Dir(was.children(), dir.mode(), kept));
            } else {
                fs.put(path, new Node.Dir(new TreeMap<>(), dir.mode(), meta));
            }
            for (Map.Entry<String, Node> e : dir.children().entrySet()) {
                Optional<String> error = place(fs, dest, path + "/" + e.getKey(), e.getValue(), owner, chownExisting);
                if (error.isPresent()) {
                    return error;
                }
            }
            // directory times are set last (Untar's "dirs" pass), after its entries were made
            Node.Dir made = (Node.Dir) fs.lookupNoFollow(path).orElseThrow();
            fs.put(path, new Node.Dir(made.children(), made.mode(), made.meta().touched(meta.mtime())));
            return Optional.empty();
        }
        if (node instanceof Node.File file) {
            fs.put(path, new Node.File(file.content(), file.mode(), file.program(), seconds(owner.apply(file.meta()))));
        } else if (node instanceof Node.Symlink link) {
            fs.put(path, new Node.Symlink(link.target(), seconds(owner.apply(link.meta()))));
        }
        return Optional.empty();
    }

    private static Node.Meta seconds(Node.Meta meta) {
        return new Node.Meta(meta.uid(), meta.gid(), meta.mtime().truncatedTo(ChronoUnit.SECONDS));
    }
}
