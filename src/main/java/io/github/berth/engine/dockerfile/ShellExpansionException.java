package io.github.berth.engine.dockerfile;

/** A word BuildKit's shell lexer rejects; the message is BuildKit's own. */
public final class ShellExpansionException extends Exception {
    private static final long serialVersionUID = 1L;

    public ShellExpansionException(String message) {
        super(message);
    }
}
