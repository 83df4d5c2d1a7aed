package io.github.berth.shell;

import static io.github.berth.shell.Lexer.flush;
import static io.github.berth.shell.Lexer.isNameStart;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of the {@link Lexer} that reads parameter expansions after <code>${</code>: the name
 * (with an array subscript), {@code ${#x}} and {@code ${!x}}, and an operator with its word, whose
 * plain text stays a pattern inside double quotes where bash makes it one. It reads the lexer's
 * text from the lexer's position and moves that on.
 */
final class ParamLexer {
    private final Lexer lx;

    ParamLexer(Lexer lx) {
        this.lx = lx;
    }

    /** After <code>${</code>: a parameter, possibly with an operator and its word, up to the closing brace. */
    Word.Part braced(boolean quoted) throws Parser.Incomplete, Parser.SyntaxError {
        boolean outer = patternText;
        patternText = false;
        try {
            return bracedParam(quoted);
        } finally {
            patternText = outer;
        }
    }

    private Word.Part bracedParam(boolean quoted) throws Parser.Incomplete, Parser.SyntaxError {
        int start = lx.pos;
        boolean length = false;
        if (lx.src.startsWith("#", lx.pos) && lx.pos + 1 < lx.src.length() && lx.src.charAt(lx.pos + 1) != '}') {
            length = true;
            lx.pos++;
        }
        if (!length && lx.src.startsWith("!", lx.pos) && lx.pos + 1 < lx.src.length() && isNameStart(lx.src.charAt(lx.pos + 1))) {
            lx.pos++;
            String name = paramName();
            name = subscript(name);
            if (lx.pos < lx.src.length() && lx.src.charAt(lx.pos) == '}') {
                lx.pos++;
                return new Word.Param(name, name.endsWith("[@]") || name.endsWith("[*]") ? "keys" : "indirect",
                        null, null, quoted);
            }
            lx.pos = start;
        }
        String name = subscript(paramName());
        if (name != null && lx.pos < lx.src.length() && lx.src.charAt(lx.pos) == '}') {
            lx.pos++;
            return length ? new Word.Param(name, "len", null, null, quoted) : new Word.Param(name, quoted);
        }
        if (name != null && !length) {
            for (String op : new String[] {":-", ":=", ":+", ":?", "-", "=", "+", "?", "##", "#", "%%", "%", "//", "/", ":",
                    "^^", "^", ",,", ","}) {
                if (lx.src.startsWith(op, lx.pos)) {
                    lx.pos += op.length();
                    if (op.startsWith("/")) {
                        Word pattern = patternArg(quoted, true);
                        Word replacement = null;
                        if (lx.src.charAt(lx.pos - 1) == '/') {
                            replacement = braceArg(quoted, false);
                        }
                        return new Word.Param(name, op, pattern, replacement, quoted);
                    }
                    if (op.equals(":")) {
                        Word offset = braceArg(quoted, false, ':');
                        Word count = lx.src.charAt(lx.pos - 1) == ':' ? braceArg(quoted, false) : null;
                        return new Word.Param(name, op, offset, count, quoted);
                    }
                    boolean patternOp = op.startsWith("#") || op.startsWith("%") || op.startsWith("^") || op.startsWith(",");
                    return new Word.Param(name, op, patternOp ? patternArg(quoted, false) : braceArg(quoted, false),
                            null, quoted);
                }
            }
        }
        lx.pos = start;
        int nesting = 0;
        while (lx.pos < lx.src.length()) {
            char c = lx.src.charAt(lx.pos++);
            if (c == '{') {
                nesting++;
            } else if (c == '}' && nesting-- == 0) {
                return new Word.Param(lx.src.substring(start, lx.pos - 1), "bad", null, null, quoted);
            }
        }
        throw new Parser.Incomplete("}");
    }

    /** {@code name[subscript]} when a subscript follows a variable's name: the name with it, as typed. */
    private String subscript(String name) {
        if (name == null || !isNameStart(name.charAt(0)) || lx.pos >= lx.src.length() || lx.src.charAt(lx.pos) != '[') {
            return name;
        }
        int depth = 0;
        for (int i = lx.pos; i < lx.src.length(); i++) {
            char c = lx.src.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                if (i == lx.pos + 1) {
                    return name;
                }
                String withSubscript = name + lx.src.substring(lx.pos, i + 1);
                lx.pos = i + 1;
                return withSubscript;
            }
        }
        return name;
    }

    /** The {@code ]} matching the {@code [} at {@code from}, or -1. */
    int subscriptEnd(int from) {
        int depth = 0;
        for (int i = from; i < lx.src.length(); i++) {
            char c = lx.src.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            } else if (c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /** An array subscript's text as a word: quotes, parameters and substitutions as in a word, blanks kept. */
    static Word subscriptWord(String text) {
        try {
            return new Lexer(text + "}", 0, 1).params.braceArg(false, false);
        } catch (Parser.Incomplete | Parser.SyntaxError e) {
            return Word.literal(text);
        }
    }

    private String paramName() {
        if (lx.pos >= lx.src.length()) {
            return null;
        }
        char c = lx.src.charAt(lx.pos);
        if ("?#@*$!-".indexOf(c) >= 0) {
            lx.pos++;
            return String.valueOf(c);
        }
        int start = lx.pos;
        if (Character.isDigit(c) && c < 128) {
            while (lx.pos < lx.src.length() && Character.isDigit(lx.src.charAt(lx.pos)) && lx.src.charAt(lx.pos) < 128) {
                lx.pos++;
            }
        } else if (isNameStart(c)) {
            while (lx.pos < lx.src.length() && (isNameStart(lx.src.charAt(lx.pos)) || Character.isDigit(lx.src.charAt(lx.pos))
                    && lx.src.charAt(lx.pos) < 128)) {
                lx.pos++;
            }
        }
        return start == lx.pos ? null : lx.src.substring(start, lx.pos);
    }

    Word braceArg(boolean quoted, boolean pattern) throws Parser.Incomplete, Parser.SyntaxError {
        return braceArg(quoted, pattern, (char) 0);
    }

    /** Whether plain text of the brace word being read stays a pattern inside double quotes. */
    private boolean patternText;

    /**
     * A pattern after {@code #}, {@code %}, {@code /}, {@code ^} or {@code ,}: inside double quotes its
     * plain text is still a pattern ({@code "${V%%.*}"} trims), only quoted or escaped characters are literal.
     */
    private Word patternArg(boolean quoted, boolean slash) throws Parser.Incomplete, Parser.SyntaxError {
        boolean outer = patternText;
        patternText = quoted;
        try {
            return braceArg(quoted, slash);
        } finally {
            patternText = outer;
        }
    }

    /**
     * The word after a parameter operator, up to the closing brace (or {@code /} after a pattern,
     * or {@code stop}), which it consumes. Inside double quotes, single quotes are literal.
     */
    private Word braceArg(boolean quoted, boolean pattern, char stop) throws Parser.Incomplete, Parser.SyntaxError {
        int start = lx.pos;
        List<Word.Part> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        while (true) {
            if (lx.pos >= lx.src.length()) {
                throw new Parser.Incomplete("}");
            }
            char c = lx.src.charAt(lx.pos++);
            if (c == '}' || pattern && c == '/' || stop != 0 && c == stop) {
                break;
            }
            boolean plain = quoted && !patternText; // how plain text is flushed
            if (c == '\'' && !quoted) {
                flush(parts, lit, false);
                int end = lx.src.indexOf('\'', lx.pos);
                if (end < 0) {
                    throw new Parser.Incomplete("'");
                }
                lit.append(lx.src, lx.pos, end);
                flush(parts, lit, true);
                lx.pos = end + 1;
            } else if (c == '"') {
                flush(parts, lit, plain);
                lx.doubleQuoted(parts, lit);
            } else if (c == '\\' && lx.pos < lx.src.length()) {
                char next = lx.src.charAt(lx.pos++);
                if (quoted && "$`\"\\}".indexOf(next) < 0) {
                    lit.append('\\');
                    lit.append(next);
                } else {
                    flush(parts, lit, plain);
                    lit.append(next);
                    flush(parts, lit, true);
                }
            } else if (c == '$') {
                flush(parts, lit, plain);
                lx.dollar(parts, lit, quoted);
            } else if (c == '`') {
                flush(parts, lit, plain);
                lx.backquote(parts, lit, quoted);
            } else {
                lit.append(c);
            }
        }
        flush(parts, lit, quoted && !patternText);
        return new Word(List.copyOf(parts), lx.src.substring(start, lx.pos - 1));
    }
}
