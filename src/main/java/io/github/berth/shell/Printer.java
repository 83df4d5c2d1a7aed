package io.github.berth.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a parse tree back to shell text that parses to the same tree: {@code set -x} traces and
 * {@code type}'s listing of a function use it, and the property tests check the round trip.
 */
final class Printer {
    private final StringBuilder out = new StringBuilder();
    private final List<Ast.HereDoc> pending = new ArrayList<>();

    private Printer() {}

    static String print(Ast ast) {
        Printer p = new Printer();
        p.node(ast);
        // a here-document whose body never began (the input ended on its line) has no lines to print
        if (p.pending.stream().anyMatch(doc -> doc.body != null)) {
            p.newline();
        }
        return p.out.toString();
    }

    /**
     * A function as bash's {@code type} lists it: {@code name () }, the braces on lines of their own
     * and each command of the body on its own line, indented by four spaces.
     */
    static String function(Ast.FunctionDef f) {
        StringBuilder sb = new StringBuilder(f.name()).append(" () \n");
        if (!(f.body() instanceof Ast.Group g)) {
            return sb.append(print(f.body())).append('\n').toString();
        }
        sb.append("{ \n");
        List<Ast> items = g.body() instanceof Ast.Sequence s ? s.items() : List.of(g.body());
        for (int i = 0; i < items.size(); i++) {
            sb.append("    ").append(print(items.get(i)).strip()).append(i < items.size() - 1 ? ";\n" : "\n");
        }
        return sb.append("}\n").toString();
    }

    static String word(Word word) {
        Printer p = new Printer();
        p.word(word, false);
        return p.out.toString();
    }

    /** A here-document delimiter as the shell compares it: the word with its quotes removed. */
    static String unquoted(Word word) {
        StringBuilder sb = new StringBuilder();
        for (Word.Part part : word.parts()) {
            if (part instanceof Word.Literal l) {
                sb.append(l.text());
            } else if (part instanceof Word.Tilde t) {
                sb.append('~').append(t.user());
            } else {
                return word.typed().replace("'", "").replace("\"", "");
            }
        }
        return sb.toString();
    }

    private void newline() {
        out.append('\n');
        for (Ast.HereDoc doc : pending) {
            if (doc.body == null) {
                continue; // the input ended before its body began: it has neither lines nor delimiter
            }
            boolean unmatchable = doc.delimiter.contains("\n"); // no line can equal it: the input's end ended it
            if (doc.body != null && !doc.body.parts().isEmpty() && (unmatchable || !endsWithNewline(doc.body))) {
                // a document ended by the end of the input (its last line has no newline, or ends in a
                // backslash-newline that joined the end of the input, or its delimiter holds a newline):
                // print its text as it was, with no delimiter
                if (doc.quoted) {
                    out.append(((Word.Literal) doc.body.parts().get(0)).text());
                } else if (doc.body.source() != null) {
                    out.append(doc.body.source());
                } else {
                    hereBody(doc.body);
                }
                continue;
            }
            if (doc.body != null) {
                if (doc.quoted) {
                    out.append(((Word.Literal) doc.body.parts().get(0)).text());
                } else {
                    hereBody(doc.body);
                }
            }
            out.append(doc.delimiter).append('\n');
        }
        pending.clear();
    }

    /** A quoted here-document delimiter: in single quotes, or in double quotes when it holds a single quote. */
    private static String quotedDelimiter(String delimiter) {
        return !delimiter.contains("'") ? "'" + delimiter + "'"
                : "\"" + delimiter.replaceAll("([\\\\\"$`])", "\\\\$1") + "\"";
    }

    /** Whether the body's last line ended with a newline; an empty body counts as ended (by its delimiter). */
    private static boolean endsWithNewline(Word body) {
        Word.Part last = body.parts().get(body.parts().size() - 1);
        return last instanceof Word.Literal l && (l.text().isEmpty() && body.parts().size() == 1 || l.text().endsWith("\n"));
    }

    private void separator() {
        if (pending.isEmpty()) {
            out.append(out.length() > 0 && out.charAt(out.length() - 1) == '&' ? " " : "; ");
        } else {
            newline();
        }
    }

    private void node(Ast ast) {
        if (ast instanceof Ast.Sequence s) {
            for (int i = 0; i < s.items().size(); i++) {
                if (i > 0) {
                    separator();
                }
                node(s.items().get(i));
            }
        } else if (ast instanceof Ast.AndOr a) {
            node(a.items().get(0));
            for (int i = 1; i < a.items().size(); i++) {
                out.append(' ').append(a.ops().get(i - 1)).append(' ');
                node(a.items().get(i));
            }
        } else if (ast instanceof Ast.Pipeline p) {
            if (p.bang()) {
                out.append("! ");
            }
            node(p.stages().get(0));
            for (int i = 1; i < p.stages().size(); i++) {
                out.append(p.stderrToo().get(i - 1) ? " |& " : " | ");
                node(p.stages().get(i));
            }
        } else if (ast instanceof Ast.Simple s) {
            simple(s);
        } else if (ast instanceof Ast.Background b) {
            node(b.command());
            out.append(" &");
        } else if (ast instanceof Ast.Subshell s) {
            out.append("( ");
            node(s.body());
            out.append(" )");
        } else if (ast instanceof Ast.Group g) {
            out.append("{ ");
            body(g.body());
            out.append('}');
        } else if (ast instanceof Ast.If f) {
            for (int i = 0; i < f.conditions().size(); i++) {
                out.append(i == 0 ? "if " : "elif ");
                body(f.conditions().get(i));
                out.append("then ");
                body(f.bodies().get(i));
            }
            if (f.otherwise() != null) {
                out.append("else ");
                body(f.otherwise());
            }
            out.append("fi");
        } else if (ast instanceof Ast.For f) {
            out.append("for ").append(f.name());
            if (f.words() != null) {
                out.append(" in");
                for (Word w : f.words()) {
                    out.append(' ');
                    word(w, false);
                }
            }
            out.append("; do ");
            body(f.body());
            out.append("done");
        } else if (ast instanceof Ast.Select f) {
            out.append("select ").append(f.name());
            if (f.words() != null) {
                out.append(" in");
                for (Word w : f.words()) {
                    out.append(' ');
                    word(w, false);
                }
            }
            out.append("; do ");
            body(f.body());
            out.append("done");
        } else if (ast instanceof Ast.Loop l) {
            out.append(l.until() ? "until " : "while ");
            body(l.condition());
            out.append("do ");
            body(l.body());
            out.append("done");
        } else if (ast instanceof Ast.Case c) {
            out.append("case ");
            word(c.subject(), false);
            out.append(" in ");
            for (Ast.CaseItem item : c.items()) {
                for (int i = 0; i < item.patterns().size(); i++) {
                    if (i > 0) {
                        out.append(" | ");
                    }
                    word(item.patterns().get(i), false);
                }
                out.append(") ");
                if (item.body() != null) {
                    node(item.body());
                    if (!pending.isEmpty()) {
                        newline();
                    } else {
                        out.append(' ');
                    }
                }
                out.append(item.terminator()).append(' ');
            }
            out.append("esac");
        } else if (ast instanceof Ast.FunctionDef f) {
            out.append(f.keyword() ? "function " + f.name() + " " : f.name() + " () ");
            node(f.body());
        } else if (ast instanceof Ast.Redirected r) {
            node(r.command());
            for (Ast.Redir redir : r.redirs()) {
                out.append(' ');
                redir(redir);
            }
        } else if (ast instanceof Ast.Cond c) {
            out.append("[[");
            for (Word w : c.words()) {
                out.append(' ');
                word(w, false);
            }
            out.append(" ]]");
        } else if (ast instanceof Ast.ArithFor f) {
            out.append("for ((");
            hereBody(f.init());
            out.append(';');
            hereBody(f.test());
            out.append(';');
            hereBody(f.step());
            out.append(")); do ");
            body(f.body());
            out.append("done");
        } else if (ast instanceof Ast.ArithCommand a) {
            out.append("((");
            hereBody(a.expr());
            out.append("))");
        }
    }

    /** A list inside a compound command, with the separator that must follow it. */
    private void body(Ast ast) {
        node(ast);
        separator();
    }

    private void simple(Ast.Simple s) {
        String sep = "";
        for (Ast.Assign a : s.assigns()) {
            out.append(sep).append(a.name());
            if (a.index() != null) {
                out.append('[');
                word(a.index(), false);
                out.append(']');
            }
            out.append(a.append() ? "+=" : "=");
            if (a.array() != null) {
                arrayLiteral(a.array());
            } else {
                word(a.value(), false);
            }
            sep = " ";
        }
        String first = s.words().isEmpty() ? null : s.words().get(0).plainText();
        boolean redirsFirst = s.assigns().isEmpty() && first != null && Builtins.KEYWORDS.contains(first);
        if (redirsFirst) { // "<f {" must not become "{ <f"
            for (Ast.Redir r : s.redirs()) {
                out.append(sep);
                redir(r);
                sep = " ";
            }
        }
        for (Word w : s.words()) {
            out.append(sep);
            word(w, false);
            sep = " ";
        }
        for (Ast.Redir r : redirsFirst ? List.<Ast.Redir>of() : s.redirs()) {
            out.append(sep);
            redir(r);
            sep = " ";
        }
    }

    private void arrayLiteral(List<Word> elements) {
        out.append('(');
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            word(elements.get(i), false);
        }
        out.append(')');
    }

    private void redir(Ast.Redir r) {
        if (r.fd() >= 0) {
            out.append(r.fd());
        }
        out.append(r.op());
        if (r.here() != null) {
            out.append(r.here().quoted ? quotedDelimiter(r.here().delimiter) : r.here().delimiter);
            pending.add(r.here());
        } else {
            out.append(' ');
            word(r.target(), false);
        }
    }

    /** A word's parts; {@code inQuotes}: inside a double-quoted parameter's argument. */
    private void word(Word word, boolean inQuotes) {
        for (Word.Part part : word.parts()) {
            if (part instanceof Word.Literal l) {
                if (inQuotes) {
                    escaped(l.text(), "$`\"\\}/:");
                } else if (l.quoted() && afterDollar() && !l.text().isEmpty() && l.text().charAt(0) != '\n') {
                    // "$'" would start $'...' quoting: the first character is escaped instead
                    out.append('\\').append(l.text().charAt(0));
                    if (l.text().length() > 1) {
                        out.append('\'').append(l.text().substring(1).replace("'", "'\\''")).append('\'');
                    }
                } else if (l.quoted()) {
                    out.append('\'').append(l.text().replace("'", "'\\''")).append('\'');
                } else {
                    out.append(l.text());
                }
            } else if (part instanceof Word.Tilde t) {
                out.append('~').append(t.user());
            } else if (part instanceof Word.ArrayLit a) {
                arrayLiteral(a.elements());
            } else if (part instanceof Word.CommandSub c && afterDollar() && !inQuotes) {
                if (c.quoted()) {
                    out.append('"');
                }
                out.append('`');
                escaped(print(c.body()), c.quoted() ? "$`\\\"" : "$`\\");
                out.append('`');
                if (c.quoted()) {
                    out.append('"');
                }
            } else {
                boolean quote = part.quoted() && !inQuotes;
                if (quote) {
                    out.append('"');
                }
                expansion(part);
                if (quote) {
                    out.append('"');
                }
            }
        }
    }

    /**
     * Whether the text so far ends in an unescaped {@code $} that the next character could join:
     * the {@code $} is escaped only by an odd run of backslashes before it ({@code \\$} is not).
     */
    private boolean afterDollar() {
        int n = out.length();
        if (n == 0 || out.charAt(n - 1) != '$') {
            return false;
        }
        int backslashes = 0;
        for (int i = n - 2; i >= 0 && out.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 0;
    }

    private void escaped(String text, String special) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (special.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
    }

    private void expansion(Word.Part part) {
        if (part instanceof Word.Param p) {
            param(p);
        } else if (part instanceof Word.CommandSub c) {
            String body = print(c.body());
            out.append("$(").append(body.startsWith("(") ? " " : "").append(body);
            out.append(body.endsWith("\n") ? "" : " ").append(')');
        } else if (part instanceof Word.Arith a) {
            out.append("$((");
            hereBody(a.expr());
            out.append("))");
        }
    }

    private void param(Word.Param p) {
        out.append("${");
        if (p.op() == null) {
            out.append(p.name());
        } else if (p.op().equals("bad")) {
            out.append(p.name());
        } else if (p.op().equals("len")) {
            out.append('#').append(p.name());
        } else if (p.op().equals("keys") || p.op().equals("indirect")) {
            out.append('!').append(p.name());
        } else {
            out.append(p.name()).append(p.op());
            word(p.arg(), p.quoted());
            if (p.arg2() != null) {
                out.append(p.op().equals(":") ? ':' : '/');
                word(p.arg2(), p.quoted());
            }
        }
        out.append('}');
    }

    /** Here-document and arithmetic text: only {@code $}, backquote and backslash are escaped. */
    private void hereBody(Word body) {
        for (Word.Part part : body.parts()) {
            if (part instanceof Word.Literal l) {
                escaped(l.text(), "$`\\");
            } else {
                expansion(part);
            }
        }
    }
}
