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
            "typeset");
    /** Words bash reserves, for {@code type}. */
    static final Set<String> KEYWORDS = Set.of("if", "then", "else", "elif", "fi", "case", "esac", "for", "while",
            "until", "do", "done", "in", "function", "{", "}", "!", "[[", "]]", "time", "select", "coproc");

    private final Shell shell;

    Builtins(Shell shell) {
        this.shell = shell;
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
                out.outLine(st.cwd());
                return 0;
            case "echo":
                return echo(args, out);
            case "false":
                return 1;
            case "true":
            case ":":
                return 0;
            case "exit":
                return exit(sh, args, out, st);
            case "printf":
                return Printf.run(sh, args, out, st);
            case "test":
            case "[":
                return TestBuiltin.run(sh, args, out, st);
            case "export":
            case "readonly":
            case "declare":
            case "typeset":
                return export(args, out, st);
            case "local":
                return local(args, out, st);
            case "unset":
                return unset(args, out, st);
            case "set":
                return set(args, out, st);
            case "shift":
                return shift(args, out, st);
            case "return":
                return ret(args, out, st);
            case "break":
            case "continue":
                return loopControl(args, out);
            case "read":
                return read(args, ctx);
            case "source":
            case ".":
                return source(args, ctx);
            case "eval": {
                Shell.Outcome o = shell.script(String.join(" ", args.subList(1, args.size())), ctx, true);
                if (o.exitRequested()) {
                    throw new Signal.Exit(o.status());
                }
                return o.status();
            }
            case "let":
                return let(args, ctx);
            case "alias":
                return alias(args, out, st);
            case "unalias":
                return unalias(args, out, st);
            case "type":
                return type(args, out, st);
            case "command":
                return command(args, ctx);
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
            out.errLine(sh + ": cd: " + operands.get(0).substring(0, 2) + ": invalid option");
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
            out.errLine(sh + ": cd: " + target + ": " + problem);
            return 1;
        }
        String absolute = VPath.resolve(state.cwd(), target);
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
    private static int exit(String sh, List<String> args, Output out, ShellState state) {
        List<String> operands = args.subList(args.size() > 1 && args.get(1).equals("--") ? 2 : 1, args.size());
        if (operands.isEmpty()) {
            throw new Signal.Exit(state.lastStatus());
        }
        String arg = operands.get(0);
        Long value = number(arg);
        if (value == null) {
            out.errLine(sh + ": exit: " + arg + ": numeric argument required");
            throw new Signal.Exit(2);
        }
        if (operands.size() > 1) {
            out.errLine(sh + ": exit: too many arguments");
            throw new Signal.Abandon(1);
        }
        throw new Signal.Exit((int) (value & 0xff));
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

    private int export(List<String> args, Output out, ShellState st) {
        String cmd = args.get(0);
        int status = 0;
        List<String> operands = new ArrayList<>();
        boolean print = false;
        for (String a : args.subList(1, args.size())) {
            if (operands.isEmpty() && a.startsWith("-") && a.length() > 1) {
                print |= a.contains("p");
                continue;
            }
            operands.add(a);
        }
        if (operands.isEmpty()) {
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(st.vars()).entrySet()) {
                if (!cmd.equals("export") || st.isExported(e.getKey())) {
                    out.outLine("declare " + (st.isExported(e.getKey()) ? "-x " : "-- ") + e.getKey() + "=\""
                            + e.getValue().replaceAll("([\"\\\\$`])", "\\\\$1") + "\"");
                }
            }
            return 0;
        }
        for (String a : operands) {
            int eq = a.indexOf('=');
            String name = eq < 0 ? a : a.substring(0, eq);
            boolean append = name.endsWith("+");
            if (append) {
                name = name.substring(0, name.length() - 1);
            }
            if (!Shell.isName(name)) {
                out.errLine(shell.name + ": " + cmd + ": `" + a + "': not a valid identifier");
                status = 1;
                continue;
            }
            if ((cmd.equals("declare") || cmd.equals("typeset")) && st.inFunction()) {
                st.makeLocal(name);
            }
            if (eq >= 0) {
                String old = st.var(name);
                st.setVar(name, append && old != null ? old + a.substring(eq + 1) : a.substring(eq + 1));
            }
            if (cmd.equals("export")) {
                st.export(name);
            }
        }
        return status;
    }

    private int local(List<String> args, Output out, ShellState st) {
        if (!st.inFunction()) {
            out.errLine(shell.name + ": local: can only be used in a function");
            return 1;
        }
        int status = 0;
        for (String a : args.subList(1, args.size())) {
            int eq = a.indexOf('=');
            String name = eq < 0 ? a : a.substring(0, eq);
            if (!Shell.isName(name)) {
                out.errLine(shell.name + ": local: `" + a + "': not a valid identifier");
                status = 1;
                continue;
            }
            st.makeLocal(name);
            if (eq >= 0) {
                st.setVar(name, a.substring(eq + 1));
            }
        }
        return status;
    }

    private int unset(List<String> args, Output out, ShellState st) {
        int status = 0;
        boolean functions = false;
        for (String a : args.subList(1, args.size())) {
            if (a.equals("-f")) {
                functions = true;
                continue;
            }
            if (a.equals("-v")) {
                continue;
            }
            if (functions) {
                st.functions().remove(a);
            } else if (!Shell.isName(a)) {
                out.errLine(shell.name + ": unset: `" + a + "': not a valid identifier");
                status = 1;
            } else if (st.var(a) == null && st.functions().containsKey(a)) {
                st.functions().remove(a);
            } else {
                st.unsetVar(a);
            }
        }
        return status;
    }

    private int set(List<String> args, Output out, ShellState st) {
        if (args.size() == 1) {
            new java.util.TreeMap<>(st.vars()).forEach((k, v) -> out.outLine(k + "=" + Shell.quote(v)));
            return 0;
        }
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                st.positional(args.subList(i + 1, args.size()));
                return 0;
            }
            if ((a.startsWith("-") || a.startsWith("+")) && a.length() > 1) {
                boolean on = a.startsWith("-");
                if (a.substring(1).equals("o")) {
                    if (i + 1 >= args.size()) {
                        return 0;
                    }
                    String option = args.get(++i);
                    switch (option) {
                        case "errexit" -> st.errexit = on;
                        case "xtrace" -> st.xtrace = on;
                        case "nounset" -> st.nounset = on;
                        case "noglob" -> st.noglob = on;
                        case "pipefail", "posix", "vi", "emacs" -> { }
                        default -> {
                            out.errLine(shell.name + ": set: " + option + ": invalid option name");
                            return 1;
                        }
                    }
                    continue;
                }
                for (char c : a.substring(1).toCharArray()) {
                    switch (c) {
                        case 'e' -> st.errexit = on;
                        case 'x' -> st.xtrace = on;
                        case 'u' -> st.nounset = on;
                        case 'f' -> st.noglob = on;
                        case 'v', 'h', 'B', 'C', 'a', 'b', 'm', 'n', 'H', 'T', 'E', 'P', 'k', 't' -> { }
                        default -> {
                            out.errLine(shell.name + ": set: " + a.charAt(0) + c + ": invalid option");
                            out.errLine("set: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]");
                            return 2;
                        }
                    }
                }
                continue;
            }
            st.positional(args.subList(i, args.size()));
            return 0;
        }
        return 0;
    }

    private int shift(List<String> args, Output out, ShellState st) {
        long n = 1;
        if (args.size() > 1) {
            Long v = number(args.get(1));
            if (v == null) {
                out.errLine(shell.name + ": shift: " + args.get(1) + ": numeric argument required");
                return 1;
            }
            n = v;
            if (n < 0) {
                out.errLine(shell.name + ": shift: " + args.get(1) + ": shift count out of range");
                return 1;
            }
        }
        if (n > st.positional().size()) {
            return 1;
        }
        st.positional(st.positional().subList((int) n, st.positional().size()));
        return 0;
    }

    private int ret(List<String> args, Output out, ShellState st) {
        if (!st.inFunction() && sourcing == 0) {
            out.errLine(shell.name + ": return: can only `return' from a function or sourced script");
            return 2;
        }
        int status = st.lastStatus();
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

    private int read(List<String> args, Shell.Ctx ctx) {
        ShellState st = ctx.st();
        boolean raw = false;
        List<String> names = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if (names.isEmpty() && a.equals("-r")) {
                raw = true;
            } else if (names.isEmpty() && a.equals("-p") && i + 1 < args.size()) {
                i++; // the prompt goes to the terminal only when input is one
            } else if (names.isEmpty() && a.startsWith("-") && a.length() > 1) {
                ctx.out().errLine(shell.name + ": read: " + a.substring(0, 2) + ": invalid option");
                ctx.out().errLine("read: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars]"
                        + " [-p prompt] [-t timeout] [-u fd] [name ...]");
                return 2;
            } else {
                if (!Shell.isName(a)) {
                    ctx.out().errLine(shell.name + ": read: `" + a + "': not a valid identifier");
                    return 1;
                }
                names.add(a);
            }
        }
        boolean[] complete = {false};
        StringBuilder line = new StringBuilder();
        while (true) {
            String part = ctx.in().readLine(complete);
            if (part == null) {
                if (line.length() == 0) {
                    for (String n : names.isEmpty() ? List.of("REPLY") : names) {
                        st.setVar(n, "");
                    }
                    return 1;
                }
                break;
            }
            if (!raw && part.endsWith("\\") && complete[0]) {
                line.append(part, 0, part.length() - 1);
                continue;
            }
            line.append(part);
            break;
        }
        String text = line.toString();
        if (!raw) {
            text = text.replaceAll("\\\\(.)", "$1");
        }
        if (names.isEmpty()) {
            st.setVar("REPLY", text);
            return complete[0] ? 0 : 1;
        }
        String ifs = st.var("IFS") == null ? " \t\n" : st.var("IFS");
        String rest = stripIfsWhite(text, ifs, true);
        for (int k = 0; k < names.size(); k++) {
            if (k == names.size() - 1) {
                st.setVar(names.get(k), stripIfsWhite(rest, ifs, false));
                break;
            }
            int end = 0;
            while (end < rest.length() && ifs.indexOf(rest.charAt(end)) < 0) {
                end++;
            }
            st.setVar(names.get(k), rest.substring(0, end));
            rest = end < rest.length() ? stripIfsWhite(rest.substring(end + 1), ifs, true) : "";
        }
        return complete[0] ? 0 : 1;
    }

    private static String stripIfsWhite(String s, String ifs, boolean leading) {
        int a = 0;
        int b = s.length();
        while (leading && a < b && " \t\n".indexOf(s.charAt(a)) >= 0 && ifs.indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (!leading && b > a && " \t\n".indexOf(s.charAt(b - 1)) >= 0 && ifs.indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        return s.substring(a, b);
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

    private int alias(List<String> args, Output out, ShellState st) {
        if (args.size() == 1 || args.size() == 2 && args.get(1).equals("-p")) {
            st.aliases().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> out.outLine("alias " + e.getKey() + "=" + aliasQuote(e.getValue())));
            return 0;
        }
        int status = 0;
        for (String a : args.subList(1, args.size())) {
            int eq = a.indexOf('=');
            if (eq > 0) {
                st.aliases().put(a.substring(0, eq), a.substring(eq + 1));
            } else if (st.aliases().containsKey(a)) {
                out.outLine("alias " + a + "=" + aliasQuote(st.aliases().get(a)));
            } else {
                out.errLine(shell.name + ": alias: " + a + ": not found");
                status = 1;
            }
        }
        return status;
    }

    private static String aliasQuote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }

    private int unalias(List<String> args, Output out, ShellState st) {
        if (args.size() == 1) {
            out.errLine("unalias: usage: unalias [-a] name [name ...]");
            return 2;
        }
        int status = 0;
        for (String a : args.subList(1, args.size())) {
            if (a.equals("-a")) {
                st.aliases().clear();
            } else if (st.aliases().remove(a) == null) {
                out.errLine(shell.name + ": unalias: " + a + ": not found");
                status = 1;
            }
        }
        return status;
    }

    private int type(List<String> args, Output out, ShellState st) {
        boolean terse = false;
        int status = 0;
        for (String a : args.subList(1, args.size())) {
            if (a.equals("-t")) {
                terse = true;
                continue;
            }
            String kind = describe(a, st);
            if (kind == null) {
                if (!terse) {
                    out.errLine(shell.name + ": type: " + a + ": not found");
                }
                status = 1;
                continue;
            }
            if (terse) {
                out.outLine(kind.startsWith("/") || kind.startsWith(".") ? "file" : kind);
            } else if (kind.equals("alias")) {
                out.outLine(a + " is aliased to `" + st.aliases().get(a) + "'");
            } else if (kind.equals("keyword")) {
                out.outLine(a + " is a shell keyword");
            } else if (kind.equals("function")) {
                out.outLine(a + " is a function");
                out.stdout(Printer.print(st.functions().get(a)) + "\n");
            } else if (kind.equals("builtin")) {
                out.outLine(a + " is a shell builtin");
            } else {
                out.outLine(a + " is " + kind);
            }
        }
        return status;
    }

    /** alias, keyword, function, builtin, a path, or null. */
    private String describe(String name, ShellState st) {
        if (st.aliases().containsKey(name)) {
            return "alias";
        }
        if (KEYWORDS.contains(name)) {
            return "keyword";
        }
        if (st.functions().containsKey(name)) {
            return "function";
        }
        if (has(name)) {
            return "builtin";
        }
        return shell.pathOf(name, st).orElse(null);
    }

    private int command(List<String> args, Shell.Ctx ctx) {
        int i = 1;
        boolean v = false;
        boolean bigV = false;
        while (i < args.size() && args.get(i).startsWith("-") && args.get(i).length() > 1) {
            String a = args.get(i++);
            if (a.equals("--")) {
                break;
            }
            v |= a.contains("v");
            bigV |= a.contains("V");
        }
        if (i >= args.size()) {
            return 0;
        }
        List<String> rest = args.subList(i, args.size());
        if (v || bigV) {
            int status = 0;
            for (String name : rest) {
                String kind = describe(name, ctx.st());
                if (kind == null) {
                    if (bigV) {
                        ctx.out().errLine(shell.name + ": command: " + name + ": not found");
                    }
                    status = 1;
                } else if (v) {
                    ctx.out().outLine(kind.equals("alias") ? "alias " + name + "=" + aliasQuote(ctx.st().aliases()
                            .get(name)) : kind.startsWith("/") || kind.startsWith(".") ? kind : name);
                } else {
                    type(List.of("type", name), ctx.out(), ctx.st());
                }
            }
            return status;
        }
        return shell.command(new ArrayList<>(rest), ctx, false);
    }
}
