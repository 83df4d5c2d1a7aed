package io.github.berth.shell.programs;

import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import io.github.berth.shell.Output;
import io.github.berth.shell.ShellState;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** GNU {@code cp}: files, or directories with {@code -r}; a directory as the last operand receives copies. */
final class Cp extends Tool {
    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        return Transfer.run("cp", "rRv", args, out, state, new Transfer.Action() {
            @Override
            public String refuse(Options opts, String source, String dest, Node node, String sourceAbs,
                                 String destAbs) {
                if (node instanceof Node.Dir && !opts.has('r') && !opts.has('R')) {
                    return "cp: -r not specified; omitting directory " + Quote.always(source);
                }
                if (node instanceof Node.Dir && (destAbs.equals(sourceAbs) || destAbs.startsWith(sourceAbs + "/"))) {
                    // GNU copies part of the tree before it notices; berth copies nothing
                    return "cp: cannot copy a directory, " + Quote.always(source) + ", into itself, "
                            + Quote.always(dest);
                }
                return null;
            }

            @Override
            public void apply(ShellState state, Node node, String sourceAbs, String destAbs) {
                Node copy = copy(node);
                Node.Dir parent = (Node.Dir) state.fs().lookup(VPath.parent(destAbs)).orElseThrow();
                Node existing = parent.children().get(VPath.name(destAbs));
                if (copy instanceof Node.Dir d && existing instanceof Node.Dir e) {
                    merge(d, e);
                } else {
                    parent.children().put(VPath.name(destAbs), copy);
                }
            }
        });
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
