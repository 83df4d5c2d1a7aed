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

    private final String name;
    private final ShellState state;
    private final Map<String, Program> programs;
    private final Builtins builtins = new Builtins();

    /**
     * @param programs the simulated programs an executable marker in the filesystem may name
     */
    public Shell(String name, ShellState state, Map<String, Program> programs) {
        this.name = name;
        this.state = state;
        this.programs = Map.copyOf(programs);
    }

    public ShellState state() {
        return state;
    }

    /** Whether {@code input} ends inside a quote, after a backslash or after {@code &&}/{@code ||}. */
    public static Completeness completeness(String input) {
        try {
            List<Token> tokens = Lexer.tokenize(input);
            return !tokens.isEmpty() && tokens.get(tokens.size() - 1) instanceof Token.Operator op
                    && !op.text().equals(";") ? Completeness.NEEDS_MORE : Completeness.COMPLETE;
        } catch (Lexer.IncompleteInput e) {
            return Completeness.NEEDS_MORE;
        } catch (Lexer.Unsupported e) {
            return Completeness.COMPLETE;
        }
    }

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
        String pendingOp = ";";
        List<Word> words = new ArrayList<>();
        for (int i = 0; i <= tokens.size(); i++) {
            Token token = i < tokens.size() ? tokens.get(i) : new Token.Operator(";");
            if (token instanceof Token.WordToken w) {
                words.add(w.word());
                continue;
            }
            String op = ((Token.Operator) token).text();
            if (words.isEmpty()) {
                if (i < tokens.size()) {
                    out.errLine(name + ": syntax error near unexpected token `" + op + "'");
                    return finish(2, false);
                }
                break;
            }
            boolean skip = pendingOp.equals("&&") && status != 0 || pendingOp.equals("||") && status == 0;
            if (!skip) {
                Outcome outcome = runSimple(words, out);
                status = outcome.status();
                state.lastStatus(status);
                if (outcome.exitRequested()) {
                    return outcome;
                }
            }
            words = new ArrayList<>();
            // after "a && b || c" a skipped b keeps a's status, as in bash
            pendingOp = op;
        }
        return finish(status, false);
    }

    private Outcome finish(int status, boolean exit) {
        state.lastStatus(status);
        return new Outcome(status, exit);
    }

    private Outcome runSimple(List<Word> words, Output out) {
        List<String> args = new ArrayList<>();
        for (Word word : words) {
            String value = word.expand(state);
            boolean onlyParams = word.parts().stream().allMatch(p -> p instanceof Word.Param);
            if (!(value.isEmpty() && onlyParams)) {
                args.add(value);
            }
        }
        if (args.isEmpty()) {
            return new Outcome(0, false);
        }
        String command = args.get(0);
        if (builtins.has(command)) {
            return builtins.run(name, args, out, state);
        }
        Optional<Node.File> file = ProgramLookup.find(state.fs(), state.cwd(), state.var("PATH"), command);
        if (file.isEmpty()) {
            out.errLine(name + ": " + command + ": command not found");
            return new Outcome(127, false);
        }
        Program program = programs.get(file.get().program());
        if (program == null) {
            out.errLine(name + ": " + command + ": cannot execute binary file: Exec format error");
            return new Outcome(126, false);
        }
        return new Outcome(program.run(args, out, state), false);
    }

}
