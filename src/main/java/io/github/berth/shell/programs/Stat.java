package io.github.berth.shell.programs;

import io.github.berth.fs.Node;
import io.github.berth.shell.Output;
import io.github.berth.shell.PathWalk;
import io.github.berth.shell.ShellState;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * GNU {@code stat [-L] [-c FORMAT] FILE...}: the default report (size, blocks, type, mode,
 * owner, the times) or the {@code -c} conversions %n %N %s %a %A %U %G %u %g %F %h %y %Y %b %i.
 * berth's files have one time: access, modify, change and birth all show it. Device and inode
 * numbers are made up from the path, since the tree has neither.
 */
final class Stat extends Tool {
    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        Options opts = Options.parse("stat", args, "Lt", "c");
        if (opts.error() != null) {
            out.stderr(opts.error());
            return 1;
        }
        if (opts.operands().isEmpty()) {
            out.stderr(usage("stat", "missing operand"));
            return 1;
        }
        int status = 0;
        StringBuilder sb = new StringBuilder();
        for (String file : opts.operands()) {
            PathWalk walk = PathWalk.walk(state, file);
            String denied = Access.searchProblem(state, file);
            if (walk.node() == null || denied != null) {
                out.stdout(sb.toString());
                sb.setLength(0);
                out.errLine("stat: cannot statx " + Quote.always(file) + ": " + (denied != null ? denied : walk.problem()));
                status = 1;
                continue;
            }
            Node node = opts.has('L') ? walk.node()
                    : state.fs().lookupNoFollow(absolute(state, file)).orElse(walk.node());
            if (opts.has('c')) {
                sb.append(format(opts.value('c'), file, node, state)).append('\n');
            } else {
                sb.append(format("  File: %N\n  Size: %-10s\tBlocks: %-10b IO Block: 4096   %F\n"
                        + "Device: 254,0\tInode: %-11i Links: %h\n"
                        + "Access: (%04a/%A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\n"
                        + "Access: %y\nModify: %y\nChange: %y\n Birth: %y", file, node, state)).append('\n');
            }
        }
        out.stdout(sb.toString());
        return status;
    }

    private static String format(String format, String name, Node node, ShellState state) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 == format.length()) {
                sb.append(c);
                continue;
            }
            int start = i;
            i++;
            while (i < format.length() && (format.charAt(i) == '-' || Character.isDigit(format.charAt(i)))) {
                i++;
            }
            String flags = format.substring(start + 1, i);
            char f = format.charAt(i);
            String value;
            boolean number = true;
            switch (f) {
                case 'n' -> { value = name; number = false; }
                case 'N' -> {
                    value = node instanceof Node.Symlink l ? Quote.always(name) + " -> " + Quote.always(l.target()) : name;
                    value = node instanceof Node.Symlink ? value : name;
                    number = false;
                }
                case 's' -> value = Long.toString(size(node));
                case 'b' -> value = Long.toString(node instanceof Node.Symlink ? 0 : (size(node) + 4095) / 4096 * 8);
                case 'a' -> value = Integer.toOctalString(node.mode() & 07777);
                case 'A' -> {
                    value = (node instanceof Node.Dir ? "d" : node instanceof Node.Symlink ? "l" : "-")
                            + Ls.permissions(node.mode());
                    number = false;
                }
                case 'U' -> { value = Users.shownUser(state, node.meta().uid()); number = false; }
                case 'G' -> { value = Users.shownGroup(state, node.meta().gid()); number = false; }
                case 'u' -> value = Integer.toString(node.meta().uid());
                case 'g' -> value = Integer.toString(node.meta().gid());
                case 'h' -> value = Long.toString(node instanceof Node.Dir d
                        ? 2 + d.children().values().stream().filter(x -> x instanceof Node.Dir).count() : 1);
                case 'i' -> value = Long.toString(1_000_000L + Math.floorMod(name.hashCode(), 9_000_000));
                case 'F' -> {
                    value = node instanceof Node.Dir ? "directory" : node instanceof Node.Symlink ? "symbolic link"
                            : size(node) == 0 ? "regular empty file" : "regular file";
                    number = false;
                }
                case 'y' -> { value = time(node.meta().mtime()); number = false; }
                case 'Y' -> value = Long.toString(node.meta().mtime().getEpochSecond());
                case '%' -> { sb.append('%'); continue; }
                default -> { sb.append('?'); continue; }
            }
            if (flags.isEmpty()) {
                sb.append(value);
            } else {
                boolean left = flags.startsWith("-");
                boolean zero = flags.startsWith("0") && number;
                int width = Integer.parseInt(flags.replace("-", "").isEmpty() ? "0" : flags.replace("-", ""));
                String pad = (zero ? "0" : " ").repeat(Math.max(0, width - value.length()));
                sb.append(left ? value + pad : pad + value);
            }
        }
        return sb.toString();
    }

    private static long size(Node node) {
        if (node instanceof Node.File f) {
            return f.content().length;
        }
        return node instanceof Node.Symlink l ? l.target().length() : 4096;
    }

    private static String time(Instant t) {
        return DateTool.format("%Y-%m-%d %H:%M:%S", t.atZone(ZoneOffset.UTC))
                + String.format(".%09d +0000", t.getNano());
    }
}
