package io.github.berth.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads shell input one token at a time for the {@link Parser}: words (with their quoting, parameter
 * references, command and arithmetic substitutions parsed into parts), control operators,
 * redirection operators and newlines. At a newline it reads the bodies of the here-documents the
 * line opened. A {@code $(…)} is parsed by a nested parser that reads from the same text.
 */
final class Lexer {
    enum Kind { WORD, OP, REDIR, NEWLINE, EOF }

    /** A token: a word, an operator ({@code text}), a redirection ({@code text}, {@code fd}), newline or end. */
    record Tok(Kind kind, String text, Word word, int fd) {
        /** How bash names the token in "syntax error near unexpected token". */
        String display() {
            return switch (kind) {
                case WORD -> word.typed();
                case NEWLINE, EOF -> "newline";
                case REDIR -> text;
                default -> text;
            };
        }

        boolean isOp(String op) {
            return kind == Kind.OP && text.equals(op);
        }

        boolean isWord(String reserved) {
            return kind == Kind.WORD && reserved.equals(word.plainText());
        }
    }

    private static final String[] OPS = {";;&", ";;", ";&", ";", "&&", "&>>", "&>", "&", "||", "|&", "|", "(", ")"};
    private static final String[] REDIRS = {"<<<", "<<-", "<<", "<&", "<>", "<", ">>", ">&", ">|", ">"};

    final String src;
    int pos;
    private final int depth;
    private final List<Ast.HereDoc> pending = new ArrayList<>();
    private final List<Integer> pendingLines = new ArrayList<>();
    /** Warnings for here-documents that the input ended inside of (bash runs them anyway). */
    final List<String> warnings = new ArrayList<>();
    /** Whether the input ends in a way an interactive shell would read more lines for, though it runs. */
    boolean wantsMore;
    /** The next token is a redirection's target: digits before {@code >} there are a word ({@code 2>&1>f}). */
    boolean target;
    /** Where the last token read starts. */
    int tokenStart;

    /** Reads <code>${…}</code>: parameters, subscripts, operators and their words. */
    final ParamLexer params = new ParamLexer(this);

    Lexer(String src, int pos, int depth) {
        this.src = src;
        this.pos = pos;
        this.depth = depth;
    }

    void addHereDoc(Ast.HereDoc doc) {
        pending.add(doc);
        pendingLines.add(lineAt(pos));
    }

    int lineAt(int at) {
        int line = 1;
        for (int i = 0; i < at && i < src.length(); i++) {
            if (src.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The next word is the regular expression after {@code =~} in <code>[[ ]]</code>. */
    boolean regex;

    Tok next() throws Parser.Incomplete, Parser.SyntaxError {
        skipBlanks();
        if (pos < src.length() && src.charAt(pos) == '#') {
            while (pos < src.length() && src.charAt(pos) != '\n') {
                pos++;
            }
        }
        tokenStart = pos;
        if (regex && pos < src.length() && " \t\n;&<>)".indexOf(src.charAt(pos)) < 0) {
            return new Tok(Kind.WORD, null, word(), -1);
        }
        regex = false;
        if (pos >= src.length()) {
            readHereDocs();
            return new Tok(Kind.EOF, "", null, -1);
        }
        char c = src.charAt(pos);
        if (c == '\n') {
            pos++;
            readHereDocs();
            return new Tok(Kind.NEWLINE, "\n", null, -1);
        }
        int digits = pos;
        while (digits < src.length() && Character.isDigit(src.charAt(digits)) && digits - pos < 9) {
            digits++;
        }
        boolean isTarget = target;
        target = false;
        if (!isTarget && digits > pos && digits < src.length() && (src.charAt(digits) == '<' || src.charAt(digits) == '>')) {
            int fd = Integer.parseInt(src.substring(pos, digits));
            pos = digits;
            return redirection(fd);
        }
        if (c == '<' || c == '>') {
            return redirection(-1);
        }
        for (String op : OPS) {
            if (src.startsWith(op, pos)) {
                pos += op.length();
                if (op.startsWith("&>")) {
                    return new Tok(Kind.REDIR, op, null, -1);
                }
                return new Tok(Kind.OP, op, null, -1);
            }
        }
        return new Tok(Kind.WORD, null, word(), -1);
    }

    private Tok redirection(int fd) {
        for (String op : REDIRS) {
            if (src.startsWith(op, pos)) {
                pos += op.length();
                return new Tok(Kind.REDIR, op.equals(">|") ? ">" : op, null, fd);
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

    private void readHereDocs() throws Parser.Incomplete, Parser.SyntaxError {
        for (int i = 0; i < pending.size(); i++) {
            Ast.HereDoc doc = pending.get(i);
            StringBuilder body = new StringBuilder();
            boolean terminated = false;
            while (pos < src.length()) {
                int eol = src.indexOf('\n', pos);
                String line = src.substring(pos, eol < 0 ? src.length() : eol);
                pos = eol < 0 ? src.length() : eol + 1;
                if (doc.stripTabs) {
                    line = line.replaceFirst("^\t+", "");
                }
                if (line.equals(doc.delimiter)) {
                    terminated = true;
                    break;
                }
                body.append(line).append('\n');
            }
            if (!terminated) {
                wantsMore = true;
                warnings.add("warning: here-document at line " + pendingLines.get(i)
                        + " delimited by end-of-file (wanted `" + doc.delimiter + "')");
            }
            doc.body = doc.quoted ? new Word(List.of(new Word.Literal(body.toString(), true)))
                    : hereDocBody(body.toString());
        }
        pending.clear();
        pendingLines.clear();
    }

    /** An unquoted here-document's body: only {@code $}, backquotes and backslash before them are special. */
    static Word hereDocBody(String text) throws Parser.Incomplete, Parser.SyntaxError {
        Lexer lexer = new Lexer(text, 0, 1);
        List<Word.Part> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        while (lexer.pos < text.length()) {
            char c = text.charAt(lexer.pos++);
            if (c == '\\' && lexer.pos < text.length() && "$`\\\n".indexOf(text.charAt(lexer.pos)) >= 0) {
                char next = text.charAt(lexer.pos++);
                if (next != '\n') {
                    lit.append(next);
                }
            } else if (c == '$') {
                lexer.dollar(parts, lit, true);
            } else if (c == '`') {
                lexer.backquote(parts, lit, true);
            } else {
                lit.append(c);
            }
        }
        flush(parts, lit, true);
        return new Word(List.copyOf(parts), text);
    }

    /** A word in ordinary (unquoted) context, up to a blank or an operator character. */
    Word word() throws Parser.Incomplete, Parser.SyntaxError {
        boolean inRegex = regex;
        regex = false;
        int depth = 0;
        int start = pos;
        List<Word.Part> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        boolean assignment = false;
        tilde(parts, lit);
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '(' && assignment && parts.isEmpty() && lit.length() > 0 && lit.charAt(lit.length() - 1) == '=') {
                pos++;
                flush(parts, lit, false);
                parts.add(arrayLiteral());
                break;
            }
            if (inRegex && (c == '(' || c == ')' && depth > 0 || c == '|' || depth > 0 && (c == ' ' || c == '\t'))) {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0; // [[ x =~ ^(a|b) c$ ]]: parentheses and bars belong to the regex
                pos++;
                lit.append(c);
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\n' || ";&|<>()".indexOf(c) >= 0) {
                break;
            }
            pos++;
            if (c == '\'') {
                flush(parts, lit, false);
                int end = src.indexOf('\'', pos);
                if (end < 0) {
                    throw new Parser.Incomplete("'");
                }
                lit.append(src, pos, end);
                flush(parts, lit, true);
                emptyQuoted(parts);
                pos = end + 1;
            } else if (c == '"') {
                flush(parts, lit, false);
                doubleQuoted(parts, lit);
            } else if (c == '\\') {
                if (pos >= src.length()) {
                    wantsMore = true; // bash -c keeps a final backslash; a prompt reads the next line
                    flush(parts, lit, false);
                    lit.append('\\');
                    flush(parts, lit, true);
                } else if (src.charAt(pos) != '\n') {
                    flush(parts, lit, false);
                    lit.append(src.charAt(pos++));
                    flush(parts, lit, true);
                } else {
                    pos++;
                }
            } else if (c == '$') {
                dollar(parts, lit, false);
            } else if (c == '`') {
                backquote(parts, lit, false);
            } else if (c == '=' && !assignment && parts.isEmpty() && isName(lit)) {
                assignment = true;
                lit.append(c);
                tilde(parts, lit);
            } else {
                lit.append(c);
            }
        }
        flush(parts, lit, false);
        return new Word(List.copyOf(parts), src.substring(start, pos).replace("\\\n", ""));
    }

    /** The words of {@code NAME=(…)} after its opening parenthesis, up to the closing one, which it takes. */
    private Word.ArrayLit arrayLiteral() throws Parser.Incomplete, Parser.SyntaxError {
        List<Word> elements = new ArrayList<>();
        while (true) {
            while (pos < src.length() && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t' || src.charAt(pos) == '\n'
                    || src.startsWith("\\\n", pos))) {
                pos += src.charAt(pos) == '\\' ? 2 : 1;
            }
            if (pos < src.length() && src.charAt(pos) == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
                continue;
            }
            if (pos >= src.length()) {
                throw new Parser.Incomplete(")");
            }
            char c = src.charAt(pos);
            if (c == ')') {
                pos++;
                return new Word.ArrayLit(List.copyOf(elements));
            }
            if (";&|<>(".indexOf(c) >= 0) {
                throw new Parser.SyntaxError(String.valueOf(c));
            }
            int close = c == '[' ? params.subscriptEnd(pos) : -1;
            if (close > 0 && (src.startsWith("=", close + 1) || src.startsWith("+=", close + 1))) {
                // [key]=value: the key may hold blanks
                List<Word.Part> parts = new ArrayList<>();
                StringBuilder lit = new StringBuilder("[");
                flush(parts, lit, false);
                parts.addAll(ParamLexer.subscriptWord(src.substring(pos + 1, close)).parts());
                int start = pos;
                pos = close;
                Word rest = word();
                for (Word.Part part : rest.parts()) {
                    if (part instanceof Word.Literal l && !l.quoted()) {
                        lit.append(l.text());
                        flush(parts, lit, false);
                    } else {
                        parts.add(part);
                    }
                }
                elements.add(new Word(List.copyOf(parts), src.substring(start, pos)));
                continue;
            }
            elements.add(word());
        }
    }

    private static boolean isName(CharSequence s) {
        if (s.length() == 0 || !isNameStart(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isNameStart(c) && !Character.isDigit(c) && !(c == '+' && i == s.length() - 1)) {
                return false;
            }
        }
        return true;
    }

    /** A {@code ~} or {@code ~user} at {@code pos}, when it ends at a slash or the word's end. */
    private void tilde(List<Word.Part> parts, StringBuilder lit) {
        if (pos >= src.length() || src.charAt(pos) != '~') {
            return;
        }
        int end = pos + 1;
        while (end < src.length() && (Character.isLetterOrDigit(src.charAt(end)) || "._-+".indexOf(src.charAt(end)) >= 0)) {
            end++;
        }
        if (end < src.length() && src.charAt(end) != '/' && " \t\n;&|<>()".indexOf(src.charAt(end)) < 0) {
            return;
        }
        flush(parts, lit, false);
        parts.add(new Word.Tilde(src.substring(pos + 1, end)));
        pos = end;
    }

    void doubleQuoted(List<Word.Part> parts, StringBuilder lit) throws Parser.Incomplete, Parser.SyntaxError {
        while (true) {
            if (pos >= src.length()) {
                throw new Parser.Incomplete("\"");
            }
            char c = src.charAt(pos++);
            if (c == '"') {
                flush(parts, lit, true);
                emptyQuoted(parts);
                return;
            }
            if (c == '\\' && pos < src.length() && "$`\"\\\n".indexOf(src.charAt(pos)) >= 0) {
                char next = src.charAt(pos++);
                if (next != '\n') {
                    lit.append(next);
                }
            } else if (c == '$') {
                dollar(parts, lit, true);
            } else if (c == '`') {
                backquote(parts, lit, true);
            } else {
                lit.append(c);
            }
        }
    }

    /** After a {@code $}: an expansion, or a literal dollar sign. */
    void dollar(List<Word.Part> parts, StringBuilder lit, boolean quoted) throws Parser.Incomplete, Parser.SyntaxError {
        char c = pos < src.length() ? src.charAt(pos) : 0;
        if (c == '(' && src.startsWith("((", pos)) {
            int end = arithEnd(pos + 2);
            flush(parts, lit, quoted);
            Word expr = hereDocBody(src.substring(pos + 2, end));
            parts.add(new Word.Arith(expr, quoted));
            pos = end + 2;
        } else if (c == '(') {
            flush(parts, lit, quoted);
            Lexer inner = new Lexer(src, pos + 1, depth + 1);
            Ast body = new Parser(inner).substitution();
            pos = inner.pos;
            parts.add(new Word.CommandSub(body, quoted));
        } else if (c == '{') {
            flush(parts, lit, quoted);
            pos++;
            parts.add(params.braced(quoted));
        } else if (c == '\'' && !quoted) {
            int end = pos + 1;
            StringBuilder text = new StringBuilder();
            end = AnsiC.decode(src, end, text);
            if (end < 0) {
                throw new Parser.Incomplete("'");
            }
            flush(parts, lit, false);
            lit.append(text);
            flush(parts, lit, true);
            emptyQuoted(parts);
            pos = end;
        } else if (c == '"' && !quoted) {
            pos++;
            flush(parts, lit, false);
            doubleQuoted(parts, lit);
        } else if (c != 0 && "?#@*$!-0123456789".indexOf(c) >= 0) {
            pos++;
            flush(parts, lit, quoted);
            parts.add(new Word.Param(String.valueOf(c), quoted));
        } else if (isNameStart(c)) {
            int start = pos;
            while (pos < src.length() && (isNameStart(src.charAt(pos)) || Character.isDigit(src.charAt(pos))
                    && src.charAt(pos) < 128)) {
                pos++;
            }
            flush(parts, lit, quoted);
            parts.add(new Word.Param(src.substring(start, pos), quoted));
        } else {
            lit.append('$');
        }
    }

    /** Where the {@code ))} closing an arithmetic expansion starts. */
    private int arithEnd(int from) throws Parser.Incomplete {
        int nesting = 0;
        for (int i = from; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '(') {
                nesting++;
            } else if (c == ')') {
                if (nesting == 0) {
                    if (i + 1 < src.length() && src.charAt(i + 1) == ')') {
                        return i;
                    }
                    throw new Parser.Incomplete("))");
                }
                nesting--;
            }
        }
        throw new Parser.Incomplete("))");
    }

    /** A backquoted command: backslash quotes only {@code $}, backquote and backslash (and {@code "} in quotes). */
    void backquote(List<Word.Part> parts, StringBuilder lit, boolean quoted) throws Parser.Incomplete, Parser.SyntaxError {
        StringBuilder inner = new StringBuilder();
        while (true) {
            if (pos >= src.length()) {
                throw new Parser.Incomplete("`");
            }
            char c = src.charAt(pos++);
            if (c == '`') {
                break;
            }
            if (c == '\\' && pos < src.length()
                    && ("$`\\".indexOf(src.charAt(pos)) >= 0 || quoted && src.charAt(pos) == '"')) {
                inner.append(src.charAt(pos++));
            } else {
                inner.append(c);
            }
        }
        flush(parts, lit, quoted);
        Parser parser = new Parser(new Lexer(inner.toString(), 0, depth + 1));
        parts.add(new Word.CommandSub(parser.whole(), quoted));
    }

    /** Quotes with nothing in them still make an argument: an empty quoted part stands for them. */
    private static void emptyQuoted(List<Word.Part> parts) {
        if (parts.isEmpty() || !parts.get(parts.size() - 1).quoted()) {
            parts.add(new Word.Literal("", true));
        }
    }

    static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    /** Adds the pending literal text as a part, merged into the part before when both are alike. */
    static void flush(List<Word.Part> parts, StringBuilder lit, boolean quoted) {
        if (lit.length() == 0) {
            return;
        }
        if (!parts.isEmpty() && parts.get(parts.size() - 1) instanceof Word.Literal prev && prev.quoted() == quoted) {
            parts.set(parts.size() - 1, new Word.Literal(prev.text() + lit, quoted));
        } else {
            parts.add(new Word.Literal(lit.toString(), quoted));
        }
        lit.setLength(0);
    }
}
