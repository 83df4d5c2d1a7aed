package io.github.berth.shell.programs;

import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import io.github.berth.shell.Output;
import io.github.berth.shell.PathWalk;
import io.github.berth.shell.ShellState;
import java.util.List;

/** What {@code cp} and {@code mv} share: operands, the walk over the sources, and the checks, in GNU's words. */
final class Transfer {
    /** What one of them does with each source. */
    interface Action {
        /** Why this source cannot go to {@code dest}, checked before the common checks (GNU's message), or null. */
        String refuse(Options opts, String source, String dest, Node node, String sourceAbs, String destAbs);

        void apply(ShellState state, Node node, String sourceAbs, String destAbs);
    }

    private Transfer() {}

    /**
     * Parses {@code letters} options, checks the operands, then takes each source to the last
     * operand (or into it, when it is a directory); every failure is reported and makes the status 1.
     */
    static int run(String program, String letters, List<String> args, Output out, ShellState state, Action action) {
        Options opts = Options.parse(program, args, letters, "");
        if (opts.error() != null) {
            out.stderr(opts.error());
            return 1;
        }
        List<String> ops = opts.operands();
        String usage = checkOperands(program, ops, state);
        if (usage != null) {
            out.stderr(usage);
            return 1;
        }
        String target = ops.get(ops.size() - 1);
        boolean intoDir = PathWalk.walk(state, target).node() instanceof Node.Dir;
        int status = 0;
        for (String source : ops.subList(0, ops.size() - 1)) {
            PathWalk walk = PathWalk.walk(state, source);
            if (walk.node() == null) {
                out.errLine(program + ": cannot stat " + Quote.always(source) + ": " + walk.problem());
                status = 1;
                continue;
            }
            String sourceAbs = Tool.absolute(state, source);
            String dest = intoDir ? join(target, VPath.name(sourceAbs)) : target;
            String destAbs = Tool.absolute(state, dest);
            String problem = action.refuse(opts, source, dest, walk.node(), sourceAbs, destAbs);
            if (problem == null) {
                problem = checkDestination(program, source, dest, walk.node(), state);
            }
            if (problem != null) {
                out.errLine(problem);
                status = 1;
                continue;
            }
            action.apply(state, walk.node(), sourceAbs, destAbs);
        }
        return status;
    }

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
