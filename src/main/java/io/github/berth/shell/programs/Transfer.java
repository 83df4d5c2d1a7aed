package io.github.berth.shell.programs;

import io.github.berth.fs.Node;
import io.github.berth.shell.PathWalk;
import io.github.berth.shell.ShellState;
import java.util.List;

/** The checks {@code cp} and {@code mv} share, in GNU's words. */
final class Transfer {
    private Transfer() {}

    /** getopt-style usage errors about the operands, or null. */
    static String checkOperands(String program, List<String> ops, ShellState state) {
        String tryHelp = "Try '" + program + " --help' for more information.\n";
        if (ops.isEmpty()) {
            return program + ": missing file operand\n" + tryHelp;
        }
        if (ops.size() == 1) {
            return program + ": missing destination file operand after " + Quote.always(ops.get(0)) + "\n" + tryHelp;
        }
        String target = ops.get(ops.size() - 1);
        if (ops.size() > 2 && !(PathWalk.walk(state, target).node() instanceof Node.Dir)) {
            return program + ": target " + Quote.always(target) + ": " + (PathWalk.walk(state, target).node() == null
                    ? PathWalk.NO_SUCH_FILE : PathWalk.NOT_A_DIRECTORY) + "\n";
        }
        return null;
    }

    static String join(String dir, String name) {
        return dir.endsWith("/") ? dir + name : dir + "/" + name;
    }

    /** Why {@code source} cannot become {@code dest}, as a whole message, or null. */
    static String checkDestination(String program, String source, String dest, Node node, ShellState state) {
        Node existing = PathWalk.walk(state, dest).node();
        if (node instanceof Node.Dir && existing instanceof Node.File) {
            return program + ": cannot overwrite non-directory " + Quote.always(dest) + " with directory "
                    + Quote.always(source);
        }
        if (node instanceof Node.File && existing instanceof Node.Dir) {
            return program + ": cannot overwrite directory " + Quote.always(dest) + " with non-directory";
        }
        if (existing == null) {
            String parent = dest.endsWith("/") && node instanceof Node.File ? PathWalk.NOT_A_DIRECTORY
                    : PathWalk.parentProblem(state, dest);
            if (parent != null) {
                return program.equals("mv")
                        ? "mv: cannot move " + Quote.always(source) + " to " + Quote.always(dest) + ": " + parent
                        : node instanceof Node.Dir
                        ? "cp: cannot create directory " + Quote.always(dest) + ": " + parent
                        : "cp: cannot create regular file " + Quote.always(dest) + ": " + parent;
            }
        } else if (existing == node) {
            return program + ": " + Quote.always(source) + " and " + Quote.always(dest) + " are the same file";
        }
        return null;
    }
}
