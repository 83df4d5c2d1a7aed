package io.github.berth.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * One command line of tokens: simple commands joined by {@code ;}, {@code &&} and {@code ||},
 * up to a newline that does not follow {@code &&} or {@code ||}, parsed whole before it runs.
 *
 * @param commands the simple commands, each with the operator before it ({@code ;} for the first)
 * @param next     the index of the first token after this line
 */
record CommandLine(List<Command> commands, int next) {
    record Command(String connector, List<Word> words) {}

    /** A control operator where a command should be; bash names the token. */
    static final class SyntaxError extends Exception {
        private final String token;

        SyntaxError(String token) {
            super(token, null, false, false);
            this.token = token;
        }

        String token() {
            return token;
        }
    }

    /** The input ends after {@code &&} or {@code ||}: the command after it is missing. */
    static final class UnexpectedEnd extends Exception {
        UnexpectedEnd() {
            super(null, null, false, false);
        }
    }

    static CommandLine parse(List<Token> tokens, int from) throws SyntaxError, UnexpectedEnd {
        List<Command> commands = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        String connector = ";";
        int i = from;
        while (i < tokens.size()) {
            Token token = tokens.get(i++);
            if (token instanceof Token.WordToken w) {
                words.add(w.word());
                continue;
            }
            String op = ((Token.Operator) token).text();
            if (words.isEmpty()) {
                if (!op.equals("\n")) {
                    throw new SyntaxError(op);
                }
                if (commands.isEmpty() || connector.equals("&&") || connector.equals("||")) {
                    continue; // a blank line, or a line break after && or ||
                }
                return new CommandLine(commands, i); // the newline after "a;"
            }
            commands.add(new Command(connector, words));
            words = new ArrayList<>();
            if (op.equals(";;")) {
                throw new SyntaxError(op);
            }
            if (op.equals("\n")) {
                return new CommandLine(commands, i);
            }
            connector = op;
        }
        if (!words.isEmpty()) {
            commands.add(new Command(connector, words));
        } else if (connector.equals("&&") || connector.equals("||")) {
            throw new UnexpectedEnd();
        }
        return new CommandLine(commands, i);
    }
}
