package io.github.berth.cli;

import io.github.berth.cli.TemplateLexer.Token;
import io.github.berth.cli.TemplateLexer.Type;
import io.github.berth.cli.TemplateNodes.Action;
import io.github.berth.cli.TemplateNodes.Arg;
import io.github.berth.cli.TemplateNodes.Branch;
import io.github.berth.cli.TemplateNodes.Command;
import io.github.berth.cli.TemplateNodes.Node;
import io.github.berth.cli.TemplateNodes.Pipe;
import io.github.berth.engine.GoText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Go's text/template parser (text/template/parse/parse.go) over {@link TemplateLexer}'s tokens,
 * with its error texts ({@code template: :LINE: …}). The functions that parse are Go's builtins
 * and docker/cli's templates.go basicFunctions.
 */
final class TemplateParser {
    static final Set<String> FUNCTIONS = Set.of("json", "split", "join", "title", "lower", "upper", "pad",
            "truncate", "and", "call", "html", "index", "slice", "js", "len", "not", "or", "print", "printf",
            "println", "urlquery", "eq", "ge", "gt", "le", "lt", "ne");

    /** A parse error, carried up to {@link #parse}. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message, null, false, false);
        }
    }

    private record End(int pos) implements Node0 {}

    private record Else(int pos, boolean chained) implements Node0 {}

    private sealed interface Node0 permits End, Else {}

    private final String template;
    private final List<Token> tokens;
    private int at;
    private Token last;
    private final List<String> vars = new ArrayList<>(List.of("$"));
    private int rangeDepth;

    private TemplateParser(String template) {
        this.template = template;
        this.tokens = TemplateLexer.lex(template);
    }

    /** The template's nodes; throws {@link Failure} with text/template's message. */
    static List<Node> parse(String template) {
        return new TemplateParser(template).root();
    }

    private List<Node> root() {
        List<Node> nodes = new ArrayList<>();
        while (peek().type() != Type.EOF) {
            Object n = textOrAction();
            if (n instanceof End) {
                throw error("unexpected {{end}}");
            }
            if (n instanceof Else) {
                throw error("unexpected {{else}}");
            }
            nodes.add((Node) n);
        }
        return nodes;
    }

    private Token next() {
        last = tokens.get(Math.min(at, tokens.size() - 1));
        if (at < tokens.size()) {
            at++;
        }
        return last;
    }

    private Token peek() {
        return tokens.get(Math.min(at, tokens.size() - 1));
    }

    private Token nextNonSpace() {
        Token t = next();
        while (t.type() == Type.SPACE) {
            t = next();
        }
        return t;
    }

    private Token peekNonSpace() {
        int i = at;
        while (i < tokens.size() - 1 && tokens.get(i).type() == Type.SPACE) {
            i++;
        }
        return tokens.get(Math.min(i, tokens.size() - 1));
    }

    private void backup() {
        at--;
    }

    private Failure error(String message) {
        Token t = last == null ? peek() : last;
        return new Failure("template: :" + line(t.pos()) + ": " + message);
    }

    private int line(int pos) {
        int line = 1;
        for (int i = 0; i < pos && i < template.length(); i++) {
            if (template.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private Failure unexpected(Token t, String context) {
        if (t.type() == Type.ERROR) {
            return error(t.text());
        }
        return error("unexpected " + t.describe() + " in " + context);
    }

    private Object textOrAction() {
        Token t = nextNonSpace();
        if (t.type() == Type.TEXT) {
            return new TemplateNodes.Text(t.text());
        }
        if (t.type() == Type.LEFT) {
            return action();
        }
        throw unexpected(t, "input");
    }

    private Object action() {
        Token t = nextNonSpace();
        if (t.type() == Type.KEYWORD) {
            switch (t.text()) {
                case "if":
                    return control("if", t);
                case "range":
                    return control("range", t);
                case "with":
                    return control("with", t);
                case "end":
                    expect(Type.RIGHT, "end");
                    return new End(t.pos());
                case "else": {
                    Token p = peekNonSpace();
                    if (p.type() == Type.KEYWORD && (p.text().equals("if") || p.text().equals("with"))) {
                        return new Else(p.pos(), true);
                    }
                    expect(Type.RIGHT, "else");
                    return new Else(t.pos(), false);
                }
                case "break":
                case "continue": {
                    if (rangeDepth == 0) {
                        throw error("{{" + t.text() + "}} outside {{range}}");
                    }
                    expect(Type.RIGHT, t.text());
                    return t.text().equals("break") ? new TemplateNodes.Break(t.pos())
                            : new TemplateNodes.Continue(t.pos());
                }
                default:
                    // define, template, block: docker's formats have no named templates to call
                    throw error("berth does not support {{" + t.text() + "}} in templates");
            }
        }
        backup();
        Token first = peek();
        return new Action(first.pos(), pipeline("command", Type.RIGHT));
    }

    private Token expect(Type type, String context) {
        Token t = nextNonSpace();
        if (t.type() != type) {
            throw unexpected(t, context);
        }
        return t;
    }

    private Branch control(String kind, Token keyword) {
        int saved = vars.size();
        Pipe pipe = pipeline(kind, Type.RIGHT);
        if (kind.equals("range")) {
            rangeDepth++;
        }
        List<Node> list = new ArrayList<>();
        Object next = itemList(list);
        if (kind.equals("range")) {
            rangeDepth--;
        }
        List<Node> elseList = null;
        if (next instanceof Else e) {
            elseList = new ArrayList<>();
            if (e.chained()) {
                // "else if"/"else with": as {{else}}{{if …}}…{{end}}{{end}}
                Token k = nextNonSpace();
                elseList.add(control(k.text(), k));
            } else {
                Object end = itemList(elseList);
                if (!(end instanceof End)) {
                    throw error("expected end; found {{else}}");
                }
            }
        }
        while (vars.size() > saved) {
            vars.remove(vars.size() - 1);
        }
        return new Branch(kind, pipe.pos(), pipe, list, elseList);
    }

    /** Nodes up to an {@code {{end}}} or {@code {{else}}}, which is returned. */
    private Object itemList(List<Node> list) {
        while (peekNonSpace().type() != Type.EOF) {
            Object n = textOrAction();
            if (n instanceof End || n instanceof Else) {
                return n;
            }
            list.add((Node) n);
        }
        next();
        throw error("unexpected EOF");
    }

    private Pipe pipeline(String context, Type end) {
        Token first = peekNonSpace();
        List<String> decl = new ArrayList<>();
        boolean assign = false;
        while (peekNonSpace().type() == Type.VARIABLE) {
            int mark = at;
            Token v = nextNonSpace();
            Token after = peekNonSpace();
            if (after.type() == Type.DECLARE || after.type() == Type.ASSIGN) {
                nextNonSpace();
                assign = after.type() == Type.ASSIGN;
                decl.add(v.text());
                vars.add(v.text());
                break;
            }
            if (after.type() == Type.COMMA) {
                nextNonSpace();
                decl.add(v.text());
                vars.add(v.text());
                if (context.equals("range") && decl.size() < 2) {
                    Type t = peekNonSpace().type();
                    if (t == Type.VARIABLE || t == Type.RIGHT || t == Type.RPAREN) {
                        continue;
                    }
                    throw error("range can only initialize variables");
                }
                throw error("too many declarations in " + context);
            }
            at = mark;
            break;
        }
        List<Command> commands = new ArrayList<>();
        while (true) {
            Token t = nextNonSpace();
            if (t.type() == end) {
                if (commands.isEmpty()) {
                    throw error("missing value for " + context);
                }
                for (int i = 1; i < commands.size(); i++) {
                    Arg a = commands.get(i).args().get(0);
                    if (a instanceof TemplateNodes.BoolLit || a instanceof TemplateNodes.Dot
                            || a instanceof TemplateNodes.Nil || a instanceof TemplateNodes.NumberLit
                            || a instanceof TemplateNodes.StringLit) {
                        throw error("non executable command in pipeline stage " + (i + 1));
                    }
                }
                return new Pipe(first.pos(), decl, assign, commands);
            }
            switch (t.type()) {
                case BOOL: case CHAR: case DOT: case FIELD: case IDENT: case NUMBER: case NIL: case RAW: case STRING:
                case VARIABLE: case LPAREN:
                    backup();
                    commands.add(command());
                    break;
                default:
                    throw unexpected(t, context);
            }
        }
    }

    private Command command() {
        Command cmd = new Command(peekNonSpace().pos(), new ArrayList<>());
        while (true) {
            peekNonSpace();
            Arg operand = operand();
            if (operand != null) {
                cmd.args().add(operand);
            }
            Token t = next();
            if (t.type() == Type.SPACE) {
                continue;
            }
            if (t.type() == Type.RIGHT || t.type() == Type.RPAREN) {
                backup();
            } else if (t.type() != Type.PIPE) {
                throw unexpected(t, "operand");
            }
            break;
        }
        if (cmd.args().isEmpty()) {
            throw error("empty command");
        }
        return new Command(cmd.pos(), List.copyOf(cmd.args()));
    }

    private Arg operand() {
        Arg node = term();
        if (node == null) {
            return null;
        }
        if (peek().type() == Type.FIELD) {
            int chainPos = peek().pos();
            List<String> names = new ArrayList<>();
            while (peek().type() == Type.FIELD) {
                names.add(next().text().substring(1));
            }
            if (node instanceof TemplateNodes.Field f) {
                List<String> all = new ArrayList<>(f.names());
                all.addAll(names);
                return new TemplateNodes.Field(chainPos, List.copyOf(all));
            }
            if (node instanceof TemplateNodes.Variable v) {
                List<String> all = new ArrayList<>(v.names());
                all.addAll(names);
                return new TemplateNodes.Variable(chainPos, v.name(), List.copyOf(all));
            }
            if (node instanceof TemplateNodes.BoolLit || node instanceof TemplateNodes.StringLit
                    || node instanceof TemplateNodes.NumberLit || node instanceof TemplateNodes.Nil
                    || node instanceof TemplateNodes.Dot) {
                throw error("unexpected . after term " + GoText.quote(node.toString()));
            }
            return new TemplateNodes.Chain(chainPos, node, List.copyOf(names));
        }
        return node;
    }

    private Arg term() {
        Token t = nextNonSpace();
        switch (t.type()) {
            case IDENT:
                if (!FUNCTIONS.contains(t.text())) {
                    throw error("function " + GoText.quote(t.text()) + " not defined");
                }
                return new TemplateNodes.Identifier(t.pos(), t.text());
            case DOT:
                return new TemplateNodes.Dot(t.pos());
            case NIL:
                return new TemplateNodes.Nil(t.pos());
            case VARIABLE:
                if (!vars.contains(t.text())) {
                    throw error("undefined variable " + GoText.quote(t.text()));
                }
                return new TemplateNodes.Variable(t.pos(), t.text(), List.of());
            case FIELD:
                return new TemplateNodes.Field(t.pos(), List.of(t.text().substring(1)));
            case BOOL:
                return new TemplateNodes.BoolLit(t.pos(), t.text().equals("true"));
            case NUMBER:
                return number(t);
            case CHAR: {
                String s = GoFmt.unquote(t.text());
                if (s == null || s.codePointCount(0, s.length()) != 1) {
                    throw error("malformed character constant: " + t.text());
                }
                return new TemplateNodes.NumberLit(t.pos(), t.text(), (long) s.codePointAt(0));
            }
            case LPAREN: {
                Pipe p = pipeline("parenthesized pipeline", Type.RPAREN);
                return new TemplateNodes.PipeArg(t.pos(), p);
            }
            case STRING:
            case RAW: {
                String s = t.type() == Type.RAW ? t.text().substring(1, t.text().length() - 1) : GoFmt.unquote(t.text());
                if (s == null) {
                    throw error("invalid syntax");
                }
                return new TemplateNodes.StringLit(t.pos(), t.text(), s);
            }
            default:
                backup();
                return null;
        }
    }

    private Arg number(Token t) {
        String text = t.text().replace("_", "");
        try {
            if (text.startsWith("0x") || text.startsWith("0X") || text.startsWith("-0x") || text.startsWith("+0x")) {
                boolean neg = text.startsWith("-");
                String hex = text.substring(text.indexOf('x') + 1);
                long v = Long.parseLong(hex, 16);
                return new TemplateNodes.NumberLit(t.pos(), t.text(), neg ? -v : v);
            }
            if (text.contains(".") || text.contains("e") || text.contains("E")) {
                double d = Double.parseDouble(text);
                if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                    return new TemplateNodes.NumberLit(t.pos(), t.text(), d);
                }
                return new TemplateNodes.NumberLit(t.pos(), t.text(), d);
            }
            return new TemplateNodes.NumberLit(t.pos(), t.text(), Long.parseLong(text));
        } catch (NumberFormatException e) {
            throw error("illegal number syntax: " + GoText.quote(t.text()));
        }
    }
}
