package io.github.berth.shell.programs;

import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import io.github.berth.shell.Output;
import io.github.berth.shell.PathWalk;
import io.github.berth.shell.ShellState;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** GNU {@code cp}: files, or directories with {@code -r}; a directory as the last operand receives copies. */
final class Cp extends Tool {
    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        Options opts = Options.parse("cp", args, "rRv", "");
        if (opts.error() != null) {
            out.stderr(opts.error());
            return 1;
        }
        List<String> ops = opts.operands();
        String usage = Transfer.checkOperands("cp", ops, state);
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
                out.errLine("cp: cannot stat " + Quote.always(source) + ": " + walk.problem());
                status = 1;
                continue;
            }
            if (walk.node() instanceof Node.Dir && !opts.has('r') && !opts.has('R')) {
                out.errLine("cp: -r not specified; omitting directory " + Quote.always(source) );
                status = 1;
                continue;
            }
            String dest = intoDir ? Transfer.join(target, VPath.name(absolute(state, source))) : target;
            String sourceAbs = absolute(state, source);
            String destAbsolute = absolute(state, dest);
            if (walk.node() instanceof Node.Dir
                    && (destAbsolute.equals(sourceAbs) || destAbsolute.startsWith(sourceAbs + "/"))) {
                // GNU copies part of the tree before it notices; berth copies nothing
                out.errLine("cp: cannot copy a directory, " + Quote.always(source) + ", into itself, " + Quote.always(dest) );
                status = 1;
                continue;
            }
            String problem = Transfer.checkDestination("cp", source, dest, walk.node(), state);
            if (problem != null) {
                out.errLine(problem);
                status = 1;
                continue;
            }
            Node copy = copy(walk.node());
            String destAbs = destAbsolute;
            Node.Dir parent = (Node.Dir) state.fs().lookup(VPath.parent(destAbs)).orElseThrow();
            Node existing = parent.children().get(VPath.name(destAbs));
            if (copy instanceof Node.Dir d && existing instanceof Node.Dir e) {
                merge(d, e);
            } else {
                parent.children().put(VPath.name(destAbs), copy);
            }
        }
        return status;
    }

    private static Node copy(Node node) {
        if (node instanceof Node.Dir dir) {
            TreeMap<String, Node> children = new TreeMap<>();
            for (Map.Entry<String, Node> e : dir.children().entrySet()) {
                children.put(e.getKey(), copy(e.getValue()));
            }
            return new Node.Dir(children, dir.mode());
        }
        return node; // a file is a value: its content is copied on the way in and out
    }

    private static void merge(Node.Dir from, Node.Dir into) {
        for (Map.Entry<String, Node> e : from.children().entrySet()) {
            Node there = into.children().get(e.getKey());
            if (e.getValue() instanceof Node.Dir d && there instanceof Node.Dir t) {
                merge(d, t);
            } else {
                into.children().put(e.getKey(), e.getValue());
            }
        }
    }
}
