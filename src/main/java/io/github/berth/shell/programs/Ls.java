package io.github.berth.shell.programs;

import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import io.github.berth.shell.Output;
import io.github.berth.shell.PathWalk;
import io.github.berth.shell.ShellState;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * GNU {@code ls} writing to a pipe or file (berth's output is never a terminal): one name a line,
 * files named on the command line first, then each directory's entries under a {@code dir:} header
 * when there are several operands. {@code -a} adds dot files, {@code . and ..}; {@code -A} dot files
 * without them; {@code -R} every subdirectory too; {@code -l} the long form with each entry's owner,
 * group (names from the tree's /etc/passwd and /etc/group; {@code -n}: the numbers) and modification time, columns aligned
 * as GNU aligns them, {@code name -> target} for a symbolic link. A directory the user may not read
 * is {@code cannot open directory}, one on a path it may not search {@code cannot access}.
 */
final class Ls extends Tool {
    /** GNU ls shows the year instead of the time for files older than about six months. */
    private static final Duration SIX_MONTHS = Duration.ofSeconds(31556952L / 2);

    private final ProgramClock clock;

    Ls(ProgramClock clock) {
        this.clock = clock;
    }

    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        Options parsed = Options.parse("ls", args, "laA1dRn", "");
        if (parsed.error() != null) {
            out.stderr(parsed.error());
            return 2;
        }
        Options opts = parsed.has('n') ? parsed.with('l') : parsed; // -n is -l with numeric ids
        List<String> operands = opts.operands().isEmpty() ? List.of(".") : opts.operands();
        int[] status = {0};
        List<String> files = new ArrayList<>();
        List<String> dirs = new ArrayList<>();
        for (String operand : operands) {
            PathWalk walk = PathWalk.walk(state, operand);
            String denied = Access.searchProblem(state, operand);
            if (walk.node() == null && denied == null && !operand.endsWith("/") && isLink(state, operand)) {
                files.add(operand); // GNU ls lists a dangling link it is given (lstat after stat's ENOENT)
            } else if (walk.node() == null || denied != null) {
                String why = denied != null ? denied : walk.problem();
                if (Flavor.busybox(state)) {
                    out.errLine("ls: " + operand + ": " + why); // busybox coreutils/ls.c, status 1
                    status[0] = 1;
                    continue;
                }
                out.errLine("ls: cannot access " + Quote.always(operand) + ": " + why);
                status[0] = 2;
            } else if (walk.node() instanceof Node.Dir && !opts.has('d')
                    && !(opts.has('l') && !operand.endsWith("/") && isLink(state, operand))) {
                dirs.add(operand);
            } else {
                files.add(operand);
            }
        }
        files.sort(null);
        dirs.sort(null);
        StringBuilder sb = new StringBuilder();
        List<Row> rows = new ArrayList<>();
        for (String file : files) {
            rows.add(row(state, file, state.fs().lookupNoFollow(absolute(state, file)).orElseThrow(), opts));
        }
        // GNU ls sizes the columns of the file rows over every operand, directories included
        List<Row> measured = new ArrayList<>(rows);
        for (String dir : dirs) {
            measured.add(row(state, dir, PathWalk.walk(state, dir).node(), opts));
        }
        print(sb, rows, measured, opts, Flavor.busybox(state));
        boolean headers = operands.size() > 1 || status[0] != 0 || opts.has('R');
        for (String dir : dirs) {
            listDirectory(sb, out, state, dir, opts, headers, status);
        }
        out.stdout(sb.toString());
        return status[0];
    }

    private static boolean isLink(ShellState state, String path) {
        return state.fs().lookupNoFollow(absolute(state, path)).orElse(null) instanceof Node.Symlink;
    }

    /** One directory's listing; with {@code -R}, then each subdirectory's, depth first in name order. */
    private void listDirectory(StringBuilder sb, Output out, ShellState state, String path, Options opts,
                               boolean headers, int[] status) {
        Node.Dir node = (Node.Dir) PathWalk.walk(state, path).node();
        if (Access.readProblem(state, path) != null) {
            out.stdout(sb.toString());
            sb.setLength(0);
            out.errLine("ls: cannot open directory " + Quote.always(path) + ": " + Access.DENIED);
            status[0] = 2;
            return;
        }
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
        List<Row> rows = new ArrayList<>();
        for (String name : names) {
            Node child = name.equals(".") ? node
                    : name.equals("..") ? state.fs().lookup(VPath.parent(absolute(state, path))).orElse(node)
                    : node.children().get(name);
            rows.add(row(state, name, child, opts));
        }
        if (opts.has('l')) {
            sb.append("total ").append(blocks(rows)).append('\n');
        }
        print(sb, rows, rows, opts, Flavor.busybox(state));
        if (opts.has('R')) {
            for (String name : names) {
                if (node.children().get(name) instanceof Node.Dir && !name.equals(".") && !name.equals("..")) {
                    listDirectory(sb, out, state, path.endsWith("/") ? path + name : path + "/" + name, opts, true,
                            status);
                }
            }
        }
    }

    /** One entry's long-format fields. */
    private record Row(String name, Node node, String links, String owner, String group, String size) {}

    private static Row row(ShellState state, String name, Node node, Options opts) {
        long links = node instanceof Node.Dir d
                ? 2 + d.children().values().stream().filter(c -> c instanceof Node.Dir).count() : 1;
        boolean numeric = opts.has('n');
        return new Row(name, node, Long.toString(links),
                numeric ? Integer.toString(node.meta().uid()) : Users.shownUser(state, node.meta().uid()),
                numeric ? Integer.toString(node.meta().gid()) : Users.shownGroup(state, node.meta().gid()),
                Long.toString(size(node)));
    }

    private static long blocks(List<Row> rows) {
        long kib = 0;
        for (Row row : rows) {
            Node child = row.node();
            kib += child instanceof Node.Dir ? 4 : child instanceof Node.Symlink ? 0 : (size(child) + 4095) / 4096 * 4;
        }
        return kib;
    }

    private static long size(Node node) {
        if (node instanceof Node.File f) {
            return f.content().length;
        }
        return node instanceof Node.Symlink l ? l.target().getBytes(java.nio.charset.StandardCharsets.UTF_8).length : 4096;
    }

    private void print(StringBuilder sb, List<Row> rows, List<Row> measured, Options opts, boolean busybox) {
        if (!opts.has('l')) {
            rows.forEach(r -> sb.append(r.name()).append('\n'));
            return;
        }
        if (busybox) {
            rows.forEach(r -> busyboxRow(sb, r));
            return;
        }
        int links = 0;
        int owner = 0;
        int group = 0;
        int size = 0;
        for (Row r : measured) {
            links = Math.max(links, r.links().length());
            owner = Math.max(owner, r.owner().length());
            group = Math.max(group, r.group().length());
            size = Math.max(size, r.size().length());
        }
        for (Row r : rows) {
            Node node = r.node();
            char type = node instanceof Node.Dir ? 'd' : node instanceof Node.Symlink ? 'l' : '-';
            sb.append(type).append(permissions(node.mode())).append(' ')
                    .append(" ".repeat(links - r.links().length())).append(r.links()).append(' ')
                    .append(idColumn(r.owner(), owner)).append(' ')
                    .append(idColumn(r.group(), group)).append(' ')
                    .append(" ".repeat(size - r.size().length())).append(r.size()).append(' ')
                    .append(time(node.meta().mtime())).append(' ').append(r.name());
            if (node instanceof Node.Symlink l) {
                sb.append(" -> ").append(l.target());
            }
            sb.append('\n');
        }
    }

    /**
     * busybox's long line (display_single in coreutils/ls.c): fixed columns, not sized to the
     * listing: {@code %-10s %4lu %-8.8s %-8.8s %9u } then the time and the name.
     */
    private void busyboxRow(StringBuilder sb, Row r) {
        Node node = r.node();
        char type = node instanceof Node.Dir ? 'd' : node instanceof Node.Symlink ? 'l' : '-';
        sb.append(String.format("%-10s %4s %-8.8s %-8.8s %9s ", type + permissions(node.mode()), r.links(),
                r.owner(), r.group(), r.size()));
        // ctime(3)'s "Jun 30 21:49" when under half a year old (and not over 15 minutes ahead), else "Jun 30  1993"
        Instant mtime = node.meta().mtime();
        long age = Duration.between(mtime, clock.now()).getSeconds();
        boolean recent = age < 3600L * 24 * 365 / 2 && age > -15 * 60;
        sb.append(DateTool.format(recent ? "%b %e %H:%M" : "%b %e  %Y", mtime.atZone(ZoneOffset.UTC)))
                .append(' ').append(r.name());
        if (node instanceof Node.Symlink l) {
            sb.append(" -> ").append(l.target());
        }
        sb.append('\n');
    }

    /** GNU ls format_user_or_group: a name is padded on the right, a number (no name, or -n) on the left. */
    private static String idColumn(String shown, int width) {
        String pad = " ".repeat(width - shown.length());
        return shown.chars().allMatch(Character::isDigit) ? pad + shown : shown + pad;
    }

    /** {@code Jan  5 09:00} for a recent time, {@code Jan  5  2020} for one over six months away. */
    private String time(Instant mtime) {
        Instant now = clock.now();
        ZonedDateTime t = mtime.atZone(ZoneOffset.UTC);
        boolean recent = !mtime.isBefore(now.minus(SIX_MONTHS)) && !mtime.isAfter(now);
        return DateTool.format(recent ? "%b %e %H:%M" : "%b %e  %Y", t);
    }

    /** {@code rwxr-xr-x}, with s/S and t/T for the set-id and sticky bits. */
    static String permissions(int mode) {
        char[] c = new char[9];
        String letters = "rwxrwxrwx";
        for (int i = 0; i < 9; i++) {
            c[i] = (mode & (0400 >> i)) != 0 ? letters.charAt(i) : '-';
        }
        if ((mode & 04000) != 0) {
            c[2] = c[2] == 'x' ? 's' : 'S';
        }
        if ((mode & 02000) != 0) {
            c[5] = c[5] == 'x' ? 's' : 'S';
        }
        if ((mode & 01000) != 0) {
            c[8] = c[8] == 'x' ? 't' : 'T';
        }
        return new String(c);
    }
}
