package io.github.berth.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits shell input into words and control operators with POSIX quoting rules: single quotes
 * keep everything, double quotes keep all but {@code $} and backslash escapes, an unquoted
 * backslash quotes the next character, and backslash-newline joins lines.
 */
final class Lexer {
    /** Thrown when the input ends inside a quote or after a backslash: more lines are needed. */
    static final class IncompleteInput extends Exception {
        IncompleteInput() {
            super(null, null, false, false);
        }
    }

    /** Thrown for syntax the shell does not support yet; the message is shown to the learner. */
    static final class Unsupported extends Exception {
        Unsupported(String message) {
            super(message, null, false, false);
        }
    }

    private final String src;
    private int pos;

    private Lexer(String src) {
        this.src = src;
    }

    static List<Token> tokenize(String src) throws IncompleteInput, Unsupported {
        return new Lexer(src).run();
    }

    private List<Token> run() throws IncompleteInput, Unsupported {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipBlanks();
            if (pos >= src.length()) {
                return tokens;
            }
            char c = src.charAt(pos);
            if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '\n') {
                pos++;
                tokens.add(new Token.Operator("\n"));
            } else if (src.startsWith(";;", pos) || src.startsWith("&&", pos) || src.startsWith("||", pos)) {
                tokens.add(new Token.Operator(src.substring(pos, pos + 2)));
                pos += 2;
            } else if (c == ';') {
                pos++;
                tokens.add(new Token.Operator(";"));
            } else if (src.startsWith("|&", pos)) {
                pos += 2;
                tokens.add(new Token.Operator("|&"));
            } else if (c == '|') {
                pos++;
                tokens.add(new Token.Operator("|"));
            } else if (c == '<' || c == '>' || src.startsWith("&>", pos)) {
                tokens.add(redirection(-1));
            } else if (ioNumberEnd() > pos && !afterRedirection(tokens)) {
                int end = ioNumberEnd();
                int fd = Integer.parseInt(src.substring(pos, end));
                pos = end;
                tokens.add(redirection(fd));
            } else if ("&()".indexOf(c) >= 0) {
                throw unsupported(String.valueOf(c));
            } else {
                tokens.add(new Token.WordToken(word()));
            }
        }
    }

    /** The word after a redirection operator is its target, never a descriptor number ({@code 2>&1>f}). */
    private static boolean afterRedirection(List<Token> tokens) {
        return !tokens.isEmpty() && tokens.get(tokens.size() - 1) instanceof Token.Redirect;
    }

    private static Unsupported unsupported(String what) {
        return new Unsupported("berth: '" + what + "': background jobs, subshells and here-documents"
                + " are not supported in this version of the sandbox shell");
    }

    /**
     * Where a run of digits directly followed by {@code <} or {@code >} ends (a file descriptor
     * number such as the 2 of {@code 2>}), or {@code pos} when the input there is not one.
     */
    private int ioNumberEnd() {
        int end = pos;
        while (end < src.length() && isDigit(src.charAt(end))) {
            end++;
        }
        if (end == pos || end >= src.length() || src.charAt(end) != '<' && src.charAt(end) != '>') {
            return pos;
        }
        // a number too large for a descriptor is an ordinary word, as in bash
        return end - pos <= 10 && Long.parseLong(src.substring(pos, end)) <= Integer.MAX_VALUE ? end : pos;
    }

    /** A redirection operator at {@code pos}, for descriptor {@code fd} (-1: the operator's default). */
    private Token.Redirect redirection(int fd) throws Unsupported {
        for (String op : new String[] {"&>>", "&>", ">>", ">&", ">|", "<<", "<&", "<>", ">", "<"}) {
            if (src.startsWith(op, pos)) {
                if (op.equals("<<") || op.equals("<&") || op.equals("<>")) {
                    throw unsupported(op);
                }
                pos += op.length();
                return new Token.Redirect(fd, op.equals(">|") ? ">" : op);
            }
        }
        throw new IllegalStateException("no redirection at " + pos);
    }

    private void skipBlanks() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t') {
                pos++;
            } else if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
                pos += 2;
            } else {
                return;
            }
        }
    }

    private Word word() throws IncompleteInput {
        int start = pos;
        List<Word.Part> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        boolean quoted = false;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || ";&|<>()".indexOf(c) >= 0) {
                break;
            }
            pos++;
            quoted |= c == '\'' || c == '"';
            if (c == '\'') {
                int end = src.indexOf('\'', pos);
                if (end < 0) {
                    throw new IncompleteInput();
                }
                lit.append(src, pos, end);
                pos = end + 1;
            } else if (c == '"') {
                doubleQuoted(parts, lit);
            } else if (c == '\\') {
                if (pos >= src.length()) {
                    throw new IncompleteInput();
                }
                char next = src.charAt(pos++);
                if (next != '\n') {
                    lit.append(next);
                }
            } else if (c == '$') {
                dollar(parts, lit);
            } else {
                lit.append(c);
            }
        }
        flush(parts, lit);
        return new Word(List.copyOf(parts), quoted, src.substring(start, pos).replace("\\\n", ""));
    }

    private void doubleQuoted(List<Word.Part> parts, StringBuilder lit) throws IncompleteInput {
        while (true) {
            if (pos >= src.length()) {
                throw new IncompleteInput();
            }
            char c = src.charAt(pos++);
            if (c == '"') {
                return;
            }
            if (c == '\\' && pos < src.length() && "$`\"\\\n".indexOf(src.charAt(pos)) >= 0) {
                char next = src.charAt(pos++);
                if (next != '\n') {
                    lit.append(next);
                }
            } else if (c == '$') {
                dollar(parts, lit);
            } else {
                lit.append(c);
            }
        }
    }

    /** After a {@code $}: a parameter reference, or a literal dollar sign. */
    private void dollar(List<Word.Part> parts, StringBuilder lit) throws IncompleteInput {
        if (pos < src.length() && src.charAt(pos) == '{') {
            int end = src.indexOf('}', pos);
            if (end < 0) {
                throw new IncompleteInput();
            }
            flush(parts, lit);
            parts.add(new Word.Param(src.substring(pos + 1, end)));
            pos = end + 1;
            return;
        }
        if (pos < src.length() && src.charAt(pos) == '?') {
            pos++;
            flush(parts, lit);
            parts.add(new Word.Param("?"));
            return;
        }
        int start = pos;
        if (pos < src.length() && isDigit(src.charAt(pos))) {
            pos++; // $1abc is $1 followed by "abc": positional parameters have one digit
        } else if (pos < src.length() && isNameStart(src.charAt(pos))) {
            while (pos < src.length() && (isNameStart(src.charAt(pos)) || isDigit(src.charAt(pos)))) {
                pos++;
            }
        }
        if (start == pos) {
            lit.append('$');
        } else {
            flush(parts, lit);
            parts.add(new Word.Param(src.substring(start, pos)));
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Names are ASCII, as in bash: {@code $é} is a literal dollar sign and an é. */
    private static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static void flush(List<Word.Part> parts, StringBuilder lit) {
        if (lit.length() > 0) {
            parts.add(new Word.Literal(lit.toString()));
            lit.setLength(0);
        }
    }
}
