package io.github.berth.shell.programs;

import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import io.github.berth.shell.Output;
import io.github.berth.shell.ShellState;
import java.util.List;

/** GNU {@code mv}: renames, or moves into a directory given last. */
final class Mv extends Tool {
    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        return Transfer.run("mv", "fv", args, out, state, new Transfer.Action() {
            @Override
            public String refuse(Options opts, String source, String dest, Node node, String sourceAbs,
                                 String destAbs) {
                if (destAbs.equals(sourceAbs)) {
                    return "mv: " + Quote.always(source) + " and " + Quote.always(dest) + " are the same file";
                }
                if (node instanceof Node.Dir && destAbs.startsWith(sourceAbs + "/")) {
                    return "mv: cannot move " + Quote.always(source) + " to a subdirectory of itself, "
                            + Quote.always(dest);
                }
                return null;
            }

            @Override
            public void apply(ShellState state, Node node, String sourceAbs, String destAbs) {
                Node.Dir parent = (Node.Dir) state.fs().lookup(VPath.parent(destAbs)).orElseThrow();
                Rm.remove(state, sourceAbs);
                parent.children().put(VPath.name(destAbs), node);
            }
        });
    }
}
