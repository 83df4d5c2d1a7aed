package io.github.berth.shell.programs;

import io.github.berth.fs.Node;
import io.github.berth.shell.Output;
import io.github.berth.shell.PathWalk;
import io.github.berth.shell.ShellState;
import java.util.List;

/** GNU {@code touch}: creates missing files empty (the filesystem keeps no times yet); {@code -c} creates none. */
final class Touch extends Tool {
    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        Options opts = Options.parse("touch", args, "c", "");
        if (opts.error() != null) {
            out.stderr(opts.error());
            return 1;
        }
        if (opts.operands().isEmpty()) {
            out.stderr("touch: missing file operand\nTry 'touch --help' for more information.\n");
            return 1;
        }
        int status = 0;
        for (String file : opts.operands()) {
            PathWalk walk = PathWalk.walk(state, file);
            if (walk.node() != null) {
                String denied = Access.writeProblem(state, file);
                if (denied != null && walk.node().meta().uid() != state.uid()) {
                    out.errLine("touch: cannot touch " + Quote.always(file) + ": " + denied);
                    status = 1;
                } else {
                    touch(state, absolute(state, file), walk.node());
                }
                continue;
            }
            if (opts.has('c')) {
                continue;
            }
            String problem = PathWalk.problemCreating(state, file);
            if (problem == null) {
                problem = Access.writeProblem(state, file);
            }
            if (problem != null) {
                out.errLine("touch: cannot touch " + Quote.always(file) + ": " + problem);
                status = 1;
            } else {
                PathWalk.append(state, file, "");
            }
        }
        return status;
    }

    /** Sets the entry's modification time to now, keeping everything else. */
    private static void touch(ShellState state, String absolute, Node node) {
        String target = state.fs().realPath(absolute);
        if (target == null || target.equals("/")) {
            return;
        }
        Node.Meta meta = node.meta().touched(state.fs().stamp().mtime());
        if (node instanceof Node.File f) {
            state.fs().put(target, new Node.File(f.content(), f.mode(), f.program(), meta));
        } else if (node instanceof Node.Dir d) {
            state.fs().put(target, new Node.Dir(d.children(), d.mode(), meta));
        }
    }
}
