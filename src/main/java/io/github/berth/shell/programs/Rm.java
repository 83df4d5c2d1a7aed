package io.github.berth.shell.programs;

import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import io.github.berth.shell.Output;
import io.github.berth.shell.PathWalk;
import io.github.berth.shell.ShellState;
import java.util.List;

/** GNU {@code rm}: {@code -r} removes directories with their contents, {@code -f} ignores missing files. */
final class Rm extends Tool {
    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        Options opts = Options.parse("rm", args, "rRfv", "");
        if (opts.error() != null) {
            out.stderr(opts.error());
            return 1;
        }
        boolean force = opts.has('f');
        boolean recursive = opts.has('r') || opts.has('R');
        if (opts.operands().isEmpty()) {
            if (force) {
                return 0;
            }
            out.stderr("rm: missing operand\nTry 'rm --help' for more information.\n");
            return 1;
        }
        int status = 0;
        for (String operand : opts.operands()) {
            String last = VPath.name(operand.replaceAll("/+$", ""));
            if (recursive && (last.equals(".") || last.equals(".."))) {
                out.errLine("rm: refusing to remove '.' or '..' directory: skipping " + Quote.always(operand) );
                status = 1;
                continue;
            }
            PathWalk walk = PathWalk.walk(state, operand);
            if (walk.node() == null) {
                if (!force) {
                    out.errLine("rm: cannot remove " + Quote.always(operand) + ": " + walk.problem());
                    status = 1;
                }
                continue;
            }
            if (walk.node() instanceof Node.Dir && !recursive) {
                out.errLine("rm: cannot remove " + Quote.always(operand) + ": " + PathWalk.IS_A_DIRECTORY);
                status = 1;
                continue;
            }
            String denied = Access.changeProblem(state, operand);
            if (denied != null) {
                out.errLine("rm: cannot remove " + Quote.always(operand) + ": " + denied);
                status = 1;
                continue;
            }
            remove(state, absolute(state, operand));
            if (opts.has('v')) {
                out.outLine((walk.node() instanceof Node.Dir ? "removed directory '" : "removed '") + operand + "'");
            }
        }
        return status;
    }

    /** Unlinks the entry at {@code absolute} from its directory. */
    static void remove(ShellState state, String absolute) {
        state.fs().lookup(VPath.parent(absolute))
                .filter(n -> n instanceof Node.Dir)
                .ifPresent(n -> ((Node.Dir) n).children().remove(VPath.name(absolute)));
    }
}
