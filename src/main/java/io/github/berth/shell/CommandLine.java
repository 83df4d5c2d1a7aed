package io.github.berth.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * One command line of tokens: pipelines joined by {@code ;}, {@code &&} and {@code ||}, up to a
 * newline that does not follow {@code &&}, {@code ||} or {@code |}, parsed whole before it runs.
 *
 * @param commands the pipelines, each with the operator before it ({@code ;} for the first)
 * @param next     the index of the first token after this line
 */
record CommandLine(List<Command> commands, int next) {
    /** A pipeline of one or more simple commands, with the operator that joins it to the one before. */
    record Command(String connector, List<Simple> pipeline) {}

    /** A simple command: its words and its redirections, in the order written. */
    record Simple(List<Word> words, List<Redirection> redirections) {}

    /**
     * One redirection: {@code op} is {@code >}, {@code >>}, {@code <}, {@code >&}, {@code &>} or
     * {@code &>>}; {@code fd} the descriptor it changes (the operator's default when not written).
     */
    record Redirection(int fd, String op, Word target) {}

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

    /** The input ends after {@code &&}, {@code ||} or {@code |}: the command after it is missing. */
    static final class UnexpectedEnd extends Exception {
        UnexpectedEnd() {
            super(null, null, false, false);
        }
    }

    static CommandLine parse(List<Token> tokens, int from) throws SyntaxError, UnexpectedEnd {
        List<Command> commands = new ArrayList<>();
        List<Simple> pipeline = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        List<Redirection> redirections = new ArrayList<>();
        String connector = ";";
        String joiner = null; // "|" or "|&" before the simple command being read
        int i = from;
        while (i < tokens.size()) {
            Token token = tokens.get(i++);
            if (token instanceof Token.WordToken w) {
                words.add(w.word());
                continue;
            }
            if (token instanceof Token.Redirect r) {
                if (i >= tokens.size()) {
                    throw new SyntaxError("newline");
                }
                Token target = tokens.get(i++);
                if (!(target instanceof Token.WordToken tw)) {
                    throw new SyntaxError(target instanceof Token.Operator o
                            ? (o.text().equals("\n") ? "newline" : o.text())
                            : ((Token.Redirect) target).text());
                }
                int fd = r.fd() >= 0 ? r.fd() : r.op().equals("<") ? 0 : 1;
                redirections.add(new Redirection(fd, r.op(), tw.word()));
                continue;
            }
            String op = ((Token.Operator) token).text();
            boolean empty = words.isEmpty() && redirections.isEmpty();
            if (empty) {
                if (!op.equals("\n")) {
                    throw new SyntaxError(op);
                }
                if (joiner != null || commands.isEmpty() && pipeline.isEmpty()
                        || connector.equals("&&") || connector.equals("||")) {
                    continue; // a blank line, or a line break after &&, || or |
                }
                return new CommandLine(commands, i); // the newline after "a;"
            }
            if (op.equals("|&")) {
                // "a |& b" is "a 2>&1 | b": the redirection comes after a's own
                redirections.add(new Redirection(2, ">&", new Word(List.of(new Word.Literal("1")), false, "1")));
            }
            pipeline.add(new Simple(words, redirections));
            words = new ArrayList<>();
            redirections = new ArrayList<>();
            if (op.equals("|") || op.equals("|&")) {
                joiner = op;
                continue;
            }
            joiner = null;
            commands.add(new Command(connector, pipeline));
            pipeline = new ArrayList<>();
            if (op.equals(";;")) {
                throw new SyntaxError(op);
            }
            if (op.equals("\n")) {
                return new CommandLine(commands, i);
            }
            connector = op;
        }
        if (!words.isEmpty() || !redirections.isEmpty()) {
            pipeline.add(new Simple(words, redirections));
            commands.add(new Command(connector, pipeline));
        } else if (joiner != null || connector.equals("&&") || connector.equals("||")) {
            throw new UnexpectedEnd();
        }
        return new CommandLine(commands, i);
    }
}
