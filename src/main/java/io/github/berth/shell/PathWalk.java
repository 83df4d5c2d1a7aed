package io.github.berth.shell;

import io.github.berth.fs.MemoryFs;
import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;

/**
 * Follows a path name component by component as the kernel does for chdir and execve, so that
 * {@code missing/..} fails although it normalises to an existing directory.
 *
 * @param node    what the path names, or null when {@code problem} says why there is nothing
 * @param problem null, {@link #NO_SUCH_FILE} or {@link #NOT_A_DIRECTORY}, in strerror's words
 */
record PathWalk(Node node, String problem) {
    static final String NO_SUCH_FILE = "No such file or directory";
    static final String NOT_A_DIRECTORY = "Not a directory";

    static PathWalk walk(MemoryFs fs, String cwd, String path) {
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
        return fs.lookup(at).map(n -> new PathWalk(n, null)).orElse(new PathWalk(null, NO_SUCH_FILE));
    }
}
