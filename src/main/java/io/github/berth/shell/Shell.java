package io.github.berth.shell;

import io.github.berth.fs.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one shell berth runs: parses input into a tree ({@link Parser}) one complete command at a
 * time and runs it, with builtins, functions and simulated programs looked up on {@code $PATH} in
 * the filesystem. Messages follow bash's wording; {@code name} is the shell's name in them.
 */
public final class Shell {
    /** What one input did: its status, and whether it asked the shell to exit. */
    public record Outcome(int status, boolean exitRequested) {}

    /** The result of asking whether some input is complete enough to run. */
    public enum Completeness { COMPLETE, NEEDS_MORE }

    /**
     * Whose wording the shell's own messages follow. bash says {@code bash: foo: command not
     * found}; busybox's ash (the {@code sh} of alpine and busybox images) says {@code sh: foo: not
     * found}. Other messages follow bash for now.
     */
    public enum Dialect {
        BASH("command not found"), ASH("not found");

        private final String notFound;

        Dialect(String notFound) {
            this.notFound = notFound;
        }
    }

    /** Where a command runs: its shell state, standard input and output, and whether its status is tested. */
    record Ctx(ShellState st, Input in, Output out, boolean condition) {
        Ctx tested() {
            return condition ? this : new Ctx(st, in, out, true);
        }

        Ctx with(Input newIn, Output newOut) {
            return new Ctx(st, newIn, newOut, condition);
        }
    }

    static final int LOOP_LIMIT = 100_000;
    static final int FUNCTION_NESTING_LIMIT = 1000;

    final String name;
    final Dialect dialect;
    private final ShellState state;
    final Map<String, Program> programs;
    private final Builtins builtins = new Builtins(this);
    int loopDepth;
    private int functionDepth;
    private int rounds;

    public Shell(String name, ShellState state, Map<String, Program> programs) {
        this(name, Dialect.BASH, state, programs);
    }

    public Shell(String name, Dialect dialect, ShellState state, Map<String, Program> programs) {
        this.name = name;
        this.dialect = dialect;
        this.state = state;
        this.programs = Map.copyOf(programs);
        state.arg0(name);
    }

    public ShellState state() {
        return state;
    }

    /**
     * Whether {@code input} ends inside a quote, a compound command, a here-document or after an
     * operator that needs a command after it. Input with a syntax error is complete: running it
     * shows the error.
     */
    public static Completeness completeness(String input) {
        Parser parser = Parser.of(input);
        while (true) {
            Parser.Result r = parser.next("bash");
            if (r instanceof Parser.Error e) {
                return e.incomplete() ? Completeness.NEEDS_MORE : Completeness.COMPLETE;
            }
            if (r instanceof Parser.End) {
                return parser.wantsMore() ? Completeness.NEEDS_MORE : Completeness.COMPLETE;
            }
        }
    }

    /**
     * Runs {@code input} one complete command at a time, as bash does: a command is parsed whole
     * before any of it runs, so a syntax error in it runs nothing of it, but those before it have run.
     */
    public Outcome run(String input, Output out) {
        rounds = 0;
        return script(input, new Ctx(state, Input.EMPTY, out, false), false);
    }

    /** Runs text as this shell's commands ({@code eval}, {@code source}, {@code sh -c}); exit ends it when {@code top}. */
    Outcome script(String input, Ctx ctx, boolean nested) {
        Parser parser = Parser.of(input);
        int status = ctx.st().lastStatus();
        int warned = 0;
        while (true) {
            Parser.Result r = parser.next(name);
            for (; warned < parser.warnings().size(); warned++) {
                ctx.out().errLine(name + ": " + parser.warnings().get(warned));
            }
            if (r instanceof Parser.End) {
                break;
            }
            if (r instanceof Parser.Error e) {
                ctx.out().errLine(e.message());
                ctx.st().lastStatus(2);
                return new Outcome(2, false);
            }
            Ast ast = ((Parser.Command) r).ast();
            try {
                status = exec(ast, ctx);
            } catch (Signal.Exit e) {
                ctx.st().lastStatus(e.status);
                return new Outcome(e.status, true);
            } catch (Signal.Abandon e) {
                status = e.status;
            } catch (Expander.Failure e) {
                ctx.out().errLine(name + ": " + e.getMessage());
                status = e.status;
            } catch (Signal.Return | Signal.Loop e) {
                if (nested) {
                    throw e;
                }
                status = e.status;
            }
            ctx.st().lastStatus(status);
        }
        ctx.st().lastStatus(status);
        return new Outcome(status, false);
    }

    int exec(Ast ast, Ctx ctx) {
        if (ast instanceof Ast.Simple s) {
            return checked(simple(s, ctx), ctx);
        }
        if (ast instanceof Ast.Sequence s) {
            int status = ctx.st().lastStatus();
            for (Ast item : s.items()) {
                status = exec(item, ctx);
                ctx.st().lastStatus(status);
            }
            return status;
        }
        if (ast instanceof Ast.AndOr a) {
            int status = exec(a.items().get(0), ctx.tested());
            for (int i = 1; i < a.items().size(); i++) {
                ctx.st().lastStatus(status);
                String op = a.ops().get(i - 1);
                if (op.equals("&&") != (status == 0)) {
                    continue; // after "a && b || c" a skipped b keeps a's status, as in bash
                }
                status = exec(a.items().get(i), i == a.items().size() - 1 ? ctx : ctx.tested());
            }
            return status;
        }
        if (ast instanceof Ast.Pipeline p) {
            return pipeline(p, ctx);
        }
        if (ast instanceof Ast.Subshell s) {
            return checked(subshell(s.body(), ctx), ctx);
        }
        if (ast instanceof Ast.Group g) {
            return exec(g.body(), ctx);
        }
        if (ast instanceof Ast.If f) {
            for (int i = 0; i < f.conditions().size(); i++) {
                if (exec(f.conditions().get(i), ctx.tested()) == 0) {
                    return exec(f.bodies().get(i), ctx);
                }
            }
            return f.otherwise() == null ? 0 : exec(f.otherwise(), ctx);
        }
        if (ast instanceof Ast.For f) {
            return forLoop(f, ctx);
        }
        if (ast instanceof Ast.Loop l) {
            return loop(l, ctx);
        }
        if (ast instanceof Ast.Case c) {
            return caseCommand(c, ctx);
        }
        if (ast instanceof Ast.FunctionDef f) {
            ctx.st().functions().put(f.name(), f);
            return 0;
        }
        if (ast instanceof Ast.Redirected r) {
            Redirections.Streams streams = Redirections.apply(this, r.redirs(), ctx);
            if (streams == null) {
                return 1;
            }
            return exec(r.command(), ctx.with(streams.stdin(), streams.output()));
        }
        if (ast instanceof Ast.Cond c) {
            return checked(TestBuiltin.cond(this, c.words(), ctx), ctx);
        }
        if (ast instanceof Ast.ArithCommand a) {
            return checked(expander(ctx).arith(a.expr()) != 0 ? 0 : 1, ctx);
        }
        throw new IllegalStateException("unknown node " + ast);
    }

    /** {@code set -e}: a failing command whose status nothing tests ends the shell. */
    private static int checked(int status, Ctx ctx) {
        if (status != 0 && ctx.st().errexit && !ctx.condition()) {
            throw new Signal.Exit(status);
        }
        return status;
    }

    Expander expander(Ctx ctx) {
        return new Expander(ctx.st(), (body, st) -> capture(body, st, ctx.out()));
    }

    /** A command substitution's output; its status becomes {@code $?}. */
    String capture(Ast body, ShellState st, Output out) {
        StringBuilder sb = new StringBuilder();
        int status = subshell(body, new Ctx(st, Input.EMPTY, Output.of(sb::append, out::stderr), false));
        st.lastStatus(status);
        return sb.toString();
    }

    private int subshell(Ast body, Ctx ctx) {
        ShellState sub = ctx.st().subshell();
        int savedLoops = loopDepth;
        try {
            return exec(body, new Ctx(sub, ctx.in(), ctx.out(), ctx.condition()));
        } catch (Signal.Exit e) {
            return e.status;
        } catch (Signal.Return | Signal.Loop e) {
            return e.status;
        } catch (Expander.Failure e) {
            ctx.out().errLine(name + ": " + e.getMessage());
            return e.status;
        } finally {
            loopDepth = savedLoops;
        }
    }

    /**
     * Runs the stages one after the other, each in a subshell (as bash does without lastpipe), the
     * whole standard output of one being the standard input of the next; the status is the last's.
     */
    private int pipeline(Ast.Pipeline p, Ctx ctx) {
        Ctx inner = p.bang() ? ctx.tested() : ctx;
        int status;
        if (p.stages().size() == 1) {
            status = exec(p.stages().get(0), inner);
        } else {
            Input input = ctx.in();
            status = 0;
            for (int i = 0; i < p.stages().size(); i++) {
                boolean last = i == p.stages().size() - 1;
                StringBuilder pipe = new StringBuilder();
                Output stageOut;
                if (last) {
                    stageOut = ctx.out();
                } else if (p.stderrToo().get(i)) {
                    stageOut = Output.of(pipe::append, pipe::append);
                } else {
                    stageOut = Output.of(pipe::append, ctx.out()::stderr);
                }
                try {
                    status = subshell(p.stages().get(i), new Ctx(ctx.st(), input, stageOut, true));
                } catch (Signal.Abandon e) {
                    status = e.status;
                }
                input = new Input(pipe.toString());
            }
            if (!p.bang()) {
                status = checked(status, ctx);
            }
        }
        return p.bang() ? (status == 0 ? 1 : 0) : status;
    }

    private void round(Ctx ctx) {
        if (++rounds > LOOP_LIMIT) {
            ctx.out().errLine("berth: stopped after " + LOOP_LIMIT + " rounds of loops: the sandbox shell has no Ctrl-C");
            throw new Signal.Abandon(130);
        }
    }

    private int forLoop(Ast.For f, Ctx ctx) {
        if (!isName(f.name())) {
            ctx.out().errLine(name + ": `" + f.name() + "': not a valid identifier");
            return 1;
        }
        List<String> items = f.words() == null ? List.copyOf(ctx.st().positional()) : expander(ctx).fields(f.words());
        int status = 0;
        loopDepth++;
        try {
            for (String item : items) {
                round(ctx);
                ctx.st().setVar(f.name(), item);
                try {
                    status = exec(f.body(), ctx);
                } catch (Signal.Loop l) {
                    status = 0;
                    if (l.levels > 1) {
                        throw new Signal.Loop(l.levels - 1, l.next);
                    }
                    if (!l.next) {
                        break;
                    }
                }
            }
        } finally {
            loopDepth--;
        }
        return status;
    }

    private int loop(Ast.Loop l, Ctx ctx) {
        int status = 0;
        loopDepth++;
        try {
            while (true) {
                round(ctx);
                try {
                    int test = exec(l.condition(), ctx.tested());
                    if (l.until() == (test == 0)) {
                        break;
                    }
                    status = exec(l.body(), ctx);
                } catch (Signal.Loop signal) {
                    status = 0;
                    if (signal.levels > 1) {
                        throw new Signal.Loop(signal.levels - 1, signal.next);
                    }
                    if (!signal.next) {
                        break;
                    }
                }
            }
        } finally {
            loopDepth--;
        }
        return status;
    }

    private int caseCommand(Ast.Case c, Ctx ctx) {
        Expander ex = expander(ctx);
        String subject = ex.string(c.subject());
        int status = 0;
        boolean fallThrough = false;
        for (Ast.CaseItem item : c.items()) {
            boolean match = fallThrough;
            for (int i = 0; !match && i < item.patterns().size(); i++) {
                match = Glob.matches(ex.pattern(item.patterns().get(i)), subject);
            }
            if (!match) {
                continue;
            }
            status = item.body() == null ? 0 : exec(item.body(), ctx);
            if (item.terminator().equals(";;")) {
                return status;
            }
            fallThrough = item.terminator().equals(";&");
        }
        return status;
    }

    static boolean isName(String s) {
        if (s.isEmpty() || !Lexer.isNameStart(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Lexer.isNameStart(c) && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private int simple(Ast.Simple s, Ctx ctx) {
        ShellState st = ctx.st();
        Expander ex = expander(ctx);
        List<String> args = ex.fields(s.words());
        if (!args.isEmpty() && st.aliases().containsKey(args.get(0)) && !s.words().isEmpty()
                && s.words().get(0).plainText() != null && dialect == Dialect.BASH && aliasDepth < 10) {
            return alias(s, ctx);
        }
        if (args.isEmpty()) {
            ex.substitutionStatus = -1;
            Map<String, String> values = new java.util.LinkedHashMap<>();
            for (Ast.Assign a : s.assigns()) {
                String value = assignValue(a, ex, st);
                st.setVar(a.name(), value);
                values.put(a.name(), value);
            }
            trace(ctx, values, List.of());
            Redirections.Streams streams = Redirections.apply(this, s.redirs(), ctx);
            if (streams == null) {
                return 1;
            }
            return ex.substitutionStatus >= 0 ? ex.substitutionStatus : 0;
        }
        Map<String, String> saved = new HashMap<>();
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (Ast.Assign a : s.assigns()) {
            values.put(a.name(), assignValue(a, ex, st));
        }
        trace(ctx, values, args);
        Redirections.Streams streams = Redirections.apply(this, s.redirs(), ctx);
        if (streams == null) {
            return 1;
        }
        Ctx inner = ctx.with(streams.stdin(), streams.output());
        List<String> unexported = new ArrayList<>();
        values.forEach((k, v) -> {
            saved.put(k, st.var(k));
            if (!st.isExported(k)) {
                unexported.add(k);
                st.export(k);
            }
            st.setVar(k, v);
        });
        try {
            return command(args, inner, true);
        } finally {
            saved.forEach((k, v) -> {
                if (v == null) {
                    st.unsetVar(k);
                } else {
                    st.setVar(k, v);
                }
            });
            unexported.forEach(st::unexport);
        }
    }

    private int aliasDepth;

    private int alias(Ast.Simple s, Ctx ctx) {
        List<Word> rest = s.words().subList(1, s.words().size());
        String text = ctx.st().aliases().get(s.words().get(0).plainText()) + " "
                + Printer.print(new Ast.Simple(s.assigns(), rest, s.redirs()));
        aliasDepth++;
        try {
            Outcome o = script(text, ctx, true);
            if (o.exitRequested()) {
                throw new Signal.Exit(o.status());
            }
            return o.status();
        } finally {
            aliasDepth--;
        }
    }

    private static String assignValue(Ast.Assign a, Expander ex, ShellState st) {
        String value = ex.string(a.value());
        if (a.append()) {
            String old = st.var(a.name());
            value = (old == null ? "" : old) + value;
        }
        return value;
    }

    private void trace(Ctx ctx, Map<String, String> assigns, List<String> args) {
        if (!ctx.st().xtrace) {
            return;
        }
        assigns.forEach((k, v) -> ctx.out().errLine("+ " + k + "=" + quote(v)));
        if (!args.isEmpty()) {
            StringBuilder sb = new StringBuilder("+");
            args.forEach(a -> sb.append(' ').append(quote(a)));
            ctx.out().errLine(sb.toString());
        }
    }

    /** A word as {@code set -x} and {@code alias} show it: single-quoted when the shell would split or expand it. */
    static String quote(String s) {
        if (!s.isEmpty() && s.matches("[A-Za-z0-9_./=:,+@%^-]+")) {
            return s;
        }
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** Runs a command by name: a function, a builtin, or a program on $PATH ({@code functions}: look for functions). */
    int command(List<String> args, Ctx ctx, boolean functions) {
        String command = args.get(0);
        Ast.FunctionDef f = functions ? ctx.st().functions().get(command) : null;
        if (f != null) {
            return call(f, args, ctx);
        }
        if (builtins.has(command)) {
            return builtins.run(args, ctx);
        }
        return external(args, ctx);
    }

    private int call(Ast.FunctionDef f, List<String> args, Ctx ctx) {
        ShellState st = ctx.st();
        if (functionDepth >= FUNCTION_NESTING_LIMIT) {
            ctx.out().errLine(name + ": " + f.name() + ": maximum function nesting level exceeded ("
                    + FUNCTION_NESTING_LIMIT + ")");
            throw new Signal.Abandon(1);
        }
        List<String> savedParams = List.copyOf(st.positional());
        st.positional(args.subList(1, args.size()));
        st.pushLocals();
        functionDepth++;
        int savedLoops = loopDepth;
        loopDepth = 0;
        try {
            return exec(f.body(), ctx);
        } catch (Signal.Return r) {
            return r.status;
        } finally {
            loopDepth = savedLoops;
            functionDepth--;
            st.popLocals();
            st.positional(savedParams);
        }
    }

    /** Where a command would come from, for {@code type} and {@code command -v}: null when nowhere. */
    Optional<String> pathOf(String command, ShellState st) {
        if (command.contains("/")) {
            return ProgramLookup.find(st.fs(), st.cwd(), st.var("PATH"), command).map(f -> command);
        }
        for (String dir : (st.var("PATH") == null ? "" : st.var("PATH")).split(":", -1)) {
            String candidate = (dir.isEmpty() ? "." : dir) + "/" + command;
            if (ProgramLookup.find(st.fs(), st.cwd(), "", candidate).isPresent()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    boolean isBuiltin(String command) {
        return builtins.has(command);
    }

    private int external(List<String> args, Ctx ctx) {
        ShellState here = ctx.st();
        Output out = ctx.out();
        String command = args.get(0);
        Optional<Node.File> file;
        if (command.contains("/")) {
            // a path is executed as given, so bash reports why it cannot be, as execve does
            PathWalk walk = PathWalk.walk(here.fs(), here.cwd(), command);
            String problem = walk.problem() != null ? walk.problem()
                    : walk.node() instanceof Node.Dir ? "Is a directory"
                    : !((Node.File) walk.node()).executable() ? "Permission denied" : null;
            if (problem != null) {
                out.errLine(name + ": " + command + ": " + problem);
                return problem.equals(PathWalk.NO_SUCH_FILE) ? 127 : 126;
            }
            file = Optional.of((Node.File) walk.node());
        } else {
            file = ProgramLookup.find(here.fs(), here.cwd(), here.var("PATH"), command);
        }
        if (file.isEmpty()) {
            out.errLine(name + ": " + command + ": " + dialect.notFound);
            return 127;
        }
        Program program = programs.get(file.get().program());
        if (program == null) {
            out.errLine(name + ": " + command + ": cannot execute binary file: Exec format error");
            return 126;
        }
        String stdin = program instanceof StdinProgram ? ctx.in().takeRest() : ctx.in().rest();
        return program.run(args, stdin, out, here) & 0xff;
    }
}
