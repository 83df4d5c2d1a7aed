package io.github.berth.cli;

import io.github.berth.engine.ContainerArchive;
import io.github.berth.engine.TarTree;
import io.github.berth.fs.MemoryFs;
import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import java.util.List;
import java.util.Optional;

/**
 * {@code docker cp}: docker/cli v28.2.2 cli/command/container/cp.go with moby/go-archive's copy
 * rules (copy.go: CopyInfoSourcePath, CopyInfoDestinationPath, PrepareArchiveCopy) on the
 * learner's workspace, and the daemon's archive endpoints ({@link ContainerArchive}) on the
 * container's side. The local side is always berth's in-memory workspace, never the host.
 *
 * <p>Progress: unless {@code -q}, or when docker's output is not a terminal, the client ends with
 * "Successfully copied SIZE to DEST" on standard error, SIZE being the tar stream's bytes in
 * go-units' three digits (2.05kB for a small file: a header, a padded block and the two end
 * blocks); its "Preparing to copy..." line is erased before that, so only this line remains.
 */
final class CpCommand implements DockerCommand {
    private static final CommandSpec SPEC = new CommandSpec("cp",
            "[OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH",
            "Copy files/folders between a container and the local filesystem", List.of(
                    FlagSpec.bool("archive", 'a', "Archive mode (copy all uid/gid information)"),
                    FlagSpec.bool("follow-link", 'L', "Always follow symbol link in SRC_PATH"),
                    FlagSpec.bool("quiet", 'q', "Suppress progress output during copy. Progress output is"
                            + " automatically suppressed if no terminal is attached")),
            new ArgsRule.Exactly(2), true);
    /** docker/cli's Long text, shown by --help. */
    static final String LONG = """
            Copy files/folders between a container and the local filesystem

            Use '-' as the source to read a tar archive from stdin
            and extract it to a directory destination in a container.
            Use '-' as the destination to stream a tar archive of a
            container source to stdout.""";
    /** berth keeps no binary streams: a tar archive on standard input or output is refused, plainly. */
    static final String NO_TAR_STREAM = "berth: docker cp with \"-\" (a tar archive on standard input or output)"
            + " is not simulated; copy a file or a directory instead";

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    /** What one copy does: where the local side is and how the command ends. */
    private record Copy(Invocation inv, MemoryFs fs, String cwd, boolean quiet, boolean follow, boolean archive) {}

    @Override
    public int run(Invocation inv) {
        String source = inv.args().positionals().get(0);
        String destination = inv.args().positionals().get(1);
        if (source.isEmpty()) {
            return fail(inv, "source can not be empty");
        }
        if (destination.isEmpty()) {
            return fail(inv, "destination can not be empty");
        }
        boolean quiet = inv.args().has("quiet") ? inv.args().bool("quiet") : !inv.terminal();
        Copy copy = new Copy(inv, inv.state().fs(), inv.state().cwd(), quiet, inv.args().bool("follow-link"),
                inv.args().bool("archive"));
        String[] src = split(source);
        String[] dst = split(destination);
        if (src[0] != null && dst[0] != null) {
            return fail(inv, "copying between containers is not supported");
        }
        if (src[0] != null) {
            return fromContainer(copy, src[0], src[1], dst[1]);
        }
        if (dst[0] != null) {
            return toContainer(copy, src[1], dst[0], dst[1]);
        }
        return fail(inv, "must specify at least one container source");
    }

    private static int fail(Invocation inv, String message) {
        inv.out().errLine(message);
        return 1;
    }

    /**
     * splitCpArg: an absolute path, a word without a colon, or one whose part before the colon
     * starts with "." is local (container null); else CONTAINER:PATH.
     */
    static String[] split(String arg) {
        if (arg.startsWith("/")) {
            return new String[] {null, arg};
        }
        int colon = arg.indexOf(':');
        if (colon < 0 || arg.startsWith(".")) {
            return new String[] {null, arg};
        }
        return new String[] {arg.substring(0, colon), arg.substring(colon + 1)};
    }

    // ---- from a container to the workspace

    private int fromContainer(Copy copy, String container, String srcPath, String dstPath) {
        Invocation inv = copy.inv();
        if (dstPath.equals("-")) {
            return fail(inv, NO_TAR_STREAM);
        }
        String dstAbs = resolveLocal(copy.cwd(), dstPath);
        // command.ValidateOutputPath: the directory the destination is in must exist
        String outDir = VPath.parent(VPath.resolve("/", dstAbs));
        if (copy.fs().lookup(outDir).isEmpty() && missing(copy.fs(), outDir)) {
            return fail(inv, "invalid output path: directory \"" + outDir + "\" does not exist");
        }
        ContainerArchive daemon = new ContainerArchive(inv.engine());
        String rebaseName = null;
        if (copy.follow()) {
            Optional<Node> stat = daemon.stat(container, srcPath);
            if (stat.isPresent() && stat.get() instanceof Node.Symlink) {
                String target = daemon.linkTarget(container, srcPath);
                String[] rebased = rebaseName(srcPath, target);
                srcPath = rebased[0];
                rebaseName = rebased[1];
            }
        }
        ContainerArchive.Archived archived = daemon.archive(container, srcPath);
        if (archived instanceof ContainerArchive.Archived.Failed failed) {
            return fail(inv, DaemonErrors.PREFIX + failed.message());
        }
        ContainerArchive.Archived.Tar tar = (ContainerArchive.Archived.Tar) archived;
        long size = tar.tree().tarSize();
        TarTree tree = rebaseName == null ? tar.tree() : new TarTree(rebaseName, tar.tree().node());
        Object prepared = destinationInfo(copy.fs(), dstAbs);
        if (prepared instanceof DestInfo info) {
            prepared = prepare(tree, srcPath, rebaseName, tar.isDir(), info);
        }
        Optional<String> error;
        boolean denied = false;
        if (prepared instanceof Prepared p) {
            Optional<String> problem = permission(inv, copy.fs(), p);
            denied = problem.isPresent();
            prepared = problem.map(Object.class::cast).orElse(p);
        }
        if (prepared instanceof Prepared p) {
            Node.Meta me = copy.fs().stamp();
            // NoLchown: what is made belongs to whoever ran docker; modes and times are the archive's
            error = p.tree().extract(copy.fs(), p.dir(), meta -> new Node.Meta(me.uid(), me.gid(), meta.mtime()), false);
        } else {
            error = Optional.of((String) prepared);
            // the archive was never read, or (denied) only its first header
            size = denied ? 512 : 0;
        }
        if (!copy.quiet()) {
            inv.out().errLine("Successfully copied " + Units.humanSize(size) + " to " + dstAbs);
        }
        return error.map(e -> fail(inv, e)).orElse(0);
    }

    /**
     * The client untars as the learner (go-archive createTarFile): an existing directory is
     * chmod-ed (only its owner may), an existing file removed first, a new entry made with
     * open(2) or mkdir(2), in a directory the learner must be able to write.
     */
    private static Optional<String> permission(Invocation inv, MemoryFs fs, Prepared p) {
        String dir = VPath.resolve("/", p.dir());
        String name = p.tree().name();
        Node node = p.tree().node();
        if (name.equals(".")) {
            if (!(node instanceof Node.Dir content) || content.children().isEmpty()) {
                return Optional.empty();
            }
            name = content.children().firstKey();
            node = content.children().get(name);
        }
        String made = VPath.resolve(dir, name);
        Optional<Node> existing = fs.lookupNoFollow(made);
        int uid = inv.state().uid();
        if (uid == 0) {
            return Optional.empty();
        }
        if (existing.isPresent() && existing.get() instanceof Node.Dir d && node instanceof Node.Dir) {
            return d.meta().uid() == uid ? Optional.empty() : Optional.of("chmod " + made + ": operation not permitted");
        }
        if (writable(inv, fs, dir)) {
            return Optional.empty();
        }
        if (existing.isPresent()) {
            return Optional.of("unlinkat " + made + ": permission denied");
        }
        return Optional.of((node instanceof Node.Dir ? "mkdir " : "open ") + made + ": permission denied");
    }

    /** Whether the invoking user may create entries in the directory {@code dir} of the workspace. */
    private static boolean writable(Invocation inv, MemoryFs fs, String dir) {
        int uid = inv.state().uid();
        if (uid == 0 || !(fs.lookup(dir).orElse(null) instanceof Node.Dir d)) {
            return true;
        }
        int gid = inv.state().gid() >= 0 ? inv.state().gid() : uid; // the learner's group is its own
        boolean inGroup = d.meta().gid() == gid
                || inv.state().groups() != null && inv.state().groups().contains(d.meta().gid());
        int bits = d.meta().uid() == uid ? 0200 : inGroup ? 0020 : 0002;
        return (d.mode() & bits) != 0;
    }

    /** Whether nothing is at {@code path} (os.IsNotExist: a file in the way is another error). */
    private static boolean missing(MemoryFs fs, String path) {
        return MemoryFs.NO_SUCH_FILE.equals(fs.resolve(path, true).problem());
    }

    // ---- from the workspace to a container

    private int toContainer(Copy copy, String srcPath, String container, String dstPath) {
        Invocation inv = copy.inv();
        if (srcPath.equals("-")) {
            return fail(inv, NO_TAR_STREAM);
        }
        String srcAbs = resolveLocal(copy.cwd(), srcPath);
        ContainerArchive daemon = new ContainerArchive(inv.engine());
        String dstInfoPath = dstPath;
        Optional<Node> dstStat = daemon.stat(container, dstPath);
        if (dstStat.isPresent() && dstStat.get() instanceof Node.Symlink) {
            dstInfoPath = daemon.linkTarget(container, dstPath);
            dstStat = daemon.stat(container, dstInfoPath);
        }
        DestInfo dstInfo = new DestInfo(dstInfoPath, dstStat.isPresent(), dstStat.orElse(null) instanceof Node.Dir);
        Object source = sourceInfo(copy.fs(), srcAbs, copy.follow());
        if (source instanceof String error) {
            return fail(inv, error);
        }
        SourceInfo src = (SourceInfo) source;
        String base = splitDirEntry(src.path())[1];
        TarTree tree = new TarTree(src.rebaseName() != null ? src.rebaseName() : base, src.node());
        Object prepared = prepare(tree, src.path(), src.rebaseName(), src.node() instanceof Node.Dir, dstInfo);
        if (prepared instanceof String error) {
            return fail(inv, error);
        }
        Prepared p = (Prepared) prepared;
        Optional<String> error = daemon.extract(container, p.dir(), p.tree(), copy.archive());
        if (!copy.quiet()) {
            inv.out().errLine("Successfully copied " + Units.humanSize(p.tree().tarSize()) + " to " + container + ":"
                    + dstInfo.path());
        }
        return error.map(e -> fail(inv, DaemonErrors.PREFIX + e)).orElse(0);
    }

    private record SourceInfo(String path, Node node, String rebaseName) {}

    /**
     * CopyInfoSourcePath: links in the directories are followed, the last element's only with
     * {@code -L}; the source must exist ({@code lstat PATH: no such file or directory}).
     */
    private static Object sourceInfo(MemoryFs fs, String path, boolean follow) {
        if (follow) {
            MemoryFs.Resolved r = fs.resolve(path, true);
            if (r.node() == null) {
                return lstatError(fs, path);
            }
            String[] rebased = rebaseName(path, r.path());
            return new SourceInfo(rebased[0], r.node(), rebased[1]);
        }
        int slash = path.lastIndexOf('/');
        String dir = path.substring(0, slash + 1);
        String base = path.substring(slash + 1);
        MemoryFs.Resolved parent = fs.resolve(dir, true);
        if (parent.node() == null) {
            return lstatError(fs, dir);
        }
        String resolvedDir = parent.path();
        String resolved = (resolvedDir.equals("/") ? "" : resolvedDir) + "/" + base;
        String rebaseName = null;
        if (path.endsWith("/") && !goBase(path).equals(goBase(resolved))) {
            rebaseName = goBase(path);
        }
        MemoryFs.Resolved r = fs.resolve(resolved, base.isEmpty() || base.equals("."));
        if (r.node() == null) {
            return "lstat " + resolved + ": " + (r.problem() == null ? MemoryFs.NO_SUCH_FILE : r.problem())
                    .toLowerCase(java.util.Locale.ROOT);
        }
        return new SourceInfo(resolved, r.node(), rebaseName);
    }

    /** os.Lstat's error for the first element of {@code path} that is missing (or not a directory). */
    private static String lstatError(MemoryFs fs, String path) {
        List<String> parts = VPath.segments(path);
        String at = "";
        for (String part : parts) {
            at = at + "/" + part;
            MemoryFs.Resolved r = fs.resolve(at, true);
            if (r.node() == null) {
                return "lstat " + at + ": " + (r.problem() == null ? MemoryFs.NO_SUCH_FILE : r.problem())
                        .toLowerCase(java.util.Locale.ROOT);
            }
        }
        return "lstat " + path + ": " + MemoryFs.NO_SUCH_FILE.toLowerCase(java.util.Locale.ROOT);
    }

    private record DestInfo(String path, boolean exists, boolean isDir) {}

    /**
     * CopyInfoDestinationPath on the workspace: links at the destination are followed (at most
     * ten); a missing destination needs its parent directory.
     */
    private static Object destinationInfo(MemoryFs fs, String path) {
        String original = path;
        Optional<Node> stat = fs.lookupNoFollow(path);
        for (int n = 0; stat.isPresent() && stat.get() instanceof Node.Symlink link; n++) {
            if (n > 10) {
                return "too many symlinks in " + original;
            }
            path = link.target().startsWith("/") ? link.target() : join(splitDirEntry(path)[0], link.target());
            stat = fs.lookupNoFollow(path);
        }
        if (stat.isPresent()) {
            return new DestInfo(path, true, stat.get() instanceof Node.Dir);
        }
        String parent = splitDirEntry(path)[0];
        MemoryFs.Resolved r = fs.resolve(parent, true);
        if (r.node() == null) {
            return "stat " + parent + ": " + (r.problem() == null ? MemoryFs.NO_SUCH_FILE : r.problem())
                    .toLowerCase(java.util.Locale.ROOT);
        }
        if (!(r.node() instanceof Node.Dir)) {
            return "not a directory";
        }
        return new DestInfo(path, false, false);
    }

    private record Prepared(String dir, TarTree tree) {}

    /** PrepareArchiveCopy: where to extract, and the entry renamed where the destination names it. */
    private static Object prepare(TarTree tree, String srcPath, String rebaseName, boolean srcIsDir, DestInfo dst) {
        String[] dstSplit = splitDirEntry(dst.path());
        if (dst.exists() && dst.isDir()) {
            return new Prepared(dst.path(), tree);
        }
        if (dst.exists() && srcIsDir) {
            return "cannot copy directory";
        }
        if (!dst.exists() && !srcIsDir && assertsDirectory(dst.path())) {
            return "no such directory";
        }
        return new Prepared(dstSplit[0], new TarTree(dstSplit[1], tree.node()));
    }

    // ---- paths as Go's filepath and go-archive treat them

    /** resolveLocalPath: filepath.Abs keeping a trailing "/" or "/." (PreserveTrailingDotOrSeparator). */
    static String resolveLocal(String cwd, String path) {
        String abs = VPath.resolve(cwd, path);
        if (specifiesCurrentDir(path)) {
            return abs.equals("/") ? "/." : abs + "/.";
        }
        if (path.endsWith("/") && !abs.equals("/")) {
            return abs + "/";
        }
        return abs;
    }

    private static boolean specifiesCurrentDir(String path) {
        return goBase(path).equals(".");
    }

    private static boolean assertsDirectory(String path) {
        return path.endsWith("/") || specifiesCurrentDir(path);
    }

    /** filepath.Base: the last element after trailing slashes are removed ("/" for the root, "." for ""). */
    private static String goBase(String path) {
        String p = path;
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.isEmpty()) {
            return ".";
        }
        if (p.equals("/")) {
            return "/";
        }
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** SplitPathDirEntry: the cleaned path's directory and base, the base "." when the path ends in ".". */
    static String[] splitDirEntry(String path) {
        String clean = clean(path);
        if (specifiesCurrentDir(path)) {
            clean = clean.equals("/") ? "/." : clean + "/.";
        }
        int slash = clean.lastIndexOf('/');
        String dir = slash < 0 ? "." : slash == 0 ? "/" : clean.substring(0, slash);
        String base = slash < 0 ? clean : clean.substring(slash + 1);
        if (base.isEmpty()) {
            base = "/";
        }
        return new String[] {dir, base};
    }

    /** filepath.Clean for absolute and relative paths. */
    private static String clean(String path) {
        if (path.startsWith("/")) {
            return VPath.resolve("/", path);
        }
        String resolved = VPath.resolve("/", path).substring(1);
        return resolved.isEmpty() ? "." : resolved;
    }

    private static String join(String dir, String name) {
        return dir.startsWith("/") ? VPath.resolve(dir, name) : clean(dir + "/" + name);
    }

    /** GetRebaseName: the resolved path with the original's trailing "/." or "/", and the name to give it back. */
    private static String[] rebaseName(String path, String resolved) {
        if (specifiesCurrentDir(path) && !specifiesCurrentDir(resolved)) {
            resolved += "/.";
        }
        if (path.endsWith("/") && !resolved.endsWith("/")) {
            resolved += "/";
        }
        String rebase = goBase(path).equals(goBase(resolved)) ? null : goBase(path);
        return new String[] {resolved, rebase};
    }
}
