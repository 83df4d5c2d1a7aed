package io.github.berth.tutor.text;

import java.util.ArrayList;
import java.util.List;

/** Lines of text made of styled spans; the terminal-independent form of rendered lesson text. */
public record StyledText(List<List<Span>> lines) {
    public record Span(String text, Style style) {}

    public StyledText {
        lines = lines.stream().map(List::copyOf).toList();
    }

    /**
     * The text in one style, each line longer than {@code width} wrapped at words, its continuation
     * indented as the line itself is (a word longer than the line stays whole).
     */
    public static StyledText wrapped(String text, Style style, int width) {
        return wrapped(text, style, width, null);
    }

    /** The same, continuation lines starting with {@code continuation} (or the line's own indent when null). */
    public static StyledText wrapped(String text, Style style, int width, String continuation) {
        List<List<Span>> lines = new ArrayList<>();
        for (String line : text.split("\\n", -1)) {
            if (line.length() <= width) {
                lines.add(List.of(new Span(line, style)));
                continue;
            }
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            List<List<Span>> pieces = new ArrayList<>();
            Markdown.wrap(List.of(new Span(line.stripLeading(), style)), indent,
                    continuation == null ? indent : continuation, width, pieces);
            pieces.forEach(piece -> lines.add(piece.stream().filter(s -> !s.text().isEmpty()).toList()));
        }
        return new StyledText(lines);
    }

    /** The text without styles, lines joined with newlines and a final newline. */
    public String plain() {
        StringBuilder sb = new StringBuilder();
        for (List<Span> line : lines) {
            line.forEach(s -> sb.append(s.text()));
            sb.append('\n');
        }
        return sb.toString();
    }
}
