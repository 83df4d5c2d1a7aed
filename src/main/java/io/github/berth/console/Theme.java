package io.github.berth.console;

import io.github.berth.tutor.text.Style;
import io.github.berth.tutor.text.StyledText;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** How each text role looks on the terminal; in plain mode everything is unstyled. */
final class Theme {
    private final boolean plain;

    Theme(boolean plain) {
        this.plain = plain;
    }

    boolean plain() {
        return plain;
    }

    AttributedStyle style(Style style) {
        if (plain) {
            return AttributedStyle.DEFAULT;
        }
        switch (style) {
            case HEADING:
                return AttributedStyle.BOLD.foreground(AttributedStyle.CYAN);
            case STRONG:
                return AttributedStyle.BOLD;
            case EMPHASIS:
                return AttributedStyle.DEFAULT.italic();
            case CODE:
            case CODE_BLOCK:
                return AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
            case LINK:
                return AttributedStyle.DEFAULT.underline();
            case SUCCESS:
                return AttributedStyle.BOLD.foreground(AttributedStyle.GREEN);
            case FAILURE:
                return AttributedStyle.BOLD.foreground(AttributedStyle.RED);
            case HINT:
                return AttributedStyle.BOLD.foreground(AttributedStyle.MAGENTA);
            case DIM:
                return AttributedStyle.DEFAULT.faint();
            default:
                return AttributedStyle.DEFAULT;
        }
    }

    AttributedString line(java.util.List<StyledText.Span> spans) {
        AttributedStringBuilder sb = new AttributedStringBuilder();
        for (StyledText.Span span : spans) {
            sb.styled(style(span.style()), span.text());
        }
        return sb.toAttributedString();
    }
}
