package io.github.berth.shell;

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
        BASH("command not found"), ASH("not found"),
        /** dash, the {@code sh} of debian and ubuntu images: ash's words, with the line after the name ({@code sh: 1: foo: not found}). */
        DASH("not found");

        final String notFound;

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
    /** bash has no limit unless FUNCNEST is set; berth's stack has one, so it behaves as with FUNCNEST=256. */
    static final int FUNCTION_NESTING_LIMIT = 256;

    final String name;
    final Dialect dialect;
    private final ShellState state;
    final Map<String, Program> programs;
    private final Builtins builtins = new Builtins(this);
    final Traps traps = new Traps(this);
    private final SimpleCommand simple = new SimpleCommand(this);
    /** The shell's standard output and error, which {@code exec >file} redirects for good. */
    private final ShellOutput top = new ShellOutput(Output.DISCARD);
    private final ControlFlow flow = new ControlFlow(this);
    private final Subshells subshells = new Subshells(this);
    int loopDepth;
    /** The learner's own prompt: {@code exec COMMAND} must not end berth's session. */
    boolean keepOnExec;
    /** Job control as in a terminal: job lines and notifications. */
    boolean interactive;
    final Jobs jobs = new Jobs(this);
    /** How many inputs {@link #run} has had: a job is reported after the line that follows it. */
    private int inputs;
    /** Running {@code sh -c}: busybox ash then puts {@code line 0:} in its builtins' messages. */
    boolean commandString;
    /** Running a script file with bash: {@code ./s.sh: line 2: foo: command not found}. */
    private boolean scriptFile;
    private int functionDepth;
    int rounds;

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

    /**
     * Makes this the learner's own prompt, an interactive bash in a terminal: background jobs are
     * reported ({@code [1] 4243}, {@code [1]+  Done …}), and {@code exec COMMAND} does not end berth's
     * session (see {@link ExecBuiltin}).
     */
    public void learnersPrompt() {
        this.keepOnExec = true;
        this.interactive = true;
    }

    /** Runs a command string ({@code bash -c SCRIPT}): {@code $-} shows {@code c}, ash's builtins say {@code line 0:}. */
    public void commandString() {
        commandString = true;
        if (dialect == Dialect.BASH) {
            state.extras.commandString = true;
        }
    }

    /** Runs a script file ({@code bash FILE}): bash's messages then name the file and the line. */
    public void scriptFile() {
        scriptFile = true;
    }

    /** busybox ash and dash, which share most of their messages and exit 2 on a shell error. */
    boolean ashLike() {
        return dialect != Dialect.BASH;
    }

    /**
     * The start of the shell's own messages: {@code bash: }, {@code sh: }, and for dash the line
     * as well ({@code sh: 1: }, dash's errorf in error.c prints "%s: %d: " with arg0 and the line), as
     * bash does for a script file ({@code ./s.sh: line 2: }).
     */
    String prefix() {
        int line = state.extras.lineOffset + state.extras.line;
        return dialect == Dialect.DASH ? name + ": " + line + ": "
                : scriptFile && dialect == Dialect.BASH ? name + ": line " + line + ": " : name + ": ";
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
        top.base = out;
        inputs++;
        Ctx ctx = new Ctx(state, Input.EMPTY, top, false);
        try {
            Outcome o = script(input, ctx, false);
            if (interactive) {
                jobs.notify(state, top, inputs);
            }
            return o.exitRequested() ? new Outcome(traps.exit(ctx, o.status()), true) : o;
        } catch (StackOverflowError e) {
            out.errLine(name + ": commands nested too deeply");
            state.lastStatus(1);
            return new Outcome(1, false);
        } finally {
            state.extras.lineOffset += lines(input);
            state.extras.line = 1;
        }
    }

    /**
     * Ends the shell as the end of its input does ({@code sh -c}, a script): runs the EXIT trap; the
     * shell's status, which the trap may change with {@code exit}.
     */
    public int finish(Output out) {
        top.base = out;
        return traps.exit(new Ctx(state, Input.EMPTY, top, false), state.lastStatus());
    }

    /** Runs a whole script as a non-interactive shell does: its commands, then the EXIT trap. */
    public int runToEnd(String input, Output out) {
        Outcome o = run(input, out);
        return o.exitRequested() ? o.status() : finish(out);
    }

    private static int lines(String input) {
        int n = 0;
        for (int i = 0; i < input.length(); i++) {
            if (input.charAt(i) == '\n') {
                n++;
            }
        }
        return n == 0 || !input.endsWith("\n") ? n + 1 : n;
    }

    /** Runs text as this shell's commands ({@code eval}, {@code source}, {@code sh -c}); exit ends it when {@code top}. */
    Outcome script(String input, Ctx ctx, boolean nested) {
        return script(input, ctx, nested, null);
    }

    /** {@code context}: what runs the text ({@code eval}), named in syntax errors. */
    Outcome script(String input, Ctx ctx, boolean nested, String context) {
        if (!nested) {
            return text(input, ctx, false, context);
        }
        nestedTexts++;
        try {
            return text(input, ctx, true, context);
        } finally {
            nestedTexts--;
        }
    }

    /** How many texts other than the shell's input run now (eval, source, traps): their lines are not $LINENO's. */
    private int nestedTexts;

    private Outcome text(String input, Ctx ctx, boolean nested, String context) {
        Parser parser = Parser.of(input);
        int status = ctx.st().lastStatus();
        int warned = 0;
        while (true) {
            Parser.Result r = parser.next(name, context, ashLike());
            for (; warned < parser.warnings().size(); warned++) {
                if (dialect == Dialect.BASH) { // ash takes the end of input as the end of the document, silently
                    ctx.out().errLine(name + ": " + parser.warnings().get(warned));
                }
            }
            if (r instanceof Parser.End) {
                break;
            }
            if (r instanceof Parser.Error e) {
                ctx.out().errLine(dialect == Dialect.DASH
                        ? SyntaxMessages.dash(e.message(), name, ctx.st().extras.lineOffset + parser.errorLine()) : e.message());
                ctx.st().lastStatus(2);
                return new Outcome(2, false);
            }
            Ast ast = ((Parser.Command) r).ast();
            if (!nested) {
                ctx.st().extras.line = parser.startLine;
            }
            try {
                status = exec(ast, ctx);
            } catch (Signal.Exit e) {
                ctx.st().lastStatus(e.status);
                return new Outcome(e.status, true);
            } catch (Signal.Abandon e) {
                status = e.status;
            } catch (Expander.Failure e) {
                status = failure(e, ctx);
                if (dialect == Dialect.BASH && status == 127 && ctx.st().errexit) {
                    status = 1; // bash -c 'set -eu; echo $U' exits 1, without -e 127
                }
                if (ashLike() && commandString) {
                    ctx.st().lastStatus(status);
                    return new Outcome(status, true); // a raised error ends a non-interactive ash
                }
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

    /** Reports an expansion error in the dialect's words; the status it leaves. */
    int failure(Expander.Failure e, Ctx ctx) {
        ctx.out().errLine(dialect == Dialect.DASH ? prefix() + (e.ash.startsWith("syntax error: bad substitution")
                ? "Bad substitution" : e.ash) : name + ": " + (ashLike() ? e.ash : e.getMessage()));
        return ashLike() ? 2 : e.status;
    }

    int exec(Ast ast, Ctx ctx) {
        int status = node(ast, ctx);
        ctx.st().lastStatus(status);
        return status;
    }

    private int node(Ast ast, Ctx ctx) {
        if (ast instanceof Ast.Simple s) {
            if (nestedTexts == 0 && s.line() > 0) {
                ctx.st().extras.line = s.line(); // bash gives each simple command its own line
            }
            if (functionDepth == 0 || ctx.st().functrace) {
                traps.debug(ctx, s);
            }
            return checked(simple.run(s, ctx), ctx);
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
            return subshells.pipeline(p, ctx);
        }
        if (ast instanceof Ast.Background b) {
            return jobs.start(b, ctx, inputs);
        }
        if (ast instanceof Ast.Subshell s) {
            return checked(subshells.run(s.body(), ctx), ctx);
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
            return flow.forLoop(f, ctx);
        }
        if (ast instanceof Ast.Loop l) {
            return flow.loop(l, ctx);
        }
        if (ast instanceof Ast.Select l) {
            return flow.select(l, ctx);
        }
        if (ast instanceof Ast.ArithFor f) {
            return flow.arithFor(f, ctx);
        }
        if (ast instanceof Ast.Case c) {
            return flow.caseCommand(c, ctx);
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
            Expander ex = expander(ctx);
            try {
                return checked(Arith.eval(ex.string(a.expr()), ctx.st()) != 0 ? 0 : 1, ctx);
            } catch (Arith.Error e) {
                ctx.out().errLine(name + ": ((: " + e.getMessage());
                return checked(1, ctx);
            } catch (Expander.Failure e) {
                return checked(failure(e, ctx), ctx);
            }
        }
        throw new IllegalStateException("unknown node " + ast);
    }

    /**
     * A failing command whose status nothing tests runs the ERR trap (outside functions, as bash
     * does without {@code set -E}), and with {@code set -e} ends the shell.
     */
    int checked(int status, Ctx ctx) {
        if (status != 0 && !ctx.condition()) {
            if (functionDepth == 0 || ctx.st().errtrace) {
                traps.err(ctx, status);
            }
            if (ctx.st().errexit) {
                throw new Signal.Exit(status);
            }
        }
        return status;
    }

    Expander expander(Ctx ctx) {
        return new Expander(ctx.st(), (body, st) -> capture(body, st, ctx.out()));
    }

    /** A command substitution's output; its status becomes {@code $?}. */
    String capture(Ast body, ShellState st, Output out) {
        StringBuilder sb = new StringBuilder();
        int status = subshells.run(body, new Ctx(st, Input.EMPTY, Output.of(sb::append, out::stderr), false));
        st.lastStatus(status);
        return sb.toString();
    }

    /** A background job's command: a subshell with no standard input, whose failure nothing tests. */
    int background(Ast body, Ctx ctx) {
        try {
            return subshells.run(body, new Ctx(ctx.st(), Input.EMPTY, ctx.out(), true));
        } catch (Signal.Abandon e) {
            return e.status;
        }
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
        return ExternalCommand.run(this, args, ctx);
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
        int returnTraps = traps.returnTrapsSet;
        try {
            int status;
            try {
                status = exec(f.body(), ctx);
            } catch (Signal.Return r) {
                status = r.status;
            }
            // the RETURN trap: with set -T, or when the function itself set it
            if (st.functrace || traps.returnTrapsSet != returnTraps) {
                traps.returned(ctx, status);
            }
            return status;
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
}
