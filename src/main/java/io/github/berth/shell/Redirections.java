package io.github.berth.shell;

import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import java.util.List;
import java.util.function.Consumer;

/**
 * Performs a command's redirections left to right, as bash does before running it: files are
 * opened (created, truncated) in the filesystem, here-documents and here-strings become standard
 * input, and a failure stops the command with bash's message on standard error as redirected so
 * far, and status 1.
 */
final class Redirections {
    private Redirections() {}

    /** The command's standard input and output once its redirections are done. */
    record Streams(Input stdin, Output output) {}

    /** Returns null when a redirection failed (its message already written). */
    static Streams apply(Shell shell, List<Ast.Redir> redirections, Shell.Ctx ctx) {
        Input stdin = ctx.in();
        Output out = ctx.out();
        if (redirections.isEmpty()) {
            return new Streams(stdin, out);
        }
        ShellState state = ctx.st();
        String name = shell.name;
        Expander ex = shell.expander(ctx);
        Consumer<String> fd1 = out::stdout;
        Consumer<String> fd2 = out::stderr;
        String file1 = out.stdoutFile();
        String file2 = null;
        boolean pipe1 = out.toPipe();
        Consumer<String> discard = text -> { };
        for (Ast.Redir r : redirections) {
            String op = r.op();
            int fd = r.effectiveFd();
            if (r.here() != null) {
                Word body = r.here().body;
                String text = body == null ? "" : r.here().quoted ? Printer.unquoted(body) : ex.string(body);
                if (fd == 0) {
                    stdin = new Input(text);
                }
                continue;
            }
            if (op.equals("<<<")) {
                String text = ex.string(r.target()) + "\n";
                if (fd == 0) {
                    stdin = new Input(text);
                }
                continue;
            }
            List<String> fields = ex.fields(List.of(r.target()));
            if (fields.size() != 1) {
                fd2.accept(name + ": " + r.target().typed() + ": ambiguous redirect\n");
                return null;
            }
            String target = fields.get(0);
            if (op.equals(">&") || op.equals("<&")) {
                if (target.equals("-")) {
                    if (fd == 1) {
                        fd1 = discard;
                        file1 = null;
                        pipe1 = false;
                    } else if (fd == 2) {
                        fd2 = discard;
                    } else if (fd == 0) {
                        stdin = Input.EMPTY;
                    }
                    continue;
                }
                if (target.matches("[0-9]+")) {
                    if (fd == 0 || op.equals("<&")) {
                        if (!target.equals("0") && !target.equals("1") && !target.equals("2")) {
                            fd2.accept(name + ": " + target + ": Bad file descriptor\n");
                            return null;
                        }
                        continue;
                    }
                    Consumer<String> copy = target.equals("1") ? fd1 : target.equals("2") ? fd2 : null;
                    if (copy == null) {
                        fd2.accept(name + ": " + target + ": Bad file descriptor\n");
                        return null;
                    }
                    String copied = target.equals("1") ? file1 : file2;
                    if (fd == 1) {
                        pipe1 = target.equals("1") && pipe1;
                        fd1 = copy;
                        file1 = copied;
                    } else if (fd == 2) {
                        fd2 = copy;
                        file2 = copied;
                    }
                    continue;
                }
                if (fd != 1 || op.equals("<&")) {
                    fd2.accept(name + ": " + target + ": ambiguous redirect\n");
                    return null;
                }
                op = "&>"; // ">&file" is "&>file"
            }
            if (op.equals("<") || op.equals("<>")) {
                if (PathWalk.isDevNull(state, target)) {
                    if (fd == 0) {
                        stdin = Input.EMPTY;
                    }
                    continue;
                }
                PathWalk walk = PathWalk.walk(state, target);
                if (walk.node() == null && op.equals("<>")) {
                    String problem = PathWalk.problemCreating(state, target);
                    if (problem != null) {
                        fd2.accept(name + ": " + target + ": " + problem + "\n");
                        return null;
                    }
                    PathWalk.append(state, target, "");
                    walk = PathWalk.walk(state, target);
                }
                if (walk.node() == null) {
                    fd2.accept(name + ": " + target + ": " + walk.problem() + "\n");
                    return null;
                }
                if (fd == 0) {
                    stdin = new Input(walk.node() instanceof Node.File f ? PathWalk.text(f) : "",
                            VPath.resolve(state.cwd(), target), walk.node() instanceof Node.Dir);
                }
                continue;
            }
            if (!PathWalk.isDevNull(state, target)) {
                String problem = PathWalk.problemCreating(state, target);
                if (problem != null) {
                    fd2.accept(name + ": " + target + ": " + problem + "\n");
                    return null;
                }
                if (op.equals(">") || op.equals("&>")) {
                    PathWalk.truncate(state, target);
                } else {
                    PathWalk.append(state, target, "");
                }
            }
            Consumer<String> file = PathWalk.isDevNull(state, target) ? discard : fileWriter(state, target);
            String path = PathWalk.isDevNull(state, target) ? null : VPath.resolve(state.cwd(), target);
            if (op.equals("&>") || op.equals("&>>")) {
                pipe1 = false;
                fd1 = file;
                fd2 = file;
                file1 = path;
                file2 = path;
            } else if (fd == 1) {
                pipe1 = false;
                fd1 = file;
                file1 = path;
            } else if (fd == 2) {
                fd2 = file;
                file2 = path;
            }
        }
        Output streams = Output.of(fd1, fd2);
        if (file1 == null && !pipe1) {
            return new Streams(stdin, streams);
        }
        String stdoutFile = file1;
        boolean toPipe = pipe1;
        return new Streams(stdin, new Output() {
            @Override
            public void stdout(String text) {
                streams.stdout(text);
            }

            @Override
            public void stderr(String text) {
                streams.stderr(text);
            }

            @Override
            public String stdoutFile() {
                return stdoutFile;
            }

            @Override
            public boolean toPipe() {
                return toPipe;
            }
        });
    }

    private static Consumer<String> fileWriter(ShellState state, String target) {
        String absolute = VPath.resolve(state.cwd(), target);
        return text -> PathWalk.append(state, absolute, text);
    }
}
