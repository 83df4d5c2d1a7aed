package io.github.berth.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@link Parser}'s readers of the compound commands with a grammar of their own: {@code if},
 * {@code for} (and {@code for ((…))}, {@code select}'s list), {@code case}, {@code ((…))} and
 * <code>[[ … ]]</code>. Each starts after its keyword, which the parser has taken.
 */
final class CompoundParser {
    private final Parser p;

    CompoundParser(Parser p) {
        this.p = p;
    }

    /** {@code ((expr))}: the first parenthesis is taken; reads up to the matching {@code ))}. */
    Ast arithCommand() throws Parser.Incomplete, Parser.SyntaxError {
        String src = p.lexer.src;
        int from = p.lexer.pos + 1;
        int nesting = 0;
        for (int i = from; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '(') {
                nesting++;
            } else if (c == ')' && nesting > 0) {
                nesting--;
            } else if (c == ')') {
                if (i + 1 < src.length() && src.charAt(i + 1) == ')') {
                    p.lexer.pos = i + 2;
                    return new Ast.ArithCommand(Lexer.hereDocBody(src.substring(from, i)));
                }
                throw new Parser.SyntaxError(")");
            }
        }
        throw new Parser.Incomplete(null);
    }

    /** {@code for ((…; …; …))}: the first parenthesis is taken. */
    Ast arithFor() throws Parser.Incomplete, Parser.SyntaxError {
        String src = p.lexer.src;
        int from = p.lexer.pos + 1;
        int nesting = 0;
        List<Integer> semis = new ArrayList<>();
        int end = -1;
        for (int i = from; i < src.length() && end < 0; i++) {
            char c = src.charAt(i);
            if (c == '(') {
                nesting++;
            } else if (c == ')' && nesting > 0) {
                nesting--;
            } else if (c == ')') {
                if (i + 1 < src.length() && src.charAt(i + 1) == ')') {
                    end = i;
                } else {
                    throw new Parser.SyntaxError(")");
                }
            } else if (c == ';' && nesting == 0) {
                semis.add(i);
            }
        }
        if (end < 0) {
            throw new Parser.Incomplete(null);
        }
        if (semis.size() != 2) {
            throw new Parser.SyntaxError("((" + src.substring(from, end) + "))");
        }
        p.lexer.pos = end + 2;
        Word init = Lexer.hereDocBody(src.substring(from, semis.get(0)));
        Word test = Lexer.hereDocBody(src.substring(semis.get(0) + 1, semis.get(1)));
        Word step = Lexer.hereDocBody(src.substring(semis.get(1) + 1, end));
        if (p.peek().isOp(";")) {
            p.take();
        }
        p.skipNewlines();
        p.expectWord("do");
        Ast body = p.compoundList();
        p.expectWord("done");
        return new Ast.ArithFor(init, test, step, body);
    }

    Ast ifCommand() throws Parser.Incomplete, Parser.SyntaxError {
        List<Ast> conditions = new ArrayList<>();
        List<Ast> bodies = new ArrayList<>();
        conditions.add(p.compoundList());
        p.expectWord("then");
        bodies.add(p.compoundList());
        while (true) {
            Lexer.Tok t = p.take();
            if (t.isWord("elif")) {
                conditions.add(p.compoundList());
                p.expectWord("then");
                bodies.add(p.compoundList());
            } else if (t.isWord("else")) {
                Ast otherwise = p.compoundList();
                p.expectWord("fi");
                return new Ast.If(conditions, bodies, otherwise);
            } else if (t.isWord("fi")) {
                return new Ast.If(conditions, bodies, null);
            } else {
                throw Parser.unexpected(t);
            }
        }
    }

    Ast forCommand() throws Parser.Incomplete, Parser.SyntaxError {
        return forCommand(true);
    }

    /** {@code arith}: {@code for ((…))} may follow; not after {@code select}. */
    Ast forCommand(boolean arith) throws Parser.Incomplete, Parser.SyntaxError {
        if (arith && p.peek().isOp("(") && p.lexer.pos < p.lexer.src.length() && p.lexer.src.charAt(p.lexer.pos) == '(') {
            p.take();
            return arithFor();
        }
        Lexer.Tok name = p.take();
        if (name.kind() != Lexer.Kind.WORD) {
            throw Parser.unexpected(name);
        }
        List<Word> words = null;
        p.skipNewlines();
        if (p.peek().isWord("in")) {
            p.take();
            words = new ArrayList<>();
            while (p.peek().kind() == Lexer.Kind.WORD) {
                words.add(p.take().word());
            }
            Lexer.Tok sep = p.take();
            if (!sep.isOp(";") && sep.kind() != Lexer.Kind.NEWLINE) {
                throw Parser.unexpected(sep);
            }
        } else if (p.peek().isOp(";")) {
            p.take();
        }
        p.skipNewlines();
        p.expectWord("do");
        Ast body = p.compoundList();
        p.expectWord("done");
        return new Ast.For(name.word().typed(), words, body);
    }

    Ast caseCommand() throws Parser.Incomplete, Parser.SyntaxError {
        Lexer.Tok subject = p.take();
        if (subject.kind() != Lexer.Kind.WORD) {
            throw Parser.unexpected(subject);
        }
        p.skipNewlines();
        p.expectWord("in");
        List<Ast.CaseItem> items = new ArrayList<>();
        while (true) {
            p.skipNewlines();
            Lexer.Tok t = p.peek();
            if (t.isWord("esac")) {
                p.take();
                return new Ast.Case(subject.word(), items);
            }
            if (t.isOp("(")) {
                p.take();
            }
            List<Word> patterns = new ArrayList<>();
            while (true) {
                Lexer.Tok pattern = p.take();
                if (pattern.kind() != Lexer.Kind.WORD) {
                    throw Parser.unexpected(pattern);
                }
                patterns.add(pattern.word());
                Lexer.Tok after = p.take();
                if (after.isOp(")")) {
                    break;
                }
                if (!after.isOp("|")) {
                    throw Parser.unexpected(after);
                }
            }
            p.skipNewlines();
            Ast body = null;
            Lexer.Tok next = p.peek();
            if (!(next.kind() == Lexer.Kind.OP && next.text().startsWith(";")) && !next.isWord("esac")) {
                body = p.compoundList();
            }
            Lexer.Tok end = p.peek();
            if (end.isOp(";;") || end.isOp(";&") || end.isOp(";;&")) {
                p.take();
                items.add(new Ast.CaseItem(patterns, body, end.text()));
            } else if (end.isWord("esac")) {
                items.add(new Ast.CaseItem(patterns, body, ";;"));
            } else {
                throw Parser.unexpected(p.take());
            }
        }
    }

    /** <code>[[ … ]]</code>: words and operators up to {@code ]]}, taken as words. */
    Ast cond() throws Parser.Incomplete, Parser.SyntaxError {
        List<Word> words = new ArrayList<>();
        while (true) {
            Lexer.Tok t = p.take();
            switch (t.kind()) {
                case EOF -> throw new Parser.Incomplete("]]");
                case NEWLINE -> {
                    String last = words.isEmpty() ? null : words.get(words.size() - 1).plainText();
                    if (!"&&".equals(last) && !"||".equals(last)) {
                        throw new Parser.SyntaxError("newline");
                    }
                }
                case WORD -> {
                    if (t.isWord("]]")) {
                        if (words.isEmpty()) {
                            throw new Parser.SyntaxError("]]");
                        }
                        return new Ast.Cond(words);
                    }
                    words.add(t.word());
                    p.lexer.regex = "=~".equals(t.word().plainText()) && p.peeked == null;
                }
                default -> {
                    if (t.isOp(";") || t.text().startsWith(";") || t.isOp("|") || t.isOp("&")) {
                        throw new Parser.SyntaxError(t.display());
                    }
                    words.add(Word.literal(t.kind() == Lexer.Kind.REDIR && t.fd() >= 0 ? t.fd() + t.text() : t.text()));
                }
            }
        }
    }
}
