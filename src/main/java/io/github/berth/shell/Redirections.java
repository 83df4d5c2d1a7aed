package io.github.berth.shell;

import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import java.util.List;
import java.util.function.Consumer;

/**
 * Performs a simple command's redirections left to right, as bash does before running it: files
 * are opened (created, truncated) in the filesystem, and a failure stops the command with bash's
 * message on standard error as redirected so far, and status 1.
 */
final class Redirections {
    private Redirections() {}

    /** The command's standard input and output once its redirections are done. */
    record Streams(String stdin, Output output) {}

    /** Returns null when a redirection failed (its message already written). */
    static Streams apply(String shell, List<CommandLine.Redirection> redirections, String stdin, Output out,
            ShellState state) {
        Consumer<String> fd1 = out::stdout;
        Consumer<String> fd2 = out::stderr;
        for (CommandLine.Redirection r : redirections) {
            String target = r.target().expand(state);
            if (target.isEmpty() && !r.target().quoted()) {
                fd2.accept(shell + ": " + r.target().source() + ": ambiguous redirect\n");
                return null;
            }
            String op = r.op();
            if (op.equals(">&")) {
                if (target.matches("[0-9]+")) {
                    Consumer<String> copy = target.equals("1") ? fd1 : target.equals("2") ? fd2 : null;
                    if (copy == null) {
                        fd2.accept(shell + ": " + target + ": Bad file descriptor\n");
                        return null;
                    }
                    if (r.fd() == 1) {
                        fd1 = copy;
                    } else if (r.fd() == 2) {
                        fd2 = copy;
                    }
                    continue;
                }
                if (r.fd() != 1) {
                    fd2.accept(shell + ": " + target + ": ambiguous redirect\n");
                    return null;
                }
                op = "&>"; // ">&file" is "&>file"
            }
            if (op.equals("<")) {
                if (PathWalk.isDevNull(state, target)) {
                    stdin = "";
                    continue;
                }
                PathWalk walk = PathWalk.walk(state, target);
                if (walk.node() == null) {
                    fd2.accept(shell + ": " + target + ": " + walk.problem() + "\n");
                    return null;
                }
                if (r.fd() == 0) {
                    stdin = walk.node() instanceof Node.File f ? PathWalk.text(f) : "";
                }
                continue;
            }
            if (!PathWalk.isDevNull(state, target)) {
                String problem = PathWalk.problemCreating(state, target);
                if (problem != null) {
                    fd2.accept(shell + ": " + target + ": " + problem + "\n");
                    return null;
                }
                if (op.equals(">") || op.equals("&>")) {
                    PathWalk.truncate(state, target);
                } else {
                    PathWalk.append(state, target, "");
                }
            }
            String absolute = VPath.resolve(state.cwd(), target);
            Consumer<String> file = text -> PathWalk.append(state, absolute, text);
            if (op.equals("&>") || op.equals("&>>")) {
                fd1 = file;
                fd2 = file;
            } else if (r.fd() == 1) {
                fd1 = file;
            } else if (r.fd() == 2) {
                fd2 = file;
            }
        }
        return new Streams(stdin, Output.of(fd1, fd2));
    }
}
