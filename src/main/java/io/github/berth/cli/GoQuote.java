package io.github.berth.cli;

/**
 * Go's strconv.Quote and QuoteRune (fmt's {@code %q}), which pflag's messages use: printable
 * characters as they are (unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the
 * ASCII space), the rest escaped ({@code \t}, {@code \x01}, {@code \u00a0}).
 */
final class GoQuote {
    private GoQuote() {}

    /** strconv.Quote: {@code "a\"b"}. */
    static String string(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(c -> append(sb, c, '"'));
        return sb.append('"').toString();
    }

    /** strconv.QuoteRune: {@code 'x'}, {@code '\''}. */
    static String rune(int c) {
        StringBuilder sb = new StringBuilder("'");
        append(sb, c, '\'');
        return sb.append('\'').toString();
    }

    private static void append(StringBuilder sb, int c, char quote) {
        if (c == quote || c == '\\') {
            sb.append('\\').appendCodePoint(c);
            return;
        }
        if (isPrint(c)) {
            sb.appendCodePoint(c);
            return;
        }
        switch (c) {
            case 7 -> sb.append("\\a");
            case '\b' -> sb.append("\\b");
            case '\f' -> sb.append("\\f");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            case 11 -> sb.append("\\v");
            default -> {
                if (c < ' ' || c == 0x7f) {
                    sb.append(String.format("\\x%02x", c));
                } else if (c < 0x10000) {
                    sb.append(String.format("\\u%04x", c));
                } else {
                    sb.append(String.format("\\U%08x", c));
                }
            }
        }
    }

    /** unicode.IsPrint. */
    static boolean isPrint(int c) {
        if (c == ' ') {
            return true;
        }
        switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER: case Character.LOWERCASE_LETTER: case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER: case Character.OTHER_LETTER:
            case Character.NON_SPACING_MARK: case Character.ENCLOSING_MARK: case Character.COMBINING_SPACING_MARK:
            case Character.DECIMAL_DIGIT_NUMBER: case Character.LETTER_NUMBER: case Character.OTHER_NUMBER:
            case Character.CONNECTOR_PUNCTUATION: case Character.DASH_PUNCTUATION: case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION: case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION: case Character.OTHER_PUNCTUATION:
            case Character.MATH_SYMBOL: case Character.CURRENCY_SYMBOL: case Character.MODIFIER_SYMBOL:
            case Character.OTHER_SYMBOL:
                return true;
            default:
                return false;
        }
    }
}
