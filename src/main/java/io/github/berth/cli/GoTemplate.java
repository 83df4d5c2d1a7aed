package io.github.berth.cli;

import io.github.berth.cli.TemplateNodes.Arg;
import io.github.berth.cli.TemplateNodes.Branch;
import io.github.berth.cli.TemplateNodes.Command;
import io.github.berth.cli.TemplateNodes.Node;
import io.github.berth.cli.TemplateNodes.Pipe;
import io.github.berth.engine.GoText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One Go text/template as docker/cli's templates package makes it (templates.go: Go's builtins
 * plus json, split, join, title, lower, upper, pad, truncate), shared by {@code inspect --format},
 * {@code ps}/{@code images --format} and the other list commands. Parse and execution errors are
 * text/template's own texts (text/template/exec.go), which docker/cli wraps in its callers.
 */
final class GoTemplate {
    /** How a value printed by an action looks; inspect's raw maps need Go's typed view of a field. */
    interface Printer {
        String print(Object value, String field, String parent);
    }

    /**
     * {@code missingKeyError}: text/template's {@code missingkey=error} (inspect's raw fallback);
     * {@code header}: docker/cli's HeaderFunctions, which leave a table header's words as they are.
     */
    record Options(boolean missingKeyError, boolean header, Printer printer) {
        static final Options DEFAULT = new Options(false, false, (v, f, p) -> GoFmt.value(v));
    }

    sealed interface Parsed {}

    record Ok(GoTemplate template) implements Parsed {}

    record Error(String message) implements Parsed {}

    /** The output, or text/template's execution error (output is then what was written before it). */
    record Result(String output, String error) {}

    private final String source;
    private final List<Node> nodes;

    private GoTemplate(String source, List<Node> nodes) {
        this.source = source;
        this.nodes = nodes;
    }

    static Parsed parse(String source) {
        try {
            return new Ok(new GoTemplate(source, TemplateParser.parse(source)));
        } catch (TemplateParser.Failure f) {
            return new Error(f.getMessage());
        }
    }

    String source() {
        return source;
    }

    Result execute(Object data, Options options) {
        StringBuilder out = new StringBuilder();
        String error = execute(data, options, out);
        return new Result(out.toString(), error);
    }

    /**
     * Runs the template on {@code data}, appending what it writes to {@code out}: a listing writes
     * all its rows into one buffer. Returns text/template's execution error, or null.
     */
    String execute(Object data, Options options, StringBuilder out) {
        Exec exec = new Exec(data, options, out);
        try {
            exec.walk(data, nodes);
        } catch (ExecError e) {
            return "template: :" + line(e.pos) + ":" + column(e.pos) + ": executing \"\" at <" + e.node + ">: "
                    + e.getMessage();
        } catch (Jump j) {
            // break/continue only parse inside range
        }
        return null;
    }

    private int line(int pos) {
        int line = 1;
        for (int i = 0; i < pos && i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private int column(int pos) {
        int nl = source.lastIndexOf('\n', pos - 1);
        return pos - nl - 1;
    }

    static final class ExecError extends RuntimeException {
        final int pos;
        final String node;

        ExecError(int pos, String node, String message) {
            super(message, null, false, false);
            this.pos = pos;
            this.node = node;
        }
    }

    private static final class Jump extends RuntimeException {
        final boolean isBreak;

        Jump(boolean isBreak) {
            super(null, null, false, false);
            this.isBreak = isBreak;
        }
    }

    /** Go's isTrue: false, 0, nil and empty strings, slices and maps are false. */
    static boolean truth(Object v) {
        if (v == null || v == GoFmt.NO_VALUE) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof List<?> l) {
            return !l.isEmpty();
        }
        if (v instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return true;
    }

    private final class Exec {
        final StringBuilder out;
        /** Where this run's output starts in {@code out}. */
        final int start;
        final Object root;
        final Options options;
        final List<String> varNames = new ArrayList<>(4);
        final List<Object> varValues = new ArrayList<>(4);
        String hintField = "";
        String hintParent = "";

        Exec(Object root, Options options, StringBuilder out) {
            this.out = out;
            this.start = out.length();
            this.root = root;
            this.options = options;
            varNames.add("$");
            varValues.add(root);
        }

        void walk(Object dot, List<Node> list) {
            for (Node node : list) {
                if (out.length() - start > 1_000_000) {
                    throw new ExecError(0, "", "berth stops a template's output at a million characters");
                }
                if (node instanceof TemplateNodes.Text t) {
                    out.append(t.text());
                } else if (node instanceof TemplateNodes.Action a) {
                    int mark = varNames.size();
                    hintField = "";
                    hintParent = "";
                    Object v = pipe(dot, a.pipe(), true);
                    if (a.pipe().decl().isEmpty()) {
                        out.append(options.printer().print(v, hintField, hintParent));
                    } else if (a.pipe().assign()) {
                        trim(mark);
                    }
                } else if (node instanceof Branch b) {
                    branch(dot, b);
                } else if (node instanceof TemplateNodes.Break) {
                    throw new Jump(true);
                } else if (node instanceof TemplateNodes.Continue) {
                    throw new Jump(false);
                }
            }
        }

        private void trim(int size) {
            while (varNames.size() > size) {
                varNames.remove(varNames.size() - 1);
                varValues.remove(varValues.size() - 1);
            }
        }

        private void branch(Object dot, Branch b) {
            int mark = varNames.size();
            try {
                if (b.kind().equals("range")) {
                    range(dot, b);
                    return;
                }
                Object v = pipe(dot, b.pipe(), true);
                if (truth(v)) {
                    walk(b.kind().equals("with") ? v : dot, b.list());
                } else if (b.elseList() != null) {
                    walk(dot, b.elseList());
                }
            } finally {
                trim(mark);
            }
        }

        private void range(Object dot, Branch b) {
            Object v = pipe(dot, b.pipe(), false);
            List<Object[]> items = new ArrayList<>();
            if (v instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    items.add(new Object[] {(long) i, list.get(i)});
                }
            } else if (v instanceof Map<?, ?> map && !(v instanceof GoStruct)) {
                new TreeMap<>(map).forEach((k, val) -> items.add(new Object[] {k, val}));
            } else if (v instanceof Long n) {
                for (long i = 0; i < n; i++) {
                    items.add(new Object[] {i, i});
                }
            } else if (v != null && v != GoFmt.NO_VALUE) {
                throw new ExecError(b.pos(), "range " + b.pipe(), "range can't iterate over " + GoFmt.value(v));
            }
            if (items.isEmpty()) {
                if (b.elseList() != null) {
                    walk(dot, b.elseList());
                }
                return;
            }
            List<String> decl = b.pipe().decl();
            int mark = varNames.size();
            for (Object[] item : items) {
                trim(mark);
                if (decl.size() == 1) {
                    declare(decl.get(0), item[1], b.pipe().assign());
                } else if (decl.size() == 2) {
                    declare(decl.get(0), item[0], b.pipe().assign());
                    declare(decl.get(1), item[1], b.pipe().assign());
                }
                try {
                    walk(item[1], b.list());
                } catch (Jump j) {
                    if (j.isBreak) {
                        break;
                    }
                }
            }
        }

        private void declare(String name, Object value, boolean assign) {
            if (assign) {
                for (int i = varNames.size() - 1; i >= 0; i--) {
                    if (varNames.get(i).equals(name)) {
                        varValues.set(i, value);
                        return;
                    }
                }
            }
            varNames.add(name);
            varValues.add(value);
        }

        Object pipe(Object dot, Pipe pipe, boolean bindDecl) {
            Object value = null;
            boolean hasFinal = false;
            for (Command cmd : pipe.commands()) {
                value = command(dot, cmd, value, hasFinal);
                hasFinal = true;
            }
            if (bindDecl) {
                for (String name : pipe.decl()) {
                    declare(name, value, pipe.assign());
                }
            }
            return value;
        }

        private Object command(Object dot, Command cmd, Object fin, boolean hasFinal) {
            Arg first = cmd.args().get(0);
            List<Arg> rest = cmd.args().subList(1, cmd.args().size());
            if (first instanceof TemplateNodes.Field f) {
                return fields(dot, dot, f.names(), first, rest, fin, hasFinal);
            }
            if (first instanceof TemplateNodes.Variable v) {
                Object value = variable(v);
                if (v.names().isEmpty()) {
                    notAFunction(first, rest, hasFinal);
                    return value;
                }
                return fields(dot, value, v.names(), first, rest, fin, hasFinal);
            }
            if (first instanceof TemplateNodes.Chain c) {
                Object base = arg(dot, c.node());
                return fields(dot, base, c.names(), first, rest, fin, hasFinal);
            }
            if (first instanceof TemplateNodes.Identifier id) {
                hintField = "";
                hintParent = "";
                return TemplateFuncs.call(this::arg, dot, id, cmd, rest, fin, hasFinal, options.header());
            }
            notAFunction(first, rest, hasFinal);
            hintField = "";
            hintParent = "";
            return arg(dot, first);
        }

        private void notAFunction(Arg first, List<Arg> rest, boolean hasFinal) {
            if (!rest.isEmpty() || hasFinal) {
                throw new ExecError(first.pos(), first.toString(), "can't give argument to non-function " + first);
            }
        }

        private Object variable(TemplateNodes.Variable v) {
            for (int i = varNames.size() - 1; i >= 0; i--) {
                if (varNames.get(i).equals(v.name())) {
                    return varValues.get(i);
                }
            }
            throw new ExecError(v.pos(), v.toString(), "undefined variable: " + v.name());
        }

        /** An operand's value, as an argument. */
        Object arg(Object dot, Arg a) {
            if (a instanceof TemplateNodes.Dot) {
                return dot;
            }
            if (a instanceof TemplateNodes.StringLit s) {
                return s.value();
            }
            if (a instanceof TemplateNodes.NumberLit n) {
                return n.value();
            }
            if (a instanceof TemplateNodes.BoolLit b) {
                return b.value();
            }
            if (a instanceof TemplateNodes.Nil) {
                return null;
            }
            if (a instanceof TemplateNodes.PipeArg p) {
                int mark = varNames.size();
                Object v = pipe(dot, p.pipe(), true);
                trim(mark);
                return v;
            }
            if (a instanceof TemplateNodes.Identifier id) {
                return TemplateFuncs.call(this::arg, dot, id, new Command(id.pos(), List.of(a)), List.of(), null,
                        false, options.header());
            }
            return command(dot, new Command(a.pos(), List.of(a)), null, false);
        }

        private Object fields(Object dot, Object receiver, List<String> names, Arg node, List<Arg> args, Object fin,
                              boolean hasFinal) {
            Object value = receiver;
            String parent = "";
            for (int i = 0; i < names.size(); i++) {
                boolean lastOne = i == names.size() - 1;
                value = field(dot, value, names.get(i), node, lastOne ? args : List.of(), fin, lastOne && hasFinal);
                hintParent = parent;
                hintField = names.get(i);
                parent = names.get(i);
            }
            return value;
        }

        private Object field(Object dot, Object receiver, String name, Arg node, List<Arg> args, Object fin,
                             boolean hasFinal) {
            boolean hasArgs = !args.isEmpty() || hasFinal;
            if (receiver instanceof GoStruct s) {
                if (s.fields().containsKey(name)) {
                    if (hasArgs) {
                        throw new ExecError(node.pos(), node.toString(), "wrong number of args for " + name
                                + ": want 0 got " + (args.size() + (hasFinal ? 1 : 0)));
                    }
                    return s.fields().get(name).get();
                }
                if (s.methods().containsKey(name)) {
                    List<Object> values = new ArrayList<>();
                    for (Arg a : args) {
                        values.add(arg(dot, a));
                    }
                    if (hasFinal) {
                        values.add(fin);
                    }
                    if (values.size() != 1) {
                        throw new ExecError(node.pos(), node.toString(), "wrong number of args for " + name
                                + ": want 1 got " + values.size());
                    }
                    if (!(values.get(0) instanceof String str)) {
                        throw new ExecError(node.pos(), node.toString(), "wrong type for value; expected string; got "
                                + GoFmt.typeName(values.get(0)));
                    }
                    return s.methods().get(name).apply(str);
                }
                if (s.typeName().equals("formatter.SubHeaderContext")) {
                    return GoFmt.NO_VALUE; // a Go map: a missing key is no value
                }
                throw new ExecError(node.pos(), node.toString(), "can't evaluate field " + name + " in type "
                        + s.typeName());
            }
            if (receiver instanceof Map<?, ?> map) {
                if (hasArgs) {
                    throw new ExecError(node.pos(), node.toString(), name + " is not a method but has arguments");
                }
                if (map.containsKey(name)) {
                    return map.get(name);
                }
                if (options.missingKeyError()) {
                    throw new ExecError(node.pos(), node.toString(), "map has no entry for key " + GoText.quote(name));
                }
                return GoFmt.NO_VALUE;
            }
            if (receiver == null || receiver == GoFmt.NO_VALUE) {
                if (options.missingKeyError()) {
                    throw new ExecError(node.pos(), node.toString(), "nil data; no entry for key " + GoText.quote(name));
                }
                return GoFmt.NO_VALUE;
            }
            throw new ExecError(node.pos(), node.toString(), "can't evaluate field " + name + " in type "
                    + GoFmt.typeName(receiver));
        }
    }
}
