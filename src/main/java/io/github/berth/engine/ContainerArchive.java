package io.github.berth.engine;

import io.github.berth.fs.MemoryFs;
import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import java.util.Optional;

/**
 * The daemon's side of {@code docker cp}: {@code HEAD}, {@code GET} and {@code PUT
 * /containers/{name}/archive} (moby v28.2.2 daemon/archive.go, archive_unix.go,
 * archive_tarcopyoptions_unix.go). A container's files are its own writable layer over its
 * image, whether it runs or not; one that never started gets that layer now, as the daemon made
 * it at create. Errors are the daemon's messages without "Error response from daemon: ".
 */
public final class ContainerArchive {
    private final Engine engine;

    public ContainerArchive(Engine engine) {
        this.engine = engine;
    }

    /** A container's filesystem, or the daemon's error for the name. */
    private Object filesystem(String name) {
        Lookup lookup = engine.find(name);
        if (lookup instanceof Lookup.Missing missing) {
            return missing.message();
        }
        Container c = ((Lookup.Found) lookup).container();
        Optional<MemoryFs> fs = engine.runtime().rootfs(c.id())
                .or(() -> engine.imageById(c.imageId()).map(image -> engine.runtime().rootfs(c, image)));
        if (fs.isEmpty()) {
            return "No such image: " + c.image();
        }
        return fs.get();
    }

    /**
     * {@code HEAD …/archive}: the entry at {@code path} (links in its directories followed, the
     * last one not), or empty when the container or the path is missing, or the path is not what
     * it says (a file named with a trailing "/"): the client ignores why.
     */
    public Optional<Node> stat(String name, String path) {
        if (!(filesystem(name) instanceof MemoryFs fs)) {
            return Optional.empty();
        }
        return lstat(fs, absolute(path)) instanceof Node node ? Optional.of(node) : Optional.empty();
    }

    /**
     * The PathStat's LinkTarget of a link at {@code path}: every link on the way followed to the
     * end, as far as it goes (symlink.FollowSymlinkInScope), as an absolute path in the container.
     */
    public String linkTarget(String name, String path) {
        if (!(filesystem(name) instanceof MemoryFs fs)) {
            return path;
        }
        String absolute = VPath.resolve("/", path);
        for (int hops = 0; hops <= MemoryFs.MAX_SYMLINKS; hops++) {
            MemoryFs.Resolved r = fs.resolve(absolute, true);
            if (r.path() != null) {
                return r.path();
            }
            if (!(fs.lookupNoFollow(absolute).orElse(null) instanceof Node.Symlink link)) {
                return absolute;
            }
            absolute = VPath.resolve(VPath.parent(absolute), link.target());
        }
        return absolute;
    }

    /** os.Lstat inside the container: the entry, or the error ("lstat PATH: not a directory"), or null when missing. */
    private static Object lstat(MemoryFs fs, String absolute) {
        boolean follow = absolute.endsWith("/") || absolute.endsWith("/.");
        MemoryFs.Resolved r = fs.resolve(absolute, follow);
        if (r.node() != null && follow && !(r.node() instanceof Node.Dir)) {
            return "lstat " + absolute + ": not a directory";
        }
        if (r.node() == null && MemoryFs.NOT_A_DIRECTORY.equals(r.problem())) {
            return "lstat " + absolute + ": not a directory";
        }
        return r.node();
    }

    /** The archive of a container path, or the daemon's error. */
    public sealed interface Archived permits Archived.Tar, Archived.Failed {
        record Tar(TarTree tree, boolean isDir) implements Archived {}

        record Failed(String message) implements Archived {}
    }

    /**
     * {@code GET …/archive}: the entry at {@code path}, named by the path's last element ("." for
     * a path ending in {@code /.}: the directory's content), as containerArchivePath tars it.
     */
    public Archived archive(String name, String path) {
        Object found = filesystem(name);
        if (found instanceof String error) {
            return new Archived.Failed(error);
        }
        MemoryFs fs = (MemoryFs) found;
        String absolute = absolute(path);
        Object stat = lstat(fs, absolute);
        if (stat instanceof String error) {
            return new Archived.Failed(error);
        }
        if (stat == null) {
            return new Archived.Failed(notFound(path, name));
        }
        Node node = (Node) stat;
        String base = absolute.endsWith("/.") ? "." : VPath.name(VPath.resolve("/", absolute));
        return new Archived.Tar(new TarTree(base.isEmpty() ? "." : base, node), node instanceof Node.Dir);
    }

    /**
     * {@code PUT …/archive?path=DIR}: extracts {@code tree} into the directory {@code dir} of the
     * container, as containerExtractToDir does: the directory (links followed) must exist and be a
     * directory, and not on a read-only mount. Entries keep the owners the archive records
     * (the client's files'), unless {@code copyUidGid} ({@code -a}) and the container has a
     * Config.User, whose uid and gid then own them.
     */
    public Optional<String> extract(String name, String dir, TarTree tree, boolean copyUidGid) {
        Object found = filesystem(name);
        if (found instanceof String error) {
            return Optional.of(error);
        }
        MemoryFs fs = (MemoryFs) found;
        MemoryFs.Resolved target = fs.resolve(VPath.resolve("/", dir), true);
        if (target.node() == null) {
            return Optional.of(notFound(dir, name));
        }
        if (!(target.node() instanceof Node.Dir)) {
            return Optional.of("extraction point is not a directory");
        }
        if (fs.isReadOnly(target.path())) {
            return Optional.of("mounted volume is marked read-only");
        }
        java.util.function.UnaryOperator<Node.Meta> owner = java.util.function.UnaryOperator.identity();
        if (copyUidGid) {
            Container c = ((Lookup.Found) engine.find(name)).container();
            String user = engine.runtime().options(c.id()).user().isEmpty() ? c.config().user()
                    : engine.runtime().options(c.id()).user();
            if (!user.isEmpty()) {
                Object resolved = ContainerUser.resolve(user, fs);
                if (resolved instanceof String error) {
                    // archive_tarcopyoptions_unix.go lookupUser / lookupGID (moby/sys/user's ErrNo*Entries)
                    boolean group = error.startsWith("unable to find group ");
                    String word = error.substring(group ? "unable to find group ".length() : "unable to find user ".length(),
                            error.indexOf(':'));
                    return Optional.of("failed to look up " + (group ? "group" : "user") + " \"" + word
                            + "\" in container: no matching entries in " + (group ? "group" : "passwd") + " file");
                }
                ContainerUser u = (ContainerUser) resolved;
                owner = meta -> new Node.Meta(u.uid(), u.gid(), meta.mtime());
            }
        }
        return tree.extract(fs, target.path(), owner, true);
    }

    /** moby daemon/errors.go containerFileNotFound. */
    private static String notFound(String path, String container) {
        return "Could not find the file " + path + " in container " + container;
    }

    /** filepath.Join("/", path) keeping a trailing "/" or "/." (PreserveTrailingDotOrSeparator). */
    private static String absolute(String path) {
        String clean = VPath.resolve("/", path);
        if (path.endsWith("/.") || path.equals(".")) {
            return clean.equals("/") ? "/." : clean + "/.";
        }
        if (path.endsWith("/") && !clean.equals("/")) {
            return clean + "/";
        }
        return clean;
    }
}
