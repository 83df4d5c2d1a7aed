package io.github.berth.engine.dockerfile;

/**
 * A heredoc attached to RUN, COPY or ADD (parser.go, type Heredoc). {@code fileDescriptor} is Go's uint64,
 * read unsigned; {@code expand} is false when any part of the delimiter was quoted; {@code chomp} for {@code <<-}.
 * {@code content} keeps every line's newline; tabs are not yet chomped.
 */
public record Heredoc(String name, long fileDescriptor, boolean expand, boolean chomp, String content) {
    Heredoc withContent(String text) {
        return new Heredoc(name, fileDescriptor, expand, chomp, text);
    }

    /** parser.go, ChompHeredocContent: leading tabs of every line removed. */
    public String chompedContent() {
        return content.replaceAll("(?md)^\t+", "");
    }
}
