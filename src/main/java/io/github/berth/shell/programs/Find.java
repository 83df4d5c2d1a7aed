package io.github.berth.shell.programs;

import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import io.github.berth.shell.Output;
import io.github.berth.shell.PathWalk;
import io.github.berth.shell.Program;
import io.github.berth.shell.ShellState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GNU {@code find [PATH...] [EXPRESSION]}: {@code -name}, {@code -iname}, {@code -path},
 * {@code -ipath}, {@code -type f|d|l}, {@code -empty}, {@code -maxdepth}, {@code -mindepth},
 * {@code !}/{@code -not}, {@code -a}, {@code -o}, parentheses, and the actions {@code -print},
 * {@code -print0}, {@code -delete}, {@code -exec CMD {} ;}. Symbolic links are not followed
 * (-P). A directory's entries come in name order: a real find gives them in the order the
 * filesystem stores them, which differs from disk to disk, so scripts that care sort.
 */
final class Find extends Tool {
    private final Exec exec;

    Find(Exec exec) {
        this.exec = exec;
    }

    /** A parsed expression. */
    private sealed interface Expr permits Test, Not, And, Or {}

    private record Test(String name, String arg, List<String> command) implements Expr {}

    private record Not(Expr inner) implements Expr {}

    private record And(Expr left, Expr right) implements Expr {}

    private record Or(Expr left, Expr right) implements Expr {}

    /** What one run carries while walking. */
    private final class Walk {
        final ShellState state;
        final Output out;
        int maxDepth = Integer.MAX_VALUE;
        int minDepth = 0;
        int status = 0;
        boolean depthFirst;
        List<String> args;
        int pos;
        String error;

        Walk(ShellState state, Output out) {
            this.state = state;
            this.out = out;
        }
    }

    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        int i = 1;
        List<String> starts = new ArrayList<>();
        while (i < args.size() && !isExpressionStart(args.get(i))) {
            starts.add(args.get(i++));
        }
        if (starts.isEmpty()) {
            starts.add(".");
        }
        Walk w = new Walk(state, out);
        w.args = args;
        w.pos = i;
        Expr expr = null;
        if (w.pos < args.size()) {
            expr = or(w);
            if (w.error == null && w.pos < args.size()) {
                w.error = args.get(w.pos).equals(")") ? "find: invalid expression; you have too many ')'"
                        : "find: paths must precede expression: `" + args.get(w.pos) + "'";
            }
        }
        if (w.error != null) {
            out.errLine(w.error);
            return 1;
        }
        if (expr == null || !hasAction(expr)) {
            Test print = new Test("-print", null, null);
            expr = expr == null ? print : new And(expr, print);
        }
        for (String start : starts) {
            PathWalk walk = PathWalk.walk(state, start);
            if (walk.node() == null) {
                out.errLine("find: " + Quote.always(start) + ": " + walk.problem());
                w.status = 1;
                continue;
            }
            Node node = state.fs().lookupNoFollow(absolute(state, start)).orElse(walk.node());
            visit(w, expr, start, absolute(state, start), node, 0);
        }
        return w.status;
    }

    private static boolean isExpressionStart(String arg) {
        return (arg.startsWith("-") && arg.length() > 1) || arg.equals("!") || arg.equals("(") || arg.equals(")");
    }

    private static boolean hasAction(Expr e) {
        if (e instanceof Test t) {
            return List.of("-print", "-print0", "-delete", "-exec", "-execdir", "-ok").contains(t.name());
        }
        if (e instanceof Not n) {
            return hasAction(n.inner());
        }
        if (e instanceof And a) {
            return hasAction(a.left()) || hasAction(a.right());
        }
        Or o = (Or) e;
        return hasAction(o.left()) || hasAction(o.right());
    }

    private void visit(Walk w, Expr expr, String shown, String absolute, Node node, int depth) {
        if (!w.depthFirst && depth >= w.minDepth && depth <= w.maxDepth) {
            eval(w, expr, shown, absolute, node);
        }
        if (node instanceof Node.Dir dir && depth < w.maxDepth) {
            if (Access.readProblem(w.state, absolute) != null) {
                w.out.errLine("find: " + Quote.always(shown) + ": " + Access.DENIED);
                w.status = 1;
            } else {
                for (Map.Entry<String, Node> child : new ArrayList<>(dir.children().entrySet())) {
                    String childShown = shown.endsWith("/") ? shown + child.getKey() : shown + "/" + child.getKey();
                    visit(w, expr, childShown, VPath.resolve(absolute, child.getKey()), child.getValue(), depth + 1);
                }
            }
        }
        if (w.depthFirst && depth >= w.minDepth && depth <= w.maxDepth) {
            eval(w, expr, shown, absolute, node);
        }
    }

    private boolean eval(Walk w, Expr e, String shown, String absolute, Node node) {
        if (e instanceof Not n) {
            return !eval(w, n.inner(), shown, absolute, node);
        }
        if (e instanceof And a) {
            return eval(w, a.left(), shown, absolute, node) && eval(w, a.right(), shown, absolute, node);
        }
        if (e instanceof Or o) {
            return eval(w, o.left(), shown, absolute, node) || eval(w, o.right(), shown, absolute, node);
        }
        Test t = (Test) e;
        String base = shown.equals("/") ? "/" : Names.basename(shown, null);
        switch (t.name()) {
            case "-name":
                return Glob.matches(t.arg(), base, false);
            case "-iname":
                return Glob.matches(t.arg(), base, true);
            case "-path", "-wholename":
                return Glob.matches(t.arg(), shown, false);
            case "-ipath", "-iwholename":
                return Glob.matches(t.arg(), shown, true);
            case "-type":
                return t.arg().equals(node instanceof Node.Dir ? "d" : node instanceof Node.Symlink ? "l" : "f");
            case "-empty":
                return node instanceof Node.Dir d ? d.children().isEmpty()
                        : node instanceof Node.File f && f.content().length == 0;
            case "-print":
                w.out.outLine(shown);
                return true;
            case "-print0":
                w.out.stdout(shown + "\0");
                return true;
            case "-delete":
                if (node instanceof Node.Dir d && !d.children().isEmpty()) {
                    w.out.errLine("find: cannot delete " + Quote.always(shown) + ": Directory not empty");
                    w.status = 1;
                    return false;
                }
                if (!absolute.equals("/") && !shown.equals(".")) {
                    Node parent = w.state.fs().lookup(VPath.parent(absolute)).orElse(null);
                    if (parent instanceof Node.Dir p) {
                        p.children().remove(VPath.name(absolute));
                    }
                }
                return true;
            case "-exec", "-execdir", "-ok":
                return runCommand(w, t.command(), shown);
            default:
                return true; // -true, -maxdepth, -mindepth, -depth: options, always true
        }
    }

    private boolean runCommand(Walk w, List<String> command, String shown) {
        List<String> argv = new ArrayList<>();
        for (String word : command) {
            argv.add(word.replace("{}", shown));
        }
        Optional<Program> program = exec.program(w.state, argv.get(0));
        if (program.isEmpty()) {
            w.out.errLine("find: " + Quote.always(argv.get(0)) + ": No such file or directory");
            w.status = 1;
            return false;
        }
        return program.get().run(argv, "", w.out, w.state) == 0;
    }

    private Expr or(Walk w) {
        Expr left = and(w);
        while (left != null && w.pos < w.args.size() && (w.args.get(w.pos).equals("-o") || w.args.get(w.pos).equals("-or"))) {
            w.pos++;
            Expr right = and(w);
            if (right == null) {
                if (w.error == null) {
                    w.error = "find: expected an expression after '-o'";
                }
                return null;
            }
            left = new Or(left, right);
        }
        return left;
    }

    private Expr and(Walk w) {
        Expr left = unary(w);
        while (left != null && w.pos < w.args.size()) {
            String next = w.args.get(w.pos);
            if (next.equals("-o") || next.equals("-or") || next.equals(")")) {
                break;
            }
            if (next.equals("-a") || next.equals("-and")) {
                w.pos++;
            }
            Expr right = unary(w);
            if (right == null) {
                return null;
            }
            left = new And(left, right);
        }
        return left;
    }

    private Expr unary(Walk w) {
        if (w.error != null || w.pos >= w.args.size()) {
            return null;
        }
        String arg = w.args.get(w.pos++);
        if (arg.equals("!") || arg.equals("-not")) {
            Expr inner = unary(w);
            return inner == null ? null : new Not(inner);
        }
        if (arg.equals("(")) {
            Expr inner = or(w);
            if (inner == null) {
                if (w.error == null) {
                    w.error = "find: invalid expression; empty parentheses are not allowed.";
                }
                return null;
            }
            if (w.pos >= w.args.size() || !w.args.get(w.pos).equals(")")) {
                w.error = "find: invalid expression; I was expecting to find a ')' somewhere but did not see one.";
                return null;
            }
            w.pos++;
            return inner;
        }
        switch (arg) {
            case "-print", "-print0", "-delete", "-true", "-empty", "-depth" -> {
                if (arg.equals("-delete") || arg.equals("-depth")) {
                    w.depthFirst = true;
                }
                return new Test(arg, null, null);
            }
            case "-false" -> {
                return new Not(new Test("-true", null, null));
            }
            case "-name", "-iname", "-path", "-wholename", "-ipath", "-iwholename", "-type", "-maxdepth",
                 "-mindepth" -> {
                if (w.pos >= w.args.size()) {
                    w.error = "find: missing argument to `" + arg + "'";
                    return null;
                }
                String value = w.args.get(w.pos++);
                if (arg.equals("-type") && !List.of("f", "d", "l").contains(value)) {
                    w.error = "find: Unknown argument to -type: " + value;
                    return null;
                }
                if (arg.endsWith("depth")) {
                    if (!value.matches("\\d+")) {
                        w.error = "find: Expected a positive decimal integer argument to " + arg + ", but got "
                                + Quote.always(value);
                        return null;
                    }
                    if (arg.equals("-maxdepth")) {
                        w.maxDepth = Integer.parseInt(value);
                    } else {
                        w.minDepth = Integer.parseInt(value);
                    }
                }
                return new Test(arg, value, null);
            }
            case "-exec", "-execdir", "-ok" -> {
                List<String> command = new ArrayList<>();
                while (w.pos < w.args.size() && !w.args.get(w.pos).equals(";")
                        && !(w.args.get(w.pos).equals("+") && !command.isEmpty()
                        && command.get(command.size() - 1).equals("{}"))) {
                    command.add(w.args.get(w.pos++));
                }
                if (w.pos >= w.args.size() || command.isEmpty()) {
                    w.error = "find: missing argument to `" + arg + "'";
                    return null;
                }
                w.pos++;
                return new Test("-exec", null, command);
            }
            default -> {
                w.error = arg.startsWith("-") ? "find: unknown predicate `" + arg + "'"
                        : "find: paths must precede expression: `" + arg + "'";
                return null;
            }
        }
    }
}
