package io.github.berth.engine;

/** Text as Go's fmt and strconv write it, for the messages Docker's Go code words that way. */
public final class GoText {
    private GoText() {}

    /** strconv.Quote (fmt's %q) for text: quoted, with backslash, quote and control characters escaped. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case 7 -> sb.append("\\a");
                case 8 -> sb.append("\\b");
                case 12 -> sb.append("\\f");
                case 11 -> sb.append("\\v");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
