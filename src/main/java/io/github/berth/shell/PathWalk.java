package io.github.berth.shell;

import io.github.berth.fs.MemoryFs;
import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import java.nio.charset.StandardCharsets;

/**
 * Follows a path name component by component as the kernel does for chdir and execve, so that
 * {@code missing/..} fails although it normalises to an existing directory.
 *
 * @param node    what the path names, or null when {@code problem} says why there is nothing
 * @param problem null, {@link #NO_SUCH_FILE} or {@link #NOT_A_DIRECTORY}, in strerror's words
 */
public record PathWalk(Node node, String problem) {
    public static final String NO_SUCH_FILE = "No such file or directory";
    public static final String NOT_A_DIRECTORY = "Not a directory";
    public static final String IS_A_DIRECTORY = "Is a directory";
    public static final String FILE_EXISTS = "File exists";
    /** The one device berth has: reads nothing, swallows writes. */
    public static final String DEV_NULL = "/dev/null";

    public static PathWalk walk(MemoryFs fs, String cwd, String path) {
        String at = path.startsWith("/") ? "/" : cwd;
        String[] names = path.split("/", -1);
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            boolean last = i == names.length - 1;
            if (name.isEmpty() && last && i > 0) {
                name = "."; // a trailing slash: the path must name a directory
            }
            if (name.isEmpty()) {
                continue;
            }
            Node here = fs.lookup(at).orElse(null);
            if (!(here instanceof Node.Dir)) {
                return new PathWalk(null, here == null ? NO_SUCH_FILE : NOT_A_DIRECTORY);
            }
            at = name.equals("..") ? VPath.parent(at) : VPath.resolve(at, name);
        }
        MemoryFs.Resolved found = fs.resolve(at, true); // a loop of links ends in ELOOP, not ENOENT
        return found.node() != null ? new PathWalk(found.node(), null)
                : new PathWalk(null, found.problem() != null ? found.problem() : NO_SUCH_FILE);
    }

    /** Like {@link #walk(MemoryFs, String, String)}, but an empty name names nothing, as for open(2). */
    public static PathWalk walk(ShellState state, String path) {
        return path.isEmpty() ? new PathWalk(null, NO_SUCH_FILE) : walk(state.fs(), state.cwd(), path);
    }

    /**
     * Why {@code path} cannot be opened to create or write a regular file (open with O_CREAT), or
     * null when it can: it names a file, or nothing in an existing directory.
     */
    public static String problemCreating(ShellState state, String path) {
        if (path.isEmpty()) {
            return NO_SUCH_FILE;
        }
        PathWalk walk = walk(state, path);
        if (walk.node() instanceof Node.Dir) {
            return IS_A_DIRECTORY;
        }
        if (walk.node() != null) {
            return readOnlyProblem(state, path);
        }
        if (path.endsWith("/")) {
            return walk.problem().equals(NO_SUCH_FILE) && parentProblem(state, path) == null
                    ? IS_A_DIRECTORY : walk.problem();
        }
        String parent = parentProblem(state, path);
        return parent != null ? parent : readOnlyProblem(state, path);
    }

    /** strerror(EROFS): the path is on a read-only mount. */
    public static final String READ_ONLY = "Read-only file system";

    /** Why nothing may be written at {@code path}: a read-only mount, or null. */
    public static String readOnlyProblem(ShellState state, String path) {
        return state.fs().isReadOnly(io.github.berth.fs.VPath.resolve(state.cwd(), path)) ? READ_ONLY : null;
    }

    /** Why the directory that would hold {@code path} does not exist, or null when it does. */
    public static String parentProblem(ShellState state, String path) {
        String trimmed = path.replaceAll("/+$", "");
        int slash = trimmed.lastIndexOf('/');
        if (slash < 0) {
            return null;
        }
        PathWalk parent = walk(state, trimmed.substring(0, slash + 1));
        return parent.problem();
    }

    /** The text of the file at {@code path}, which must be a regular file. */
    public static String text(Node.File file) {
        return new String(file.content(), StandardCharsets.UTF_8);
    }

    /** Adds {@code text} at the end of the file (created empty if missing), keeping its mode. */
    public static void append(ShellState state, String path, String text) {
        String absolute = VPath.resolve(state.cwd(), path);
        if (absolute.equals(DEV_NULL)) {
            return;
        }
        Node existing = state.fs().lookup(absolute).orElse(null);
        byte[] old = existing instanceof Node.File f ? f.content() : new byte[0];
        int mode = existing instanceof Node.File f ? f.mode() : 0644;
        byte[] add = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[old.length + add.length];
        System.arraycopy(old, 0, all, 0, old.length);
        System.arraycopy(add, 0, all, old.length, add.length);
        state.fs().writeFile(absolute, all, mode);
    }

    /** Empties the file (creating it if missing), keeping its mode. */
    public static void truncate(ShellState state, String path) {
        String absolute = VPath.resolve(state.cwd(), path);
        if (absolute.equals(DEV_NULL)) {
            return;
        }
        Node existing = state.fs().lookup(absolute).orElse(null);
        state.fs().writeFile(absolute, new byte[0], existing instanceof Node.File f ? f.mode() : 0644);
    }

    public static boolean isDevNull(ShellState state, String path) {
        return VPath.resolve(state.cwd(), path).equals(DEV_NULL);
    }
}
