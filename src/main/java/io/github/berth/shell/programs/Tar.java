package io.github.berth.shell.programs;

import io.github.berth.fs.Node;
import io.github.berth.fs.TarArchive;
import io.github.berth.fs.VPath;
import io.github.berth.shell.Output;
import io.github.berth.shell.PathWalk;
import io.github.berth.shell.ShellState;
import io.github.berth.shell.StdinProgram;
import io.github.berth.shell.Unsimulated;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * GNU {@code tar} 1.34, the part a learner uses on the archives {@code docker save} and
 * {@code docker export} write: {@code -t} (list, {@code -v} as {@code ls -l} shows entries),
 * {@code -x} (extract, {@code -C DIR}) and {@code -c} (create, {@code -z} gzip) with {@code -f FILE}, in the old
 * form ({@code tar tvf a.tar}) or with dashes and long options; plain or gzip archives are read.
 * Messages and exit statuses are GNU tar's (checked against tar 1.34). Busybox's tar is not
 * simulated.
 */
final class Tar implements StdinProgram {
    private static final String TRY = "Try 'tar --help' or 'tar --usage' for more information.";
    private static final String FAILURE = "tar: Exiting with failure status due to previous errors";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        if (Flavor.busybox(state)) {
            return Unsimulated.PROGRAM.run(args, out, state);
        }
        char mode = 0;
        boolean verbose = false;
        boolean gzip = false;
        String file = null;
        String directory = null;
        List<String> operands = new ArrayList<>();
        List<String> rest = new ArrayList<>(args.subList(1, args.size()));
        // the old form: the first word's letters are options, each 'f' or 'C' taking the next word
        if (!rest.isEmpty() && !rest.get(0).startsWith("-")) {
            String letters = rest.remove(0);
            List<String> bundle = new ArrayList<>();
            for (char c : letters.toCharArray()) {
                if (c == 'f' || c == 'C') {
                    if (rest.isEmpty()) {
                        out.stderr("tar: Old option '" + c + "' requires an argument.\n" + TRY + "\n");
                        return 2;
                    }
                    bundle.add("-" + c);
                    bundle.add(rest.remove(0));
                } else {
                    bundle.add("-" + c);
                }
            }
            rest.addAll(0, bundle);
        }
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            if (arg.equals("--")) {
                operands.addAll(rest.subList(i + 1, rest.size()));
                break;
            }
            if (arg.startsWith("--")) {
                String name = arg.contains("=") ? arg.substring(2, arg.indexOf('=')) : arg.substring(2);
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
                char m = switch (name) {
                    case "list" -> 't';
                    case "extract", "get" -> 'x';
                    case "create" -> 'c';
                    default -> 0;
                };
                if (m != 0) {
                    if (mode != 0 && mode != m) {
                        return twoModes(out);
                    }
                    mode = m;
                } else if (name.equals("verbose")) {
                    verbose = true;
                } else if (name.equals("gzip") || name.equals("gunzip")) {
                    gzip = true; // reading detects gzip by itself
                } else if (name.equals("file") || name.equals("directory")) {
                    if (value == null) {
                        if (i + 1 >= rest.size()) {
                            out.stderr("tar: option '--" + name + "' requires an argument\n" + TRY + "\n");
                            return 2;
                        }
                        value = rest.get(++i);
                    }
                    if (name.equals("file")) {
                        file = value;
                    } else {
                        directory = value;
                    }
                } else {
                    out.stderr("tar: unrecognized option '" + arg + "'\n" + TRY + "\n");
                    return 2;
                }
                continue;
            }
            if (!arg.startsWith("-") || arg.equals("-")) {
                operands.add(arg);
                continue;
            }
            for (int k = 1; k < arg.length(); k++) {
                char c = arg.charAt(k);
                if (c == 't' || c == 'x' || c == 'c') {
                    if (mode != 0 && mode != c) {
                        return twoModes(out);
                    }
                    mode = c;
                } else if (c == 'v') {
                    verbose = true;
                } else if (c == 'z') {
                    gzip = true;
                } else if (c == 'f' || c == 'C') {
                    String value = arg.substring(k + 1);
                    if (value.isEmpty()) {
                        if (i + 1 >= rest.size()) {
                            out.stderr("tar: option requires an argument -- '" + c + "'\n" + TRY + "\n");
                            return 2;
                        }
                        value = rest.get(++i);
                    }
                    if (c == 'f') {
                        file = value;
                    } else {
                        directory = value;
                    }
                    break;
                } else {
                    out.stderr("tar: invalid option -- '" + c + "'\n" + TRY + "\n");
                    return 2;
                }
            }
        }
        if (mode == 0) {
            out.stderr("tar: You must specify one of the '-Acdtrux', '--delete' or '--test-label' options\n" + TRY + "\n");
            return 2;
        }
        if (mode == 'c') {
            return create(file, directory, operands, verbose, gzip, out, state);
        }
        byte[] archive = read(file, stdin, out, state);
        if (archive == null) {
            return 2;
        }
        List<TarArchive.Entry> entries = TarArchive.read(archive);
        if (entries == null) {
            out.errLine("tar: This does not look like a tar archive");
            out.errLine(FAILURE);
            return 2;
        }
        List<TarArchive.Entry> chosen = new ArrayList<>();
        boolean[] found = new boolean[operands.size()];
        for (TarArchive.Entry e : entries) {
            boolean wanted = operands.isEmpty();
            for (int k = 0; k < operands.size(); k++) {
                String member = operands.get(k).replaceAll("/+$", "");
                String name = e.name().replaceAll("/+$", "");
                if (name.equals(member) || name.startsWith(member + "/")) {
                    wanted = true;
                    found[k] = true;
                }
            }
            if (wanted) {
                chosen.add(e);
            }
        }
        if (mode == 't') {
            list(chosen, verbose, out);
        } else {
            String base = directory == null ? state.cwd() : VPath.resolve(state.cwd(), directory);
            if (directory != null && !(PathWalk.walk(state, directory).node() instanceof Node.Dir)) {
                out.errLine("tar: " + directory + ": Cannot open: No such file or directory");
                out.errLine("tar: Error is not recoverable: exiting now");
                return 2;
            }
            for (TarArchive.Entry e : chosen) {
                if (verbose) {
                    out.outLine(e.name());
                }
                extract(e, base, state);
            }
        }
        int status = 0;
        for (int k = 0; k < operands.size(); k++) {
            if (!found[k]) {
                out.errLine("tar: " + operands.get(k) + ": Not found in archive");
                status = 2;
            }
        }
        if (status != 0) {
            out.errLine(FAILURE);
        }
        return status;
    }

    private static int twoModes(Output out) {
        out.stderr("tar: You may not specify more than one '-Acdtrux', '--delete' or  '--test-label' option\n"
                + TRY + "\n");
        return 2;
    }

    /** The archive's bytes: the file, or standard input when it was redirected from a file. */
    private static byte[] read(String file, String stdin, Output out, ShellState state) {
        String path = file == null || file.equals("-") ? state.stdio().stdinFile() : file;
        if (path == null) {
            // what a pipe brought: an archive from docker save or export comes a byte per char
            boolean bytes = stdin.chars().allMatch(c -> c <= 0xff);
            return stdin.getBytes(bytes ? java.nio.charset.StandardCharsets.ISO_8859_1
                    : java.nio.charset.StandardCharsets.UTF_8);
        }
        PathWalk walk = PathWalk.walk(state, path);
        if (!(walk.node() instanceof Node.File f)) {
            out.errLine("tar: " + path + ": Cannot open: " + (walk.node() == null ? walk.problem()
                    : PathWalk.IS_A_DIRECTORY));
            out.errLine("tar: Error is not recoverable: exiting now");
            return null;
        }
        return f.content();
    }

    /** list.c simple_print_header: owner, spaces and size fill at least 19 columns, growing to fit. */
    private static void list(List<TarArchive.Entry> entries, boolean verbose, Output out) {
        StringBuilder sb = new StringBuilder();
        int width = 19;
        for (TarArchive.Entry e : entries) {
            if (!verbose) {
                sb.append(e.name()).append('\n');
                continue;
            }
            char type = e.type() == '5' ? 'd' : e.type() == '2' ? 'l' : '-';
            String owner = e.uid() + "/" + e.gid();
            String size = Long.toString(e.type() == '0' ? e.content().length : 0);
            int pad = owner.length() + size.length();
            width = Math.max(width, pad + 1);
            sb.append(type).append(Ls.permissions(e.mode())).append(' ').append(owner)
                    .append(" ".repeat(width - pad)).append(size).append(' ')
                    .append(TIME.format(Instant.ofEpochSecond(e.mtime()))).append(' ').append(e.name());
            if (e.type() == '2') {
                sb.append(" -> ").append(e.linkName());
            }
            sb.append('\n');
        }
        out.stdout(sb.toString());
    }

    private static void extract(TarArchive.Entry e, String base, ShellState state) {
        String path = VPath.resolve(base, e.name());
        if (path.equals(base)) {
            return;
        }
        Node.Meta now = state.fs().stamp();
        Node.Meta meta = new Node.Meta(now.uid(), now.gid(), Instant.ofEpochSecond(e.mtime()));
        state.fs().mkdirs(VPath.parent(path));
        if (e.type() == '5') {
            Node there = state.fs().lookupNoFollow(path).orElse(null);
            TreeMap<String, Node> children = there instanceof Node.Dir d ? d.children() : new TreeMap<>();
            state.fs().put(path, new Node.Dir(children, e.mode() & 07777, meta));
        } else if (e.type() == '2') {
            state.fs().put(path, new Node.Symlink(e.linkName(), meta));
        } else {
            state.fs().put(path, new Node.File(e.content(), e.mode() & 07777, e.pax().get("SCHILY.xattr.user.berth.program"),
                    meta));
        }
    }

    private static int create(String file, String directory, List<String> operands, boolean verbose, boolean gzip,
                              Output out, ShellState state) {
        String target = file == null || file.equals("-") ? out.stdoutFile() : file;
        if (target == null) {
            out.errLine("tar: Refusing to write archive contents to terminal (missing -f option?)");
            out.errLine("tar: Error is not recoverable: exiting now");
            return 2;
        }
        if (operands.isEmpty()) {
            out.errLine("tar: Cowardly refusing to create an empty archive");
            out.stderr(TRY + "\n");
            return 2;
        }
        String base = directory == null ? state.cwd() : VPath.resolve(state.cwd(), directory);
        List<TarArchive.Entry> entries = new ArrayList<>();
        int status = 0;
        boolean stripped = false;
        for (String operand : operands) {
            PathWalk walk = PathWalk.walk(state.fs(), base, operand);
            if (walk.node() == null) {
                out.errLine("tar: " + operand + ": Cannot stat: " + walk.problem());
                status = 2;
                continue;
            }
            String name = operand;
            if (name.startsWith("/")) {
                name = name.replaceAll("^/+", "");
                if (!stripped) {
                    out.errLine("tar: Removing leading `/' from member names");
                    stripped = true;
                }
            }
            Node node = state.fs().lookupNoFollow(VPath.resolve(base, operand)).orElse(walk.node());
            add(entries, name, node, verbose, out);
        }
        String absolute = VPath.resolve(state.cwd(), target);
        int mode = state.fs().lookup(absolute).orElse(null) instanceof Node.File f ? f.mode() : 0644;
        byte[] archive = TarArchive.write(entries);
        if (gzip) {
            java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(zipped)) {
                z.write(archive);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e); // in memory: cannot happen
            }
            archive = zipped.toByteArray();
        }
        state.fs().writeFile(absolute, archive, mode);
        if (status != 0) {
            out.errLine(FAILURE);
        }
        return status;
    }

    private static void add(List<TarArchive.Entry> entries, String name, Node node, boolean verbose, Output out) {
        long mtime = node.meta().mtime().getEpochSecond();
        if (node instanceof Node.Dir dir) {
            String dirName = name.endsWith("/") ? name : name + "/";
            entries.add(new TarArchive.Entry(dirName, '5', dir.mode(), node.meta().uid(), node.meta().gid(), mtime,
                    null, "", Map.of()));
            if (verbose) {
                out.outLine(dirName);
            }
            for (Map.Entry<String, Node> child : dir.children().entrySet()) {
                add(entries, dirName + child.getKey(), child.getValue(), verbose, out);
            }
            return;
        }
        if (verbose) {
            out.outLine(name);
        }
        if (node instanceof Node.Symlink link) {
            entries.add(new TarArchive.Entry(name, '2', 0777, node.meta().uid(), node.meta().gid(), mtime, null,
                    link.target(), Map.of()));
        } else {
            Node.File f = (Node.File) node;
            entries.add(new TarArchive.Entry(name, '0', f.mode(), node.meta().uid(), node.meta().gid(), mtime,
                    f.content(), "", f.program() == null ? Map.of() : Map.of("SCHILY.xattr.user.berth.program",
                    f.program())));
        }
    }
}
