package io.github.berth.cli;

import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import io.github.berth.shell.PathWalk;
import io.github.berth.shell.ShellState;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The files {@code docker save}, {@code export}, {@code load} and {@code import} read and write:
 * always in the learner's workspace (the sandbox's filesystem), never on the host. Errors are
 * Go's as the client prints them: os.Open's {@code open PATH: no such file or directory}, and
 * moby/sys atomicwriter's checks of an output path (v28.2.2 vendor, atomicwriter.go
 * validateDestination).
 */
final class ArchiveFiles {
    private ArchiveFiles() {}

    /**
     * Where {@code docker save} or {@code export} writes: {@code file} is the {@code -o} file or
     * the file standard output is redirected to, null for a pipe. Refused, its message written
     * (status 1), on a terminal (docker/cli's words), with nowhere else to write, or when {@code -o}
     * names a path atomicwriter rejects ({@code failure: why}).
     */
    record Destination(String file, boolean refused) {}

    static Destination destination(Invocation inv, String command, String failure) {
        String output = inv.args().value("output");
        boolean given = output != null && !output.isEmpty();
        String target = given ? output : inv.out().stdoutFile();
        if (target == null && !inv.out().toPipe()) {
            inv.out().errLine(inv.terminal() ? "cowardly refusing to save to a terminal. Use the -o flag or redirect"
                    : "docker " + command + ": berth's sandbox writes archives only to files and pipes: use -o FILE,"
                    + " > FILE or | COMMAND");
            return new Destination(null, true);
        }
        String problem = given ? outputProblem(inv.state(), output) : null;
        if (problem != null) {
            inv.out().errLine(failure + ": " + problem);
            return new Destination(null, true);
        }
        return new Destination(target, false);
    }

    /** Why an archive cannot be written at {@code path}, or null. */
    static String outputProblem(ShellState state, String path) {
        if (path.isEmpty()) {
            return "file name is empty";
        }
        String dir = goDir(path);
        if (!dir.equals(".") && !dir.equals("..")) {
            PathWalk walk = PathWalk.walk(state, dir);
            if (walk.node() == null) {
                return "invalid output path: stat " + dir + ": " + walk.problem().toLowerCase(Locale.ROOT);
            }
            if (!(walk.node() instanceof Node.Dir)) {
                return "invalid output path: stat " + dir + ": not a directory";
            }
        }
        Node there = state.fs().lookupNoFollow(VPath.resolve(state.cwd(), path)).orElse(null);
        if (there instanceof Node.Dir) {
            return "cannot write to a directory";
        }
        if (there instanceof Node.Symlink) {
            return "cannot write to a symbolic link directly";
        }
        return null;
    }

    /** filepath.Dir: the path without its last element ("." when there is none). */
    private static String goDir(String path) {
        String p = path;
        int slash = p.lastIndexOf('/');
        if (slash < 0) {
            return ".";
        }
        String dir = p.substring(0, slash);
        return dir.isEmpty() ? "/" : dir;
    }

    /**
     * Writes the archive: with {@code -o}, as atomicwriter does, a new file of mode 0600 put in
     * the old one's place; to the file standard output was redirected to, into that file.
     */
    static void write(ShellState state, String path, byte[] bytes, boolean atomic) {
        String absolute = VPath.resolve(state.cwd(), path);
        Node there = state.fs().lookup(absolute).orElse(null);
        if (atomic && there != null) {
            state.fs().put(absolute, new Node.File(bytes, 0600, null, state.fs().stamp()));
            return;
        }
        state.fs().writeFile(absolute, bytes, there instanceof Node.File f ? f.mode() : 0600);
    }

    /** Writes the archive to the file, or (target null) down the pipe, a byte per char. */
    static void send(Invocation inv, String target, byte[] archive) {
        if (target == null) {
            inv.out().stdout(new String(archive, StandardCharsets.ISO_8859_1));
        } else {
            String output = inv.args().value("output");
            write(inv.state(), target, archive, output != null && !output.isEmpty());
        }
    }

    /**
     * What a pipe brought to standard input, as bytes: a byte per char where every char is one
     * (an archive from docker save or export), else the text's UTF-8.
     */
    static byte[] piped(String stdin) {
        boolean bytes = stdin.chars().allMatch(c -> c <= 0xff);
        return stdin.getBytes(bytes ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    /** A file's bytes, or null with {@code open PATH: …} written to {@code error}. */
    static byte[] read(ShellState state, String path, StringBuilder error) {
        PathWalk walk = PathWalk.walk(state, path);
        if (walk.node() == null) {
            error.append("open ").append(path).append(": ").append(walk.problem().toLowerCase(Locale.ROOT));
            return null;
        }
        if (!(walk.node() instanceof Node.File file)) {
            // the client opens it; what the daemon then says of a directory is not modelled
            error.append("docker: berth's sandbox reads archives only from files: ").append(path)
                    .append(" is a directory");
            return null;
        }
        return file.content();
    }
}
