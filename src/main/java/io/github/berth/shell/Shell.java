package io.github.berth.shell;

import io.github.berth.fs.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one shell berth runs: lists of simple commands joined by {@code ;}, {@code &&} and
 * {@code ||}, with builtins and simulated programs looked up on {@code $PATH} in the
 * filesystem. Messages follow bash's wording; {@code name} is the shell's name in them.
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

    private final String name;
    private final Dialect dialect;
    private final ShellState state;
    private final Map<String, Program> programs;
    private final Builtins builtins = new Builtins();

    /**
     * @param programs the simulated programs an executable marker in the filesystem may name
     */
    public Shell(String name, ShellState state, Map<String, Program> programs) {
        this(name, Dialect.BASH, state, programs);
    }

    public Shell(String name, Dialect dialect, ShellState state, Map<String, Program> programs) {
        this.name = name;
        this.dialect = dialect;
        this.state = state;
        this.programs = Map.copyOf(programs);
    }

    public ShellState state() {
        return state;
    }

    /**
     * Whether {@code input} ends inside a quote, after a backslash or after {@code &&}/{@code ||}.
     * Input with a syntax error before its end is complete: running it shows the error.
     */
    public static Completeness completeness(String input) {
        try {
            List<Token> tokens = Lexer.tokenize(input);
            int next = 0;
            while (next < tokens.size()) {
                next = CommandLine.parse(tokens, next).next();
            }
            return Completeness.COMPLETE;
        } catch (Lexer.IncompleteInput | CommandLine.UnexpectedEnd e) {
            return Completeness.NEEDS_MORE;
        } catch (Lexer.Unsupported | CommandLine.SyntaxError e) {
            return Completeness.COMPLETE;
        }
    }

    /**
     * Runs {@code input} one command line at a time, as bash does: a line is parsed whole before
     * any of it runs, so a syntax error in it runs nothing of it, but lines before it have run.
     */
    public Outcome run(String input, Output out) {
        List<Token> tokens;
        try {
            tokens = Lexer.tokenize(input);
        } catch (Lexer.IncompleteInput e) {
            out.errLine(name + ": syntax error: unexpected end of file");
            return finish(2, false);
        } catch (Lexer.Unsupported e) {
            out.errLine(e.getMessage());
            return finish(2, false);
        }
        int status = state.lastStatus();
        int next = 0;
        while (next < tokens.size()) {
            CommandLine line;
            try {
                line = CommandLine.parse(tokens, next);
            } catch (CommandLine.SyntaxError e) {
                out.errLine(name + ": syntax error near unexpected token `" + e.token() + "'");
                return finish(2, false);
            } catch (CommandLine.UnexpectedEnd e) {
                out.errLine(name + ": syntax error: unexpected end of file");
                return finish(2, false);
            }
            next = line.next();
            for (CommandLine.Command command : line.commands()) {
                // after "a && b || c" a skipped b keeps a's status, as in bash
                String op = command.connector();
                if (op.equals("&&") && status != 0 || op.equals("||") && status == 0) {
                    continue;
                }
                Outcome outcome;
                try {
                    outcome = runPipeline(command.pipeline(), out);
                } catch (Builtins.AbandonLine e) {
                    return finish(e.status(), false); // bash drops the rest of the line, and stays
                }
                status = outcome.status();
                state.lastStatus(status);
                if (outcome.exitRequested()) {
                    return outcome;
                }
            }
        }
        return finish(status, false);
    }

    private Outcome finish(int status, boolean exit) {
        state.lastStatus(status);
        return new Outcome(status, exit);
    }

    /**
     * Runs the stages one after the other, each in a subshell (as bash does without lastpipe), the
     * whole standard output of one being the standard input of the next; the status is the last's.
     * A single command runs in this shell, so that {@code cd} and {@code exit} take effect.
     */
    private Outcome runPipeline(List<CommandLine.Simple> stages, Output out) {
        if (stages.size() == 1) {
            return runSimple(stages.get(0), "", out, state);
        }
        String input = "";
        int status = 0;
        for (int i = 0; i < stages.size(); i++) {
            boolean last = i == stages.size() - 1;
            StringBuilder pipe = new StringBuilder();
            Output stageOut = last ? out : Output.of(pipe::append, out::stderr);
            try {
                status = runSimple(stages.get(i), input, stageOut, state.subshell()).status();
            } catch (Builtins.AbandonLine e) {
                status = e.status();
            }
            input = pipe.toString();
        }
        return new Outcome(status, false);
    }

    /** Runs one simple command in {@code here}: this shell's state, or a pipeline stage's subshell copy. */
    private Outcome runSimple(CommandLine.Simple simple, String stdin, Output out, ShellState here) {
        List<String> args = new ArrayList<>();
        for (Word word : simple.words()) {
            String value = word.expand(here);
            if (!value.isEmpty() || word.quoted()) {
                args.add(value);
            }
        }
        Redirections.Streams streams = Redirections.apply(name, simple.redirections(), stdin, out, here);
        if (streams == null) {
            return new Outcome(1, false);
        }
        out = streams.output();
        stdin = streams.stdin();
        if (args.isEmpty()) {
            return new Outcome(0, false);
        }
        String command = args.get(0);
        if (builtins.has(command)) {
            return builtins.run(name, args, out, here);
        }
        Optional<Node.File> file;
        if (command.contains("/")) {
            // a path is executed as given, so bash reports why it cannot be, as execve does
            PathWalk walk = PathWalk.walk(here.fs(), here.cwd(), command);
            String problem = walk.problem() != null ? walk.problem()
                    : walk.node() instanceof Node.Dir ? "Is a directory"
                    : !((Node.File) walk.node()).executable() ? "Permission denied" : null;
            if (problem != null) {
                out.errLine(name + ": " + command + ": " + problem);
                return new Outcome(problem.equals(PathWalk.NO_SUCH_FILE) ? 127 : 126, false);
            }
            file = Optional.of((Node.File) walk.node());
        } else {
            file = ProgramLookup.find(here.fs(), here.cwd(), here.var("PATH"), command);
        }
        if (file.isEmpty()) {
            out.errLine(name + ": " + command + ": " + dialect.notFound);
            return new Outcome(127, false);
        }
        Program program = programs.get(file.get().program());
        if (program == null) {
            out.errLine(name + ": " + command + ": cannot execute binary file: Exec format error");
            return new Outcome(126, false);
        }
        return new Outcome(program.run(args, stdin, out, here), false);
    }

}
