package io.github.berth.shell;

import io.github.berth.fs.MemoryFs;
import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import java.util.Optional;

/**
 * Finds an executable the way execvp does: a name with a slash is a path, else each {@code $PATH}
 * entry in order, skipping files that are not executable. An empty entry (a leading, trailing or
 * doubled colon, or an empty or unset PATH) is the current directory, as POSIX and bash have it.
 */
public final class ProgramLookup {
    private ProgramLookup() {}

    public static Optional<Node.File> find(MemoryFs fs, String cwd, String path, String command) {
        if (command.isEmpty()) {
            return Optional.empty();
        }
        if (command.contains("/")) {
            return executableAt(fs, VPath.resolve(cwd, command));
        }
        for (String dir : (path == null ? "" : path).split(":", -1)) {
            String absolute = VPath.resolve(cwd, (dir.isEmpty() ? "." : dir) + "/" + command);
            Optional<Node.File> found = executableAt(fs, absolute);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Node.File> executableAt(MemoryFs fs, String absolute) {
        return fs.lookup(absolute)
                .filter(n -> n instanceof Node.File f && f.executable())
                .map(n -> (Node.File) n);
    }
}
