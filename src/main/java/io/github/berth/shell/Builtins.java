package io.github.berth.shell;

import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The shell's builtins, with bash's messages and statuses. */
final class Builtins {
    private static final Set<String> NAMES = Set.of("cd", "pwd", "echo", "true", "false", "exit", ":", "printf",
            "export", "unset", "set", "test", "[", "read", "source", ".", "alias", "unalias", "type", "command",
            "shift", "return", "break", "continue", "local", "eval", "let", "builtin", "readonly", "declare",
            "typeset", "trap", "getopts", "exec", "jobs", "wait", "fg", "bg", "shopt", "kill");
    /** Words bash reserves, for {@code type}. */
    static final Set<String> KEYWORDS = Set.of("if", "then", "else", "elif", "fi", "case", "esac", "for", "while",
            "until", "do", "done", "in", "function", "{", "}", "!", "[[", "]]", "time", "select", "coproc");

    private final Shell shell;
    private final NameBuiltins names;
    private final Declare declare;
    private final SetBuiltins variables;
    private final Getopts getopts;
    private final ExecBuiltin exec;

    Builtins(Shell shell) {
        this.shell = shell;
        this.names = new NameBuiltins(shell, this);
        this.declare = new Declare(shell);
        this.variables = new SetBuiltins(shell);
        this.getopts = new Getopts(shell);
        this.exec = new ExecBuiltin(shell);
    }

    /**
     * The start of a message from a builtin in busybox ash (ash_vmsg): {@code sh: cd: }, and for
     * {@code sh -c}, {@code line 0: } after it, as busybox 1.37 prints there.
     */
    private String ash(String builtin) {
        if (shell.dialect == Shell.Dialect.DASH) {
            return shell.prefix() + builtin + ": "; // dash: sh: 1: cd: …
        }
        return shell.name + ": " + builtin + ": " + (shell.commandString ? "line 0: " : "");
    }

    boolean has(String command) {
        return NAMES.contains(command);
    }

    int run(List<String> args, Shell.Ctx ctx) {
        ShellState st = ctx.st();
        Output out = ctx.out();
        String sh = shell.name;
        switch (args.get(0)) {
            case "cd":
                return cd(sh, args, out, st);
            case "pwd":
                for (String a : args.subList(1, args.size())) {
                    if (a.equals("--") || !a.startsWith("-") || a.length() == 1) {
                        break; // operands are ignored, as in bash
                    }
                    if (!a.matches("-[LP]+")) {
                        out.errLine(sh + ": pwd: -" + firstNotIn(a, "LP") + ": invalid option");
                        out.errLine("pwd: usage: pwd [-LP]");
                        return 2;
                    }
                }
                out.outLine(st.cwd());
                return 0;
            case "echo":
                return echo(args, out);
            case "shopt":
                return ShoptBuiltin.run(sh, args, ctx);
            case "kill":
                return KillBuiltin.run(shell, args, ctx);
            case "false":
                return 1;
            case "true":
            case ":":
                return 0;
            case "exit":
                return exit(sh, shell.ashLike() ? ash("exit") : null, args, out, st);
            case "printf":
                return Printf.run(sh, args, out, st);
            case "test":
            case "[":
                return TestBuiltin.run(sh, shell.ashLike(), args, out, st);
            case "export":
            case "readonly":
            case "declare":
            case "typeset":
            case "local":
                return declare.run(args, out, st);
            case "unset":
                return variables.unset(args, out, st);
            case "set":
                return variables.set(args, out, st);
            case "shift":
                return variables.shift(args, out, st);
            case "return":
                return ret(args, out, st);
            case "break":
            case "continue":
                return loopControl(args, out);
            case "read":
                return ReadBuiltin.run(shell.name, args, ctx);
            case "source":
            case ".":
                return source(args, ctx);
            case "eval": {
                Shell.Outcome o = shell.script(String.join(" ", args.subList(1, args.size())), ctx, true, "eval");
                if (o.exitRequested()) {
                    throw new Signal.Exit(o.status());
                }
                return o.status();
            }
            case "let":
                return let(args, ctx);
            case "trap":
                return shell.traps.run(args, ctx);
            case "getopts":
                return getopts.run(args, out, st);
            case "exec":
                return exec.run(args, ctx);
            case "jobs":
            case "wait":
            case "fg":
            case "bg":
                return shell.jobs.run(args, ctx);
            case "alias":
                return names.alias(args, out, st);
            case "unalias":
                return names.unalias(args, out, st);
            case "type":
                return names.type(args, out, st);
            case "command":
                return names.command(args, ctx);
            case "builtin":
                if (args.size() < 2) {
                    return 0;
                }
                if (!has(args.get(1))) {
                    out.errLine(sh + ": builtin: " + args.get(1) + ": not a shell builtin");
                    return 1;
                }
                return run(args.subList(1, args.size()), ctx);
            default:
                return 0;
        }
    }

    private int cd(String sh, List<String> args, Output out, ShellState state) {
        List<String> operands = args.subList(1, args.size());
        if (!operands.isEmpty() && operands.get(0).equals("--")) {
            operands = operands.subList(1, operands.size());
        } else if (!operands.isEmpty() && operands.get(0).matches("-[LPe@]+")) {
            operands = operands.subList(1, operands.size());
        } else if (!operands.isEmpty() && operands.get(0).startsWith("-") && operands.get(0).length() > 1) {
            out.errLine(sh + ": cd: -" + firstNotIn(operands.get(0), "LPe@") + ": invalid option");
            out.errLine("cd: usage: cd [-L|[-P [-e]] [-@]] [dir]");
            return 2;
        }
        if (operands.size() > 1) {
            out.errLine(sh + ": cd: too many arguments");
            return 1;
        }
        String target = operands.isEmpty() ? state.var("HOME") : operands.get(0);
        boolean back = operands.size() == 1 && target.equals("-");
        if (back) {
            target = state.var("OLDPWD");
        }
        if (target == null) {
            out.errLine(sh + ": cd: " + (back ? "OLDPWD" : "HOME") + " not set");
            return 1;
        }
        if (target.isEmpty()) {
            return 0;
        }
        PathWalk walk = PathWalk.walk(state.fs(), state.cwd(), target);
        String problem = walk.problem() != null ? walk.problem()
                : walk.node() instanceof Node.Dir ? null : PathWalk.NOT_A_DIRECTORY;
        if (problem != null) {
            // busybox ash: ash_msg_and_raise_perror("can't cd to %s", dest)
            out.errLine(shell.dialect == Shell.Dialect.DASH ? ash("cd") + "can't cd to " + target // dash adds no reason
                    : shell.ashLike() ? ash("cd") + "can't cd to " + target + ": " + problem
                    : sh + ": cd: " + target + ": " + problem);
            return shell.ashLike() ? 2 : 1;
        }
        String absolute = VPath.resolve(state.cwd(), target);
        boolean doubleSlash = target.startsWith("/") ? target.startsWith("//") && !target.startsWith("///")
                : state.cwd().startsWith("//") && !state.cwd().startsWith("///");
        if (doubleSlash && shell.dialect == Shell.Dialect.BASH) {
            absolute = "/" + absolute; // bash keeps a leading // (POSIX leaves it implementation-defined): cd //tmp; pwd
        }
        state.setVar("OLDPWD", state.cwd());
        state.cwd(absolute);
        if (back) {
            out.outLine(absolute); // "cd -" says where it went
        }
        return 0;
    }

    /**
     * Leading words made only of the letters n, e and E are options, as in bash; -n drops the
     * newline, -e interprets backslash escapes ({@code \c} ends the output).
     */
    static int echo(List<String> args, Output out) {
        int first = 1;
        boolean newline = true;
        boolean escapes = false;
        while (first < args.size() && args.get(first).matches("-[neE]+")) {
            String opt = args.get(first);
            newline &= !opt.contains("n");
            for (char c : opt.toCharArray()) {
                if (c == 'e') {
                    escapes = true;
                } else if (c == 'E') {
                    escapes = false;
                }
            }
            first++;
        }
        String text = String.join(" ", args.subList(first, args.size()));
        if (escapes) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < text.length()) {
                    if (text.charAt(i + 1) == 'c') {
                        out.stdout(sb.toString());
                        return 0;
                    }
                    i = AnsiC.escape(text, i + 1, sb, false) - 1;
                } else {
                    sb.append(c);
                }
            }
            text = sb.toString();
        }
        out.stdout(newline ? text + "\n" : text);
        return 0;
    }

    /**
     * Like bash's exit: an optional "--", then a decimal number that fits in 64 bits (blanks
     * around it allowed), of which the low 8 bits are the status.
     */
    /** {@code ash}: how busybox ash starts the message (see {@link #ash}), or null for bash. */
    private static int exit(String sh, String ash, List<String> args, Output out, ShellState state) {
        List<String> operands = args.subList(args.size() > 1 && args.get(1).equals("--") ? 2 : 1, args.size());
        if (operands.isEmpty()) {
            throw new Signal.Exit(state.lastStatus());
        }
        String arg = operands.get(0);
        Long value = number(arg);
        if (value == null || ash != null && value < 0) {
            // busybox ash: msg_illnum "Illegal number: %s", exit status 2
            out.errLine(ash != null ? ash + "Illegal number: " + arg
                    : sh + ": exit: " + arg + ": numeric argument required");
            throw new Signal.Exit(2);
        }
        if (operands.size() > 1) {
            out.errLine(sh + ": exit: too many arguments");
            throw new Signal.Abandon(1);
        }
        throw new Signal.Exit((int) (value & 0xff));
    }

    /** The first option letter of {@code arg} (after its dash) that is not one of {@code letters}. */
    private static char firstNotIn(String arg, String letters) {
        for (int i = 1; i < arg.length(); i++) {
            if (letters.indexOf(arg.charAt(i)) < 0) {
                return arg.charAt(i);
            }
        }
        return arg.charAt(1);
    }

    static Long number(String arg) {
        String trimmed = arg.strip();
        if (!trimmed.matches("[+-]?[0-9]+")) {
            return null;
        }
        try {
            return Long.parseLong(trimmed.startsWith("+") ? trimmed.substring(1) : trimmed);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private int ret(List<String> args, Output out, ShellState st) {
        if (!st.inFunction() && sourcing == 0) {
            if (shell.ashLike()) {
                return 0; // busybox ash ignores it
            }
            out.errLine(shell.name + ": return: can only `return' from a function or sourced script");
            return 2;
        }
        int status = st.lastStatus();
        if (args.size() > 2 && number(args.get(1)) != null) {
            out.errLine(shell.name + ": return: too many arguments");
            return 1;
        }
        if (args.size() > 1) {
            Long v = number(args.get(1));
            if (v == null) {
                out.errLine(shell.name + ": return: " + args.get(1) + ": numeric argument required");
                status = 2;
            } else {
                status = (int) (v & 0xff);
            }
        }
        throw new Signal.Return(status);
    }

    private int loopControl(List<String> args, Output out) {
        String cmd = args.get(0);
        long n = 1;
        if (shell.loopDepth == 0) {
            if (shell.dialect == Shell.Dialect.BASH) {
                out.errLine(shell.name + ": " + cmd + ": only meaningful in a `for', `while', or `until' loop");
            }
            return 0;
        }
        if (args.size() > 1) {
            Long v = number(args.get(1));
            if (v == null) {
                out.errLine(shell.name + ": " + cmd + ": " + args.get(1) + ": numeric argument required");
                return 1;
            }
            if (v < 1) {
                out.errLine(shell.name + ": " + cmd + ": " + v + ": loop count out of range");
                return 1;
            }
            n = v;
        }
        if (shell.loopDepth == 0) {
            out.errLine(shell.name + ": " + cmd + ": only meaningful in a `for', `while', or `until' loop");
            return 0;
        }
        throw new Signal.Loop((int) Math.min(n, shell.loopDepth), cmd.equals("continue"));
    }

    private int sourcing;

    private int source(List<String> args, Shell.Ctx ctx) {
        String cmd = args.get(0);
        if (args.size() < 2) {
            ctx.out().errLine(shell.name + ": " + cmd + ": filename argument required");
            ctx.out().errLine(cmd + ": usage: " + cmd + " filename [arguments]");
            return 2;
        }
        String file = args.get(1);
        ShellState st = ctx.st();
        PathWalk walk = file.contains("/") ? PathWalk.walk(st, file) : null;
        if (walk == null) {
            walk = PathWalk.walk(st, file);
            Optional<String> onPath = Optional.empty();
            if (walk.node() == null) {
                for (String dir : (st.var("PATH") == null ? "" : st.var("PATH")).split(":")) {
                    PathWalk w = PathWalk.walk(st, (dir.isEmpty() ? "." : dir) + "/" + file);
                    if (w.node() instanceof Node.File) {
                        walk = w;
                        break;
                    }
                }
            }
        }
        if (walk.node() == null) {
            ctx.out().errLine(shell.name + ": " + file + ": " + walk.problem());
            return 1;
        }
        if (walk.node() instanceof Node.Dir) {
            ctx.out().errLine(shell.name + ": " + cmd + ": " + file + ": is a directory");
            return 1;
        }
        String text = new String(((Node.File) walk.node()).content(), StandardCharsets.UTF_8);
        List<String> savedParams = List.copyOf(st.positional());
        if (args.size() > 2) {
            st.positional(args.subList(2, args.size()));
        }
        sourcing++;
        try {
            Shell.Outcome o = shell.script(text, ctx, true);
            if (o.exitRequested()) {
                throw new Signal.Exit(o.status());
            }
            return o.status();
        } catch (Signal.Return r) {
            return r.status;
        } finally {
            sourcing--;
            if (args.size() > 2) {
                st.positional(savedParams);
            }
        }
    }

    private int let(List<String> args, Shell.Ctx ctx) {
        if (args.size() < 2) {
            ctx.out().errLine(shell.name + ": let: expression expected");
            return 1;
        }
        long last = 0;
        for (String expr : args.subList(1, args.size())) {
            try {
                last = Arith.eval(expr, ctx.st());
            } catch (Arith.Error e) {
                ctx.out().errLine(shell.name + ": let: " + e.getMessage());
                return 1;
            }
        }
        return last != 0 ? 0 : 1;
    }

}
