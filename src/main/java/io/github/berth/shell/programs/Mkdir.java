package io.github.berth.shell.programs;

import io.github.berth.fs.Node;
import io.github.berth.shell.Output;
import io.github.berth.shell.PathWalk;
import io.github.berth.shell.ShellState;
import java.util.List;

/** GNU {@code mkdir}; {@code -p} makes missing parents and accepts existing directories. */
final class Mkdir extends Tool {
    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        Options opts = Options.parse("mkdir", args, "pv", "");
        if (opts.error() != null) {
            out.stderr(opts.error());
            return 1;
        }
        if (opts.operands().isEmpty()) {
            out.stderr("mkdir: missing operand\nTry 'mkdir --help' for more information.\n");
            return 1;
        }
        int status = 0;
        for (String dir : opts.operands()) {
            String[] problem = opts.has('p') ? makeParents(dir, state) : makeOne(dir, state);
            if (problem != null) {
                out.errLine("mkdir: cannot create directory " + Quote.always(problem[0]) + ": " + problem[1]);
                status = 1;
            } else if (opts.has('v')) {
                out.outLine("mkdir: created directory " + Quote.always(dir) );
            }
        }
        return status;
    }

    /** Null when made, else the name to report and why it could not be made. */
    private static String[] makeOne(String dir, ShellState state) {
        PathWalk walk = PathWalk.walk(state, dir);
        if (walk.node() != null) {
            return new String[] {dir, PathWalk.FILE_EXISTS};
        }
        String parent = PathWalk.parentProblem(state, dir);
        if (parent == null) {
            parent = Access.changeProblem(state, dir);
        }
        if (parent != null) {
            return new String[] {dir, parent};
        }
        state.fs().mkdirs(absolute(state, dir));
        return null;
    }

    private static String[] makeParents(String dir, ShellState state) {
        String prefix = dir.startsWith("/") ? "/" : "";
        for (String name : dir.split("/")) {
            if (name.isEmpty()) {
                continue;
            }
            prefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix + name : prefix + "/" + name;
            PathWalk walk = PathWalk.walk(state, prefix);
            if (walk.node() instanceof Node.File) {
                boolean last = prefix.equals(dir.replaceAll("/+$", ""));
                return new String[] {last ? dir : prefix, last ? PathWalk.FILE_EXISTS : PathWalk.NOT_A_DIRECTORY};
            }
            if (walk.node() == null) {
                String denied = Access.changeProblem(state, prefix);
                if (denied != null) {
                    return new String[] {prefix, denied};
                }
                state.fs().mkdirs(absolute(state, prefix));
            }
        }
        return null;
    }
}
