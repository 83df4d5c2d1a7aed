package io.github.berth.shell;

/** A lexical token: a word, a control operator or a redirection operator. */
sealed interface Token permits Token.WordToken, Token.Operator, Token.Redirect {
    record WordToken(Word word) implements Token {}

    /**
     * One of {@code ;}, {@code &&}, {@code ||}, {@code |}, {@code |&}, a newline ({@code "\n"},
     * which ends a command line unless it follows {@code &&}, {@code ||} or a pipe), or {@code ;;}
     * (always a syntax error here).
     */
    record Operator(String text) implements Token {}

    /**
     * A redirection operator: {@code >}, {@code >>}, {@code <}, {@code >&}, {@code &>} or
     * {@code &>>}, with the descriptor number written before it ({@code 2>}), or -1 for none.
     */
    record Redirect(int fd, String op) implements Token {
        /** How bash names the token in a syntax error. */
        String text() {
            return op;
        }
    }
}
