package io.github.berth.shell;

import io.github.berth.fs.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * {@code test}, {@code [} and {@code [[ … ]]}: POSIX's rules by number of arguments, then
 * {@code -a}/{@code -o} precedence; bash's messages ({@code [: missing `]'}, {@code integer
 * expression expected}) with status 2.
 */
final class TestBuiltin {
    private static final Set<String> UNARY = Set.of("-n", "-z", "-e", "-f", "-d", "-s", "-r", "-w", "-x", "-L", "-h",
            "-a", "-b", "-c", "-p", "-S", "-g", "-u", "-k", "-O", "-G", "-N", "-t", "-v");
    private static final Set<String> BINARY = Set.of("=", "==", "!=", "<", ">", "-eq", "-ne", "-lt", "-le", "-gt",
            "-ge", "-nt", "-ot", "-ef");

    /** A usage error: the message after "NAME: ", status 2. */
    private static final class Bad extends RuntimeException {
        Bad(String message) {
            super(message, null, false, false);
        }
    }

    private final List<String> args;
    private final List<Word> words; // for [[ ]]: the words, so that the right of == is a pattern
    private final Expander ex;
    private final ShellState st;
    private int i;

    private TestBuiltin(List<String> args, List<Word> words, Expander ex, ShellState st) {
        this.args = args;
        this.words = words;
        this.ex = ex;
        this.st = st;
    }

    static int run(String sh, boolean ash, List<String> argv, Output out, ShellState st) {
        String name = argv.get(0);
        List<String> args = argv.subList(1, argv.size());
        if (name.equals("[")) {
            if (args.isEmpty() || !args.get(args.size() - 1).equals("]")) {
                out.errLine(sh + ": [: missing `]'");
                return 2;
            }
            args = args.subList(0, args.size() - 1);
        }
        try {
            return new TestBuiltin(args, null, null, st).posix() ? 0 : 1;
        } catch (Bad e) {
            String m = e.getMessage();
            if (ash && m.endsWith(": integer expression expected")) {
                // busybox test: "%s: bad number", without the command's name
                out.errLine(sh + ": " + m.substring(0, m.length() - ": integer expression expected".length()) + ": bad number");
            } else {
                out.errLine(sh + ": " + name + ": " + m);
            }
            return 2;
        }
    }

    static int cond(Shell shell, List<Word> words, Shell.Ctx ctx) {
        Expander ex = shell.expander(ctx);
        List<String> args = new ArrayList<>();
        for (Word w : words) {
            String plain = w.plainText();
            args.add(plain != null && Set.of("&&", "||", "(", ")", "!").contains(plain) ? plain : null);
        }
        TestBuiltin t = new TestBuiltin(args, words, ex, ctx.st());
        try {
            boolean result = t.or();
            if (t.i < args.size()) {
                throw new Bad("syntax error in conditional expression");
            }
            return result ? 0 : 1;
        } catch (Bad e) {
            ctx.out().errLine(shell.name + ": " + e.getMessage());
            return 2;
        }
    }

    /** The argument at {@code k}: for [[ ]], its expansion (operators stay as they are). */
    private String arg(int k) {
        if (words == null) {
            return args.get(k);
        }
        String op = args.get(k);
        if (op != null) {
            return op;
        }
        String plain = words.get(k).plainText();
        if (plain != null && (UNARY.contains(plain) || BINARY.contains(plain) || plain.equals("=~"))) {
            return plain;
        }
        return ex.string(words.get(k));
    }

    private boolean posix() {
        int n = args.size();
        switch (n) {
            case 0:
                return false;
            case 1:
                return !args.get(0).isEmpty();
            case 2:
                if (args.get(0).equals("!")) {
                    return args.get(1).isEmpty();
                }
                if (UNARY.contains(args.get(0))) {
                    return unary(args.get(0), args.get(1));
                }
                throw new Bad(args.get(0) + ": unary operator expected");
            case 3:
                if (BINARY.contains(args.get(1))) {
                    return binary(args.get(0), args.get(1), args.get(2));
                }
                if (args.get(1).equals("-a") || args.get(1).equals("-o")) {
                    break;
                }
                if (args.get(0).equals("!")) {
                    i = 1;
                    return !twoArgs();
                }
                if (args.get(0).equals("(") && args.get(2).equals(")")) {
                    return !args.get(1).isEmpty();
                }
                throw new Bad(args.get(1) + ": binary operator expected");
            case 4:
                if (args.get(0).equals("!")) {
                    return !new TestBuiltin(args.subList(1, 4), null, null, st).posix();
                }
                if (args.get(0).equals("(") && args.get(3).equals(")")) {
                    return new TestBuiltin(args.subList(1, 3), null, null, st).posix();
                }
                break;
            default:
                break;
        }
        boolean result = or();
        if (i < args.size()) {
            throw new Bad("too many arguments");
        }
        return result;
    }

    private boolean twoArgs() {
        return new TestBuiltin(args.subList(i, args.size()), null, null, st).posix();
    }

    private boolean isOp(String op) {
        return i < args.size() && op.equals(words == null ? args.get(i) : args.get(i));
    }

    private boolean or() {
        boolean v = and();
        while (isOp(words == null ? "-o" : "||")) {
            i++;
            boolean r = and();
            v = v || r;
        }
        return v;
    }

    private boolean and() {
        boolean v = not();
        while (isOp(words == null ? "-a" : "&&")) {
            i++;
            boolean r = not();
            v = v && r;
        }
        return v;
    }

    private boolean not() {
        if (isOp("!")) {
            i++;
            return !not();
        }
        return primary();
    }

    private boolean primary() {
        if (i >= args.size()) {
            throw new Bad(words == null ? "argument expected" : "unexpected argument to conditional expression");
        }
        if (isOp("(")) {
            i++;
            boolean v = or();
            if (!isOp(")")) {
                throw new Bad(words == null ? "`)' expected" : "syntax error in conditional expression");
            }
            i++;
            return v;
        }
        String first = arg(i);
        if (i + 2 < args.size()) {
            String op = arg(i + 1);
            if (BINARY.contains(op) || words != null && op.equals("=~")) {
                i += 3;
                if (words != null && (op.equals("==") || op.equals("=") || op.equals("!="))) {
                    boolean m = Glob.matches(ex.pattern(words.get(i - 1)), first);
                    return op.equals("!=") != m;
                }
                if (op.equals("=~")) {
                    try {
                        java.util.regex.Matcher m = java.util.regex.Pattern.compile(arg(i - 1)).matcher(first);
                        boolean found = m.find();
                        List<Assigner.Element> groups = new java.util.ArrayList<>();
                        for (int g = 0; found && g <= m.groupCount(); g++) { // BASH_REMATCH: the match, then each group
                            groups.add(new Assigner.Element(null, m.group(g) == null ? "" : m.group(g), false));
                        }
                        Assigner.array(st, "BASH_REMATCH", groups, false);
                        return found;
                    } catch (PatternSyntaxException e) {
                        return false;
                    }
                }
                return binary(first, op, arg(i - 1));
            }
        }
        if (UNARY.contains(first) && i + 1 < args.size()) {
            i += 2;
            return unary(first, arg(i - 1));
        }
        i++;
        return !first.isEmpty();
    }

    private boolean unary(String op, String operand) {
        switch (op) {
            case "-n":
                return !operand.isEmpty();
            case "-z":
                return operand.isEmpty();
            case "-v":
                return st.var(operand) != null;
            case "-t":
                return false;
            default:
                break;
        }
        if (operand.isEmpty()) {
            return false;
        }
        PathWalk walk = PathWalk.walk(st, operand);
        Node node = walk.node();
        if (PathWalk.isDevNull(st, operand)) {
            return op.equals("-e") || op.equals("-a") || op.equals("-r") || op.equals("-w") || op.equals("-c");
        }
        switch (op) {
            case "-e":
            case "-a":
            case "-r":
            case "-w":
                return node != null;
            case "-f":
                return node instanceof Node.File;
            case "-d":
                return node instanceof Node.Dir;
            case "-s":
                return node instanceof Node.File f ? f.content().length > 0 : node != null;
            case "-x":
                return node instanceof Node.Dir || node instanceof Node.File f && f.executable();
            default:
                return false;
        }
    }

    private boolean binary(String a, String op, String b) {
        switch (op) {
            case "=":
            case "==":
                return a.equals(b);
            case "!=":
                return !a.equals(b);
            case "<":
                return a.compareTo(b) < 0;
            case ">":
                return a.compareTo(b) > 0;
            case "-nt":
            case "-ot":
            case "-ef":
                return false;
            default:
                long x = integer(a);
                long y = integer(b);
                return switch (op) {
                    case "-eq" -> x == y;
                    case "-ne" -> x != y;
                    case "-lt" -> x < y;
                    case "-le" -> x <= y;
                    case "-gt" -> x > y;
                    default -> x >= y;
                };
        }
    }

    private long integer(String s) {
        if (words != null) {
            return Arith.eval(s, st);
        }
        Long v = Builtins.number(s);
        if (v == null) {
            throw new Bad(s + ": integer expression expected");
        }
        return v;
    }
}
