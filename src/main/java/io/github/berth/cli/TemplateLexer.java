package io.github.berth.cli;

import io.github.berth.engine.GoText;
import java.util.ArrayList;
import java.util.List;

/**
 * Go's text/template lexer (text/template/parse/lex.go, Go 1.24 as docker 28.2.2 is built with):
 * text, {@code {{ }}} actions with {@code {{- } and {@code -}}} trimming, comments, and inside
 * actions fields, variables, identifiers, keywords, strings, numbers, parentheses, pipes and
 * declarations, with spaces as tokens (they separate a command's operands). A lexing error ends
 * the stream as an {@code ERROR} token carrying Go's message.
 */
final class TemplateLexer {
    enum Type {
        TEXT, LEFT, RIGHT, SPACE, FIELD, VARIABLE, DOT, IDENT, KEYWORD, BOOL, NIL, STRING, RAW, CHAR, NUMBER, PIPE,
        LPAREN, RPAREN, COMMA, DECLARE, ASSIGN, EOF, ERROR
    }

    record Token(Type type, String text, int pos) {
        /** How text/template's parser names a token in "unexpected …" errors (item.String). */
        String describe() {
            if (type == Type.EOF) {
                return "EOF";
            }
            if (type == Type.ERROR) {
                return text;
            }
            if (type == Type.KEYWORD) {
                return "<" + text + ">";
            }
            String q = GoText.quote(text);
            if (text.length() > 10) {
                return GoText.quote(text.substring(0, 10)) + "...";
            }
            return q;
        }
    }

    static final java.util.Set<String> KEYWORDS = java.util.Set.of("if", "else", "end", "range", "with", "define",
            "template", "block", "break", "continue");

    private final String in;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;

    private TemplateLexer(String in) {
        this.in = in;
    }

    static List<Token> lex(String template) {
        TemplateLexer l = new TemplateLexer(template);
        l.run();
        return l.tokens;
    }

    private void run() {
        while (true) {
            int open = in.indexOf("{{", pos);
            if (open < 0) {
                if (pos < in.length()) {
                    tokens.add(new Token(Type.TEXT, in.substring(pos), pos));
                }
                tokens.add(new Token(Type.EOF, "", in.length()));
                return;
            }
            boolean trimLeft = open + 3 < in.length() && in.charAt(open + 2) == '-' && isSpace(in.charAt(open + 3));
            int textEnd = open;
            if (trimLeft) {
                while (textEnd > pos && isSpace(in.charAt(textEnd - 1))) {
                    textEnd--;
                }
            }
            if (textEnd > pos) {
                tokens.add(new Token(Type.TEXT, in.substring(pos, textEnd), pos));
            }
            pos = open + 2 + (trimLeft ? 2 : 0);
            if (in.startsWith("/*", pos)) {
                if (!comment(open)) {
                    return;
                }
                continue;
            }
            tokens.add(new Token(Type.LEFT, "{{", open));
            if (!insideAction()) {
                return;
            }
        }
    }

    private boolean comment(int open) {
        int end = in.indexOf("*/", pos + 2);
        if (end < 0) {
            error("unclosed comment", open);
            return false;
        }
        pos = end + 2;
        boolean trimRight = false;
        if (pos < in.length() && isSpace(in.charAt(pos)) && in.startsWith("-}}", pos + 1)) {
            trimRight = true;
            pos += 4;
        } else if (in.startsWith("}}", pos)) {
            pos += 2;
        } else {
            error("comment ends before closing delimiter", open);
            return false;
        }
        if (trimRight) {
            skipSpaces();
        }
        return true;
    }

    private void skipSpaces() {
        while (pos < in.length() && isSpace(in.charAt(pos))) {
            pos++;
        }
    }

    private boolean insideAction() {
        int parens = 0;
        while (true) {
            if (pos < in.length() && isSpace(in.charAt(pos))) {
                int start = pos;
                while (pos < in.length() && isSpace(in.charAt(pos))) {
                    pos++;
                }
                if (in.startsWith("-}}", pos)) {
                    // " -}}": a right trim marker
                    if (parens > 0) {
                        return error("unclosed left paren", start);
                    }
                    tokens.add(new Token(Type.RIGHT, "}}", pos));
                    pos += 3;
                    skipSpaces();
                    return true;
                }
                tokens.add(new Token(Type.SPACE, in.substring(start, pos), start));
                continue;
            }
            if (in.startsWith("}}", pos)) {
                if (parens > 0) {
                    return error("unclosed left paren", pos);
                }
                tokens.add(new Token(Type.RIGHT, "}}", pos));
                pos += 2;
                return true;
            }
            if (pos >= in.length()) {
                return error("unclosed action", pos);
            }
            char c = in.charAt(pos);
            int start = pos;
            if (c == '|') {
                pos++;
                tokens.add(new Token(Type.PIPE, "|", start));
            } else if (c == '(') {
                pos++;
                parens++;
                tokens.add(new Token(Type.LPAREN, "(", start));
            } else if (c == ')') {
                pos++;
                parens--;
                if (parens < 0) {
                    return error("unexpected right paren", start);
                }
                tokens.add(new Token(Type.RPAREN, ")", start));
            } else if (c == ',') {
                pos++;
                tokens.add(new Token(Type.COMMA, ",", start));
            } else if (c == ':') {
                if (!in.startsWith(":=", pos)) {
                    return error("expected :=", start);
                }
                pos += 2;
                tokens.add(new Token(Type.DECLARE, ":=", start));
            } else if (c == '=') {
                pos++;
                tokens.add(new Token(Type.ASSIGN, "=", start));
            } else if (c == '"') {
                if (!quoted('"', Type.STRING, "unterminated quoted string", true)) {
                    return false;
                }
            } else if (c == '`') {
                if (!quoted('`', Type.RAW, "unterminated raw quoted string", false)) {
                    return false;
                }
            } else if (c == '\'') {
                if (!quoted('\'', Type.CHAR, "unterminated character constant", true)) {
                    return false;
                }
            } else if (c == '$') {
                pos++;
                while (pos < in.length() && isAlnum(in.charAt(pos))) {
                    pos++;
                }
                tokens.add(new Token(Type.VARIABLE, in.substring(start, pos), start));
            } else if (c == '.') {
                if (pos + 1 < in.length() && Character.isDigit(in.charAt(pos + 1))) {
                    if (!number()) {
                        return false;
                    }
                    continue;
                }
                pos++;
                if (pos < in.length() && isAlnum(in.charAt(pos))) {
                    while (pos < in.length() && isAlnum(in.charAt(pos))) {
                        pos++;
                    }
                    tokens.add(new Token(Type.FIELD, in.substring(start, pos), start));
                } else {
                    tokens.add(new Token(Type.DOT, ".", start));
                }
            } else if (c == '+' || c == '-' || Character.isDigit(c)) {
                if (!number()) {
                    return false;
                }
            } else if (isAlnum(c)) {
                while (pos < in.length() && isAlnum(in.charAt(pos))) {
                    pos++;
                }
                String word = in.substring(start, pos);
                if (pos < in.length() && !atTerminator()) {
                    return error("bad character " + GoFmt.unicode(in.codePointAt(pos)), pos);
                }
                Type type = KEYWORDS.contains(word) ? Type.KEYWORD
                        : word.equals("true") || word.equals("false") ? Type.BOOL
                        : word.equals("nil") ? Type.NIL : Type.IDENT;
                tokens.add(new Token(type, word, start));
            } else {
                return error("unrecognized character in action: " + GoFmt.unicode(in.codePointAt(pos)), pos);
            }
        }
    }

    /** lex.go atTerminator: what may follow a word. */
    private boolean atTerminator() {
        char c = in.charAt(pos);
        return isSpace(c) || c == '.' || c == ',' || c == '|' || c == ':' || c == ')' || c == '(' || c == '='
                || in.startsWith("}}", pos);
    }

    private boolean quoted(char quote, Type type, String unterminated, boolean escapes) {
        int start = pos;
        pos++;
        while (true) {
            if (pos >= in.length() || escapes && in.charAt(pos) == '\n') {
                return error(unterminated, start);
            }
            char c = in.charAt(pos);
            if (escapes && c == '\\' && pos + 1 < in.length()) {
                pos += 2;
                continue;
            }
            pos++;
            if (c == quote) {
                break;
            }
        }
        tokens.add(new Token(type, in.substring(start, pos), start));
        return true;
    }

    private boolean number() {
        int start = pos;
        if (in.charAt(pos) == '+' || in.charAt(pos) == '-') {
            pos++;
        }
        String digits = "0123456789_";
        if (in.startsWith("0x", pos) || in.startsWith("0X", pos)) {
            pos += 2;
            digits = "0123456789abcdefABCDEF_";
        }
        while (pos < in.length() && digits.indexOf(in.charAt(pos)) >= 0) {
            pos++;
        }
        if (pos < in.length() && in.charAt(pos) == '.') {
            pos++;
            while (pos < in.length() && digits.indexOf(in.charAt(pos)) >= 0) {
                pos++;
            }
        }
        if (pos < in.length() && (in.charAt(pos) == 'e' || in.charAt(pos) == 'E') && digits.length() == 11) {
            pos++;
            if (pos < in.length() && (in.charAt(pos) == '+' || in.charAt(pos) == '-')) {
                pos++;
            }
            while (pos < in.length() && Character.isDigit(in.charAt(pos))) {
                pos++;
            }
        }
        if (pos < in.length() && isAlnum(in.charAt(pos))) {
            pos++;
            return error("bad number syntax: " + GoText.quote(in.substring(start, pos)), start);
        }
        tokens.add(new Token(Type.NUMBER, in.substring(start, pos), start));
        return true;
    }

    private boolean error(String message, int at) {
        tokens.add(new Token(Type.ERROR, message, at));
        return false;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static boolean isAlnum(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
