package io.github.berth.shell.programs;

import io.github.berth.fs.Node;
import io.github.berth.shell.Output;
import io.github.berth.shell.PathWalk;
import io.github.berth.shell.ShellState;
import java.util.ArrayList;
import java.util.List;

/**
 * GNU {@code ls} writing to a pipe or file (berth's output is never a terminal): one name a line,
 * files named on the command line first, then each directory's entries under a {@code dir:} header
 * when there are several operands. {@code -a} adds dot files, {@code . and ..}; {@code -l} the long
 * form, {@code -R} every subdirectory too ({@code -A}: dot files without {@code . and ..}), with owner {@code learner} and a fixed date since the filesystem keeps no times yet.
 */
final class Ls extends Tool {
    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        Options opts = Options.parse("ls", args, "laA1dR", "");
        if (opts.error() != null) {
            out.stderr(opts.error());
            return 2;
        }
        List<String> operands = opts.operands().isEmpty() ? List.of(".") : opts.operands();
        int status = 0;
        List<String> files = new ArrayList<>();
        List<String> dirs = new ArrayList<>();
        for (String operand : operands) {
            PathWalk walk = PathWalk.walk(state, operand);
            if (walk.node() == null) {
                out.errLine("ls: cannot access " + Quote.always(operand) + ": " + walk.problem());
                status = 2;
            } else if (walk.node() instanceof Node.Dir && !opts.has('d')) {
                dirs.add(operand);
            } else {
                files.add(operand);
            }
        }
        files.sort(null);
        dirs.sort(null);
        StringBuilder sb = new StringBuilder();
        for (String file : files) {
            entry(sb, file, PathWalk.walk(state, file).node(), opts);
        }
        boolean headers = operands.size() > 1 || status != 0 || opts.has('R');
        for (String dir : dirs) {
            listDirectory(sb, dir, (Node.Dir) PathWalk.walk(state, dir).node(), opts, headers);
        }
        out.stdout(sb.toString());
        return status;
    }

    /** One directory's listing; with {@code -R}, then each subdirectory's, depth first in name order. */
    private static void listDirectory(StringBuilder sb, String path, Node.Dir node, Options opts, boolean headers) {
        if (sb.length() > 0) {
            sb.append('\n');
        }
        if (headers) {
            sb.append(path).append(":\n");
        }
        List<String> names = new ArrayList<>();
        if (opts.has('a')) {
            names.add(".");
            names.add("..");
        }
        for (String name : node.children().keySet()) {
            if (opts.has('a') || opts.has('A') || !name.startsWith(".")) {
                names.add(name);
            }
        }
        if (opts.has('l')) {
            sb.append("total ").append(names.isEmpty() ? 0 : blocks(node, names)).append('\n');
        }
        for (String name : names) {
            Node child = name.equals(".") || name.equals("..") ? Node.Dir.empty() : node.children().get(name);
            entry(sb, name, child, opts);
        }
        if (opts.has('R')) {
            for (String name : names) {
                if (node.children().get(name) instanceof Node.Dir sub && !name.equals(".") && !name.equals("..")) {
                    listDirectory(sb, path.endsWith("/") ? path + name : path + "/" + name, sub, opts, true);
                }
            }
        }
    }

    private static long blocks(Node.Dir dir, List<String> names) {
        long kib = 0;
        for (String name : names) {
            Node child = dir.children().get(name);
            kib += child == null || child instanceof Node.Dir ? 4 : (size(child) + 4095) / 4096 * 4;
        }
        return kib;
    }

    private static long size(Node node) {
        return node instanceof Node.File f ? f.content().length : 4096;
    }

    private static void entry(StringBuilder sb, String name, Node node, Options opts) {
        if (opts.has('l')) {
            sb.append(node instanceof Node.Dir ? 'd' : '-').append(permissions(node.mode()))
                    .append(' ').append(node instanceof Node.Dir ? 2 : 1)
                    .append(" learner learner ").append(size(node)).append(" Jan  5 09:00 ");
        }
        sb.append(name).append('\n');
    }

    private static String permissions(int mode) {
        String letters = "rwxrwxrwx";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            sb.append((mode & (0400 >> i)) != 0 ? letters.charAt(i) : '-');
        }
        return sb.toString();
    }
}
