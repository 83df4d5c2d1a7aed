package io.github.berth.engine.dockerfile;

/**
 * The parser rejected the text. The message is BuildKit's; {@code startLine}..{@code endLine} is the location
 * BuildKit attaches to it (errors.go, withLocation), with BuildKit's own numbering: 1-based for instructions,
 * but the line count before the offending line for directive errors and "file with no instructions".
 */
public final class DockerfileParseException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int startLine;
    private final int endLine;

    public DockerfileParseException(String message, int startLine, int endLine) {
        super(message);
        this.startLine = startLine;
        this.endLine = Math.max(startLine, endLine);
    }

    public int startLine() {
        return startLine;
    }

    public int endLine() {
        return endLine;
    }
}
