package io.github.berth.shell.programs;

import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import io.github.berth.shell.Output;
import io.github.berth.shell.PathWalk;
import io.github.berth.shell.ShellState;
import java.util.List;

/** GNU {@code mv}: renames, or moves into a directory given last. */
final class Mv extends Tool {
    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        Options opts = Options.parse("mv", args, "fv", "");
        if (opts.error() != null) {
            out.stderr(opts.error());
            return 1;
        }
        List<String> ops = opts.operands();
        String usage = Transfer.checkOperands("mv", ops, state);
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
                out.errLine("mv: cannot stat " + Quote.always(source) + ": " + walk.problem());
                status = 1;
                continue;
            }
            String sourceAbs = absolute(state, source);
            String dest = intoDir ? Transfer.join(target, VPath.name(sourceAbs)) : target;
            String destAbs = absolute(state, dest);
            if (destAbs.equals(sourceAbs)) {
                out.errLine("mv: " + Quote.always(source) + " and " + Quote.always(dest) + " are the same file");
                status = 1;
                continue;
            }
            if (walk.node() instanceof Node.Dir && destAbs.startsWith(sourceAbs + "/")) {
                out.errLine("mv: cannot move " + Quote.always(source) + " to a subdirectory of itself, " + Quote.always(dest) );
                status = 1;
                continue;
            }
            String problem = Transfer.checkDestination("mv", source, dest, walk.node(), state);
            if (problem != null) {
                out.errLine(problem);
                status = 1;
                continue;
            }
            Node.Dir parent = (Node.Dir) state.fs().lookup(VPath.parent(destAbs)).orElseThrow();
            Rm.remove(state, sourceAbs);
            parent.children().put(VPath.name(destAbs), walk.node());
        }
        return status;
    }
}
