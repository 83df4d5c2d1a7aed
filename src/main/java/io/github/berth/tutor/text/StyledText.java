package io.github.berth.tutor.text;

import java.util.ArrayList;
import java.util.List;

/** Lines of text made of styled spans; the terminal-independent form of rendered lesson text. */
public record StyledText(List<List<Span>> lines) {
    public record Span(String text, Style style) {}

    public StyledText {
        lines = lines.stream().map(List::copyOf).toList();
    }

    public static StyledText of(String text, Style style) {
        List<List<Span>> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(List.of(new Span(line, style)));
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
