package io.github.berth.shell.programs;

import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import io.github.berth.shell.Output;
import io.github.berth.shell.PathWalk;
import io.github.berth.shell.ShellState;
import java.util.List;

/**
 * GNU {@code ln [-s] [-f] [-n] TARGET [LINK]} and {@code ln TARGET... DIRECTORY}. A symbolic link
 * stores its target as written; a hard link puts the same file in a second place (berth's files
 * are values, so the two share content until one of them is written).
 */
final class Ln extends Tool {
    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        Options opts = Options.parse("ln", args, "sfnvT", "");
        if (opts.error() != null) {
            out.stderr(opts.error());
            return 1;
        }
        List<String> ops = opts.operands();
        if (ops.isEmpty()) {
            out.stderr(usage("ln", "missing file operand"));
            return 1;
        }
        boolean symbolic = opts.has('s');
        if (ops.size() == 1) {
            return link(ops.get(0), Names.basename(ops.get(0), null), symbolic, opts, out, state) ? 0 : 1;
        }
        String last = ops.get(ops.size() - 1);
        PathWalk lastWalk = PathWalk.walk(state, last);
        boolean intoDir = lastWalk.node() instanceof Node.Dir && !(opts.has('n') && isLink(state, last));
        if (ops.size() > 2 && !intoDir) {
            out.errLine("ln: target " + Quote.always(last) + ": " + (lastWalk.node() == null
                    ? PathWalk.NO_SUCH_FILE : PathWalk.NOT_A_DIRECTORY));
            return 1;
        }
        int status = 0;
        for (String target : ops.subList(0, ops.size() - 1)) {
            String name = intoDir ? (last.endsWith("/") ? last : last + "/") + Names.basename(target, null) : last;
            if (!link(target, name, symbolic, opts, out, state)) {
                status = 1;
            }
        }
        return status;
    }

    private static boolean isLink(ShellState state, String path) {
        return state.fs().lookupNoFollow(absolute(state, path)).orElse(null) instanceof Node.Symlink;
    }

    private static boolean link(String target, String name, boolean symbolic, Options opts, Output out,
                                ShellState state) {
        String kind = symbolic ? "symbolic link " : "hard link ";
        Node source = null;
        if (!symbolic) {
            PathWalk walk = PathWalk.walk(state, target);
            if (walk.node() == null) {
                out.errLine("ln: failed to access " + Quote.always(target) + ": " + walk.problem());
                return false;
            }
            if (walk.node() instanceof Node.Dir) {
                out.errLine("ln: " + Quote.ifNeeded(target) + ": hard link not allowed for directory");
                return false;
            }
            source = walk.node();
        }
        String absolute = absolute(state, name);
        boolean exists = state.fs().lookupNoFollow(absolute).isPresent();
        if (exists && !opts.has('f')) {
            out.errLine("ln: failed to create " + kind + Quote.always(name) + ": " + PathWalk.FILE_EXISTS);
            return false;
        }
        String problem = PathWalk.parentProblem(state, name);
        if (problem == null) {
            problem = Access.changeProblem(state, name);
        }
        if (problem != null) {
            out.errLine("ln: failed to create " + kind + Quote.always(name) + ": " + problem);
            return false;
        }
        if (exists && state.fs().lookupNoFollow(absolute).orElse(null) instanceof Node.Dir) {
            out.errLine("ln: " + Quote.always(name) + ": cannot overwrite directory");
            return false;
        }
        state.fs().put(absolute, symbolic ? new Node.Symlink(target, state.fs().stamp()) : source);
        if (opts.has('v')) {
            out.outLine(Quote.always(name) + " -> " + Quote.always(target));
        }
        return true;
    }

    static String parentOf(String absolute) {
        return VPath.parent(absolute);
    }
}
