package io.github.berth.shell;

/**
 * How bash and busybox ash word a syntax error: bash's {@code syntax error near unexpected token
 * `fi'} and {@code unexpected EOF while looking for matching `''}; ash's {@code syntax error:
 * unexpected "fi"} (raise_error_unexpected_syntax and readtoken1 in busybox's shell/ash.c).
 */
final class SyntaxMessages {
    private SyntaxMessages() {}

    /** {@code context}: what runs the text ({@code eval}), named with the line, as bash does. */
    private static String where(String shell, String context, int line) {
        return context == null ? shell + ": " : shell + ": " + context + ": line " + line + ": ";
    }

    /** The input ended; {@code matching} is the quote or bracket left open, or null. */
    static String bashIncomplete(String shell, String context, int lastLine, String matching) {
        String where = where(shell, context, lastLine + (matching == null ? 1 : 0));
        if (matching == null) {
            return where + "syntax error: unexpected end of file";
        }
        if (matching.equals("]]")) {
            return where + "unexpected EOF while looking for `]]'";
        }
        return where + "unexpected EOF while looking for matching `" + matching.charAt(0) + "'";
    }

    static String bashUnexpected(String shell, String context, int line, String token) {
        return where(shell, context, line) + "syntax error near unexpected token `" + token + "'";
    }

    /** {@code expecting}: what closes the innermost open compound command, or null. */
    static String ashIncomplete(String shell, String matching, String expecting) {
        if (matching != null && matching.equals(")")) {
            expecting = ")";
        }
        String what = matching == null || matching.equals("]]") || matching.equals(")")
                ? "unexpected end of file" + (expecting == null ? "" : " (expecting \"" + expecting + "\")")
                : matching.equals("'") || matching.equals("\"") ? "unterminated quoted string"
                : matching.equals("}") ? "missing '}'"
                : matching.equals("))") ? "missing '))'"
                : matching.equals("`") ? "EOF in backquote substitution"
                : "unexpected end of file";
        return shell + ": syntax error: " + what;
    }

    /**
     * dash's wording of ash's message (parser.c synexpect/synerror): {@code sh: 1: Syntax error: "fi"
     * unexpected}, {@code end of file unexpected (expecting "fi")}, {@code Unterminated quoted string}.
     */
    static String dash(String ashMessage, String shell, int line) {
        String head = shell + ": syntax error: ";
        if (!ashMessage.startsWith(head)) {
            return ashMessage;
        }
        String what = ashMessage.substring(head.length());
        if (what.startsWith("unexpected ")) {
            String token = what.substring("unexpected ".length());
            int expecting = token.indexOf(" (expecting");
            what = expecting < 0 ? token + " unexpected" : token.substring(0, expecting) + " unexpected" + token.substring(expecting);
        } else {
            what = Character.toUpperCase(what.charAt(0)) + what.substring(1);
        }
        return shell + ": " + line + ": Syntax error: " + what;
    }

    /** Keywords and operators in quotes, a word as "word", as ash's tokname does. */
    static String ashUnexpected(String shell, String token, boolean atEnd) {
        String name = token.equals("newline") && atEnd ? "end of file"
                : token.equals("newline") ? "newline"
                : Builtins.KEYWORDS.contains(token) || !Character.isLetterOrDigit(token.charAt(0))
                ? "\"" + token + "\"" : "word";
        return shell + ": syntax error: unexpected " + name;
    }
}
