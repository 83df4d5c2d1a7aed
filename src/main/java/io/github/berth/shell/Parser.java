package io.github.berth.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds the parse tree of shell input, one complete command (up to a newline outside any compound
 * command) at a time, as bash reads it: a line is parsed whole before it runs. Errors are
 * exceptions inside the parser and values ({@link Result}) outside it.
 */
final class Parser {
    /** The input ended where more was needed; {@code matching} is the quote or bracket left open, or null. */
    static final class Incomplete extends Exception {
        final String matching;

        Incomplete(String matching) {
            super(matching, null, false, false);
            this.matching = matching;
        }
    }

    /** A token where it cannot be; bash names it. */
    static final class SyntaxError extends Exception {
        final String token;

        SyntaxError(String token) {
            super(token, null, false, false);
            this.token = token;
        }
    }

    /** What parsing the next command gave: a command, the end of input, or an error message. */
    sealed interface Result permits Command, End, Error {}

    record Command(Ast ast) implements Result {}

    record End() implements Result {}

    /** {@code incomplete}: the input ended too early (an interactive shell would read on). */
    record Error(String message, boolean incomplete) implements Result {}

    private static final Set<String> DECLARATIONS = Set.of("declare", "typeset", "local", "readonly", "export");
    private static final Set<String> CLOSERS = Set.of("then", "elif", "else", "fi", "do", "done", "esac", "}");

    final Lexer lexer;
    Lexer.Tok peeked;
    /** What closes the compound commands being read, innermost first (ash names it at the end of input). */
    private final java.util.Deque<String> open = new java.util.ArrayDeque<>();

    /** The line the last command read starts on ({@code $LINENO}). */
    int startLine = 1;

    private final CompoundParser compounds = new CompoundParser(this);

    Parser(Lexer lexer) {
        this.lexer = lexer;
    }

    static Parser of(String src) {
        return new Parser(new Lexer(src, 0, 0));
    }

    /** The line the lexer has reached: where a syntax error was found. */
    int errorLine() {
        return lexer.lineAt(Math.min(lexer.tokenStart, lexer.src.length()));
    }

    List<String> warnings() {
        return lexer.warnings;
    }

    boolean wantsMore() {
        return lexer.wantsMore;
    }

    /** The next complete command, as a value; {@code shell} names the shell in messages. */
    Result next(String shell) {
        return next(shell, null);
    }

    /** {@code context}: where the text comes from ({@code eval}), named with a line number in messages. */
    Result next(String shell, String context) {
        return next(shell, context, false);
    }

    /**
     * {@code ash}: word errors as busybox ash does ({@code sh: syntax error: unexpected "fi"}, from
     * raise_error_unexpected_syntax and readtoken1 in shell/ash.c).
     */
    Result next(String shell, String context, boolean ash) {
        try {
            Ast ast = nextCommand();
            return ast == null ? new End() : new Command(ast);
        } catch (Incomplete e) {
            return new Error(ash ? SyntaxMessages.ashIncomplete(shell, e.matching, open.peek())
                    : SyntaxMessages.bashIncomplete(shell, context, lexer.lineAt(lexer.src.length()), e.matching), true);
        } catch (SyntaxError e) {
            return new Error(ash ? SyntaxMessages.ashUnexpected(shell, e.token, lexer.pos >= lexer.src.length())
                    : SyntaxMessages.bashUnexpected(shell, context, lexer.lineAt(lexer.pos), e.token), false);
        } catch (StackOverflowError e) {
            return new Error(shell + ": expression nested too deeply", false);
        }
    }

    /** Parses everything (a backquoted command), as one sequence. */
    Ast whole() throws Incomplete, SyntaxError {
        List<Ast> items = new ArrayList<>();
        for (Ast ast = nextCommand(); ast != null; ast = nextCommand()) {
            if (ast instanceof Ast.Sequence s) {
                items.addAll(s.items()); // one flat list, as $(…) reads it
            } else {
                items.add(ast);
            }
        }
        return items.size() == 1 ? items.get(0) : new Ast.Sequence(items);
    }

    /** The commands of a {@code $(…)} up to its closing parenthesis, which it consumes. */
    Ast substitution() throws Incomplete, SyntaxError {
        try {
            skipNewlines();
            if (peek().isOp(")")) {
                take();
                return new Ast.Sequence(List.of());
            }
            Ast body = compoundList();
            Lexer.Tok t = take();
            if (t.isOp(")")) {
                return body;
            }
            if (t.kind() == Lexer.Kind.EOF) {
                throw new Incomplete(")");
            }
            throw new SyntaxError(t.display());
        } catch (Incomplete e) {
            throw new Incomplete(")");
        }
    }

    Lexer.Tok peek() throws Incomplete, SyntaxError {
        if (peeked == null) {
            peeked = lexer.next();
        }
        return peeked;
    }

    Lexer.Tok take() throws Incomplete, SyntaxError {
        Lexer.Tok t = peek();
        peeked = null;
        return t;
    }

    void skipNewlines() throws Incomplete, SyntaxError {
        while (peek().kind() == Lexer.Kind.NEWLINE) {
            take();
        }
    }

    /** The next command up to a newline, or null at the end of input. */
    Ast nextCommand() throws Incomplete, SyntaxError {
        skipNewlines();
        if (peek().kind() == Lexer.Kind.EOF) {
            return null;
        }
        startLine = lexer.lineAt(lexer.tokenStart);
        List<Ast> items = new ArrayList<>();
        items.add(andOr());
        while (true) {
            Lexer.Tok t = peek();
            if (t.isOp(";") || t.isOp("&")) {
                if (t.isOp("&")) {
                    items.set(items.size() - 1, new Ast.Background(items.get(items.size() - 1)));
                }
                take();
                Lexer.Kind k = peek().kind();
                if (k == Lexer.Kind.NEWLINE || k == Lexer.Kind.EOF) {
                    break;
                }
                items.add(andOr());
            } else if (t.kind() == Lexer.Kind.NEWLINE || t.kind() == Lexer.Kind.EOF) {
                break;
            } else {
                throw new SyntaxError(t.display());
            }
        }
        if (peek().kind() == Lexer.Kind.NEWLINE) {
            take();
        }
        return items.size() == 1 ? items.get(0) : new Ast.Sequence(items);
    }

    private boolean atCloser() throws Incomplete, SyntaxError {
        Lexer.Tok t = peek();
        if (t.kind() == Lexer.Kind.OP) {
            return t.text().equals(")") || t.text().startsWith(";;") || t.text().equals(";&");
        }
        return t.kind() == Lexer.Kind.WORD && t.word().plainText() != null && CLOSERS.contains(t.word().plainText());
    }

    /** Commands inside a compound command, up to a reserved word or operator that closes it. */
    Ast compoundList() throws Incomplete, SyntaxError {
        skipNewlines();
        if (peek().kind() == Lexer.Kind.EOF) {
            throw new Incomplete(null);
        }
        if (atCloser()) {
            throw new SyntaxError(peek().display());
        }
        List<Ast> items = new ArrayList<>();
        while (true) {
            items.add(andOr());
            Lexer.Tok t = peek();
            if (t.isOp("&")) {
                items.set(items.size() - 1, new Ast.Background(items.get(items.size() - 1)));
            }
            if (t.isOp(";") || t.isOp("&") || t.kind() == Lexer.Kind.NEWLINE) {
                take();
                skipNewlines();
            } else if (t.kind() == Lexer.Kind.EOF) {
                throw new Incomplete(null);
            } else {
                break;
            }
            if (peek().kind() == Lexer.Kind.EOF) {
                throw new Incomplete(null);
            }
            if (atCloser()) {
                break;
            }
        }
        return items.size() == 1 ? items.get(0) : new Ast.Sequence(items);
    }

    private Ast andOr() throws Incomplete, SyntaxError {
        List<Ast> items = new ArrayList<>();
        List<String> ops = new ArrayList<>();
        items.add(pipeline());
        while (peek().isOp("&&") || peek().isOp("||")) {
            ops.add(take().text());
            skipNewlines();
            if (peek().kind() == Lexer.Kind.EOF) {
                throw new Incomplete(null);
            }
            items.add(pipeline());
        }
        return items.size() == 1 ? items.get(0) : new Ast.AndOr(items, ops);
    }

    private Ast pipeline() throws Incomplete, SyntaxError {
        boolean bang = false;
        while (peek().isWord("!")) {
            take();
            bang = !bang;
            if (peek().kind() == Lexer.Kind.EOF) {
                throw new Incomplete(null);
            }
        }
        List<Ast> stages = new ArrayList<>();
        List<Boolean> stderrToo = new ArrayList<>();
        stages.add(command());
        while (peek().isOp("|") || peek().isOp("|&")) {
            stderrToo.add(take().text().equals("|&"));
            skipNewlines();
            if (peek().kind() == Lexer.Kind.EOF) {
                throw new Incomplete(null);
            }
            if (peek().isWord("!")) {
                throw new SyntaxError("!"); // bash: "!" only starts a pipeline
            }
            stages.add(command());
        }
        return stages.size() == 1 && !bang ? stages.get(0) : new Ast.Pipeline(stages, stderrToo, bang);
    }

    private Ast command() throws Incomplete, SyntaxError {
        Lexer.Tok t = peek();
        if (t.kind() == Lexer.Kind.EOF) {
            throw new Incomplete(null);
        }
        if (t.kind() == Lexer.Kind.NEWLINE) {
            throw new SyntaxError("newline");
        }
        if (t.kind() == Lexer.Kind.OP && !t.text().equals("(")) {
            throw new SyntaxError(t.display());
        }
        Ast compound = compound();
        if (compound == null) {
            return simple();
        }
        List<Ast.Redir> redirs = new ArrayList<>();
        while (peek().kind() == Lexer.Kind.REDIR) {
            redirs.add(redirection(take()));
        }
        return redirs.isEmpty() ? compound : new Ast.Redirected(compound, redirs);
    }

    /** A compound command or function definition at the next token, or null when it starts a simple command. */
    private Ast compound() throws Incomplete, SyntaxError {
        Lexer.Tok t = peek();
        String closer = t.isOp("(") ? ")" : t.kind() != Lexer.Kind.WORD || t.word().plainText() == null ? null
                : switch (t.word().plainText()) {
                    case "{" -> "}";
                    case "if" -> "fi";
                    case "for", "while", "until", "select" -> "done";
                    case "case" -> "esac";
                    default -> null;
                };
        if (closer == null) {
            return compoundBody();
        }
        open.push(closer);
        Ast ast = compoundBody();
        open.pop();
        return ast;
    }

    private Ast compoundBody() throws Incomplete, SyntaxError {
        Lexer.Tok t = peek();
        if (t.isOp("(")) {
            take();
            if (lexer.pos < lexer.src.length() && lexer.src.charAt(lexer.pos) == '(' && peeked == null) {
                return compounds.arithCommand();
            }
            Ast body = compoundList();
            expectOp(")");
            return new Ast.Subshell(body);
        }
        String word = t.kind() == Lexer.Kind.WORD ? t.word().plainText() : null;
        if (word == null) {
            return null;
        }
        switch (word) {
            case "{": {
                take();
                Ast body = compoundList();
                expectWord("}");
                return new Ast.Group(body);
            }
            case "if":
                take();
                return compounds.ifCommand();
            case "for":
                take();
                return compounds.forCommand();
            case "select": {
                take();
                Ast.For f = (Ast.For) compounds.forCommand(false);
                return new Ast.Select(f.name(), f.words(), f.body());
            }
            case "while":
            case "until": {
                take();
                Ast condition = compoundList();
                expectWord("do");
                Ast body = compoundList();
                expectWord("done");
                return new Ast.Loop(condition, body, word.equals("until"));
            }
            case "case":
                take();
                return compounds.caseCommand();
            case "function": {
                take();
                Lexer.Tok name = take();
                if (name.kind() != Lexer.Kind.WORD) {
                    throw unexpected(name);
                }
                if (peek().isOp("(")) {
                    take();
                    expectOp(")");
                }
                return new Ast.FunctionDef(name.word().typed(), functionBody(), true);
            }
            case "[[":
                take();
                return compounds.cond();
            default:
                if (CLOSERS.contains(word)) {
                    throw new SyntaxError(word);
                }
                return null;
        }
    }

    private Ast functionBody() throws Incomplete, SyntaxError {
        skipNewlines();
        Lexer.Tok t = peek();
        if (t.kind() == Lexer.Kind.EOF) {
            throw new Incomplete(null);
        }
        Ast body = t.kind() == Lexer.Kind.WORD || t.isOp("(") ? compound() : null;
        if (body == null || body instanceof Ast.FunctionDef) {
            throw new SyntaxError(t.display());
        }
        List<Ast.Redir> redirs = new ArrayList<>();
        while (peek().kind() == Lexer.Kind.REDIR) {
            redirs.add(redirection(take()));
        }
        return redirs.isEmpty() ? body : new Ast.Redirected(body, redirs);
    }

    private Ast simple() throws Incomplete, SyntaxError {
        peek();
        int line = lexer.lineAt(lexer.tokenStart);
        List<Ast.Assign> assigns = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        List<Ast.Redir> redirs = new ArrayList<>();
        while (true) {
            Lexer.Tok t = peek();
            if (t.kind() == Lexer.Kind.WORD) {
                take();
                Ast.Assign assign = words.isEmpty() ? Assignments.of(t.word()) : null;
                if (assign != null) {
                    assigns.add(assign);
                    continue;
                }
                if (t.word().parts().stream().anyMatch(p -> p instanceof Word.ArrayLit)
                        && (words.isEmpty() || !DECLARATIONS.contains(String.valueOf(words.get(0).plainText())))) {
                    throw new SyntaxError("("); // only an assignment, or declare and its kin, take NAME=(…)
                }
                words.add(t.word());
                if (words.size() == 1 && assigns.isEmpty() && redirs.isEmpty() && peek().isOp("(")) {
                    take();
                    expectOp(")");
                    return new Ast.FunctionDef(t.word().typed(), functionBody(), false);
                }
            } else if (t.kind() == Lexer.Kind.REDIR) {
                redirs.add(redirection(take()));
            } else {
                break;
            }
        }
        if (assigns.isEmpty() && words.isEmpty() && redirs.isEmpty()) {
            throw unexpected(peek());
        }
        return new Ast.Simple(assigns, words, redirs, line);
    }

    private Ast.Redir redirection(Lexer.Tok op) throws Incomplete, SyntaxError {
        lexer.target = peeked == null;
        Lexer.Tok target = take();
        if (target.kind() != Lexer.Kind.WORD) {
            throw new SyntaxError(target.display());
        }
        if (op.text().startsWith("<<") && !op.text().equals("<<<")) {
            Word w = target.word();
            String delimiter = Printer.unquoted(w);
            Ast.HereDoc doc = new Ast.HereDoc(delimiter, w.quoted(), op.text().equals("<<-"));
            lexer.addHereDoc(doc);
            return new Ast.Redir(op.fd(), op.text(), null, doc);
        }
        return new Ast.Redir(op.fd(), op.text(), target.word(), null);
    }

    void expectWord(String word) throws Incomplete, SyntaxError {
        Lexer.Tok t = take();
        if (!t.isWord(word)) {
            throw unexpected(t);
        }
    }

    void expectOp(String op) throws Incomplete, SyntaxError {
        Lexer.Tok t = take();
        if (!t.isOp(op)) {
            throw unexpected(t);
        }
    }

    /** The error for a token where another was needed: the end of input asks for more. */
    static SyntaxError unexpected(Lexer.Tok t) throws Incomplete {
        if (t.kind() == Lexer.Kind.EOF) {
            throw new Incomplete(null);
        }
        return new SyntaxError(t.display());
    }
}
