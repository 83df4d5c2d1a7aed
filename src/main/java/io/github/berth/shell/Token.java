package io.github.berth.shell;

/** A lexical token: a word or a control operator. */
sealed interface Token permits Token.WordToken, Token.Operator {
    record WordToken(Word word) implements Token {}

    /**
     * One of {@code ;}, {@code &&}, {@code ||}, a newline ({@code "\n"}, which ends a command
     * line unless it follows {@code &&} or {@code ||}), or {@code ;;} (always a syntax error here).
     */
    record Operator(String text) implements Token {}
}
