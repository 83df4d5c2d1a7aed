package io.github.berth.shell.programs;

import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import io.github.berth.shell.ShellState;
import java.util.List;

/**
 * The kernel's permission checks for the shell's user (root passes them all): search permission
 * on every directory of a path, read permission to list a directory or read a file, write
 * permission to change a directory's entries. Each answer is null or strerror's "Permission denied".
 */
final class Access {
    static final String DENIED = "Permission denied";

    private Access() {}

    /** Whether the user may {@code bit} (4 read, 2 write, 1 search) the node. */
    static boolean allowed(ShellState state, Node node, int bit) {
        if (state.uid() == 0) {
            return true;
        }
        int mode = node.mode();
        Node.Meta meta = node.meta();
        if (meta.uid() == state.uid()) {
            return (mode >> 6 & bit) != 0;
        }
        if (meta.gid() == Users.gid(state, state.uid())) {
            return (mode >> 3 & bit) != 0;
        }
        return (mode & bit) != 0;
    }

    /** Why the path cannot be reached: a directory on the way that may not be searched. */
    static String searchProblem(ShellState state, String path) {
        if (state.uid() == 0) {
            return null;
        }
        String absolute = VPath.resolve(state.cwd(), path);
        List<String> names = VPath.segments(absolute);
        String at = "/";
        for (int i = 0; i < names.size(); i++) {
            Node dir = state.fs().lookup(at).orElse(null);
            if (dir instanceof Node.Dir && !allowed(state, dir, 1)) {
                return DENIED;
            }
            at = VPath.resolve(at, names.get(i));
        }
        return null;
    }

    /** Why the directory or file cannot be read (listed, opened for reading). */
    static String readProblem(ShellState state, String path) {
        String problem = searchProblem(state, path);
        if (problem != null) {
            return problem;
        }
        Node node = state.fs().lookup(VPath.resolve(state.cwd(), path)).orElse(null);
        return node != null && !allowed(state, node, 4) ? DENIED : null;
    }

    /** Why a file cannot be written or created there: the file, else its directory, forbids it. */
    static String writeProblem(ShellState state, String path) {
        String problem = searchProblem(state, path);
        if (problem != null) {
            return problem;
        }
        String absolute = VPath.resolve(state.cwd(), path);
        if (state.fs().isReadOnly(absolute)) {
            return io.github.berth.shell.PathWalk.READ_ONLY;
        }
        Node node = state.fs().lookup(absolute).orElse(null);
        if (node != null) {
            return allowed(state, node, 2) ? null : DENIED;
        }
        Node dir = state.fs().lookup(VPath.parent(absolute)).orElse(null);
        return dir != null && !allowed(state, dir, 2) ? DENIED : null;
    }

    /** Why an entry cannot be added to or removed from its directory. */
    static String changeProblem(ShellState state, String path) {
        String problem = searchProblem(state, path);
        if (problem != null) {
            return problem;
        }
        if (state.fs().isReadOnly(VPath.resolve(state.cwd(), path))) {
            return io.github.berth.shell.PathWalk.READ_ONLY;
        }
        Node dir = state.fs().lookup(VPath.parent(VPath.resolve(state.cwd(), path))).orElse(null);
        return dir != null && !allowed(state, dir, 2) ? DENIED : null;
    }
}
