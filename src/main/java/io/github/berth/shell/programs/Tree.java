package io.github.berth.shell.programs;

import io.github.berth.fs.Node;
import io.github.berth.shell.Output;
import io.github.berth.shell.PathWalk;
import io.github.berth.shell.ShellState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code tree [-a] [-d] [-L LEVEL] [DIR...]} (Steve Baker's tree, as Ubuntu packages it): the
 * entries below each directory drawn with ├──, └── and │, in name order, hidden ones only with
 * -a, then {@code N directories, M files} (the starting directories are not counted).
 */
final class Tree extends Tool {
    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        Options opts = Options.parse("tree", args, "adf", "L");
        if (opts.error() != null) {
            out.stderr(opts.error().replace("\nTry 'tree --help' for more information.", "")
                    .replace("tree: ", "tree: "));
            return 2;
        }
        int max = Integer.MAX_VALUE;
        if (opts.has('L')) {
            try {
                max = Integer.parseInt(opts.value('L'));
            } catch (NumberFormatException e) {
                max = 0;
            }
            if (max < 1) {
                out.errLine("tree: Invalid level, must be greater than 0.");
                return 2;
            }
        }
        List<String> roots = opts.operands().isEmpty() ? List.of(".") : opts.operands();
        int[] counts = {0, 0};
        int status = 0;
        StringBuilder sb = new StringBuilder();
        for (String root : roots) {
            PathWalk walk = PathWalk.walk(state, root);
            if (!(walk.node() instanceof Node.Dir dir)) {
                sb.append(root).append(walk.node() == null ? "  [error opening dir]\n" : "\n");
                if (walk.node() == null) {
                    status = 2;
                } else {
                    counts[1]++;
                }
                continue;
            }
            sb.append(root).append('\n');
            draw(sb, state, dir, root, "", 1, max, opts, counts);
        }
        sb.append('\n').append(counts[0]).append(counts[0] == 1 ? " directory" : " directories")
                .append(opts.has('d') ? "" : ", " + counts[1] + (counts[1] == 1 ? " file" : " files")).append('\n');
        out.stdout(sb.toString());
        return status;
    }

    private static void draw(StringBuilder sb, ShellState state, Node.Dir dir, String path, String indent, int level,
                             int max, Options opts, int[] counts) {
        if (level > max) {
            return;
        }
        List<Map.Entry<String, Node>> entries = new ArrayList<>();
        for (Map.Entry<String, Node> e : dir.children().entrySet()) {
            if ((opts.has('a') || !e.getKey().startsWith(".")) && (!opts.has('d') || e.getValue() instanceof Node.Dir)) {
                entries.add(e);
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            boolean last = i == entries.size() - 1;
            String name = entries.get(i).getKey();
            Node node = entries.get(i).getValue();
            String childPath = path.endsWith("/") ? path + name : path + "/" + name;
            sb.append(indent).append(last ? "└── " : "├── ").append(opts.has('f') ? childPath : name);
            if (node instanceof Node.Symlink link) {
                sb.append(" -> ").append(link.target());
                Node target = state.fs().lookup(absolute(state, childPath)).orElse(null);
                if (target instanceof Node.Dir) {
                    counts[0]++;
                } else {
                    counts[1]++;
                }
                sb.append('\n');
                continue;
            }
            sb.append('\n');
            if (node instanceof Node.Dir sub) {
                counts[0]++;
                if (Access.readProblem(state, childPath) != null) {
                    sb.setLength(sb.length() - 1);
                    sb.append("  [error opening dir]\n");
                    continue;
                }
                draw(sb, state, sub, childPath, indent + (last ? "    " : "│   "), level + 1, max, opts, counts);
            } else {
                counts[1]++;
            }
        }
    }
}
