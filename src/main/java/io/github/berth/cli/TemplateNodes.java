package io.github.berth.cli;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The parse tree of a Go text/template, shaped as Go's text/template/parse nodes. Each node keeps
 * its byte offset in the template ({@code pos}) for execution errors, and prints itself as Go's
 * {@code Node.String()} does (the {@code at <…>} part of an execution error).
 */
public final class TemplateNodes {
    private TemplateNodes() {}

    public sealed interface Node permits Text, Action, Branch, Break, Continue {}

    public record Text(String text) implements Node {}

    /** {@code {{pipeline}}}: prints the pipeline's value unless it declares variables. */
    public record Action(int pos, Pipe pipe) implements Node {}

    /** {@code if}, {@code range} or {@code with}, with its list and {@code else} list (null when absent). */
    public record Branch(String kind, int pos, Pipe pipe, List<Node> list, List<Node> elseList) implements Node {}

    public record Break(int pos) implements Node {}

    public record Continue(int pos) implements Node {}

    /** A pipeline: optional variable declarations ({@code $x :=}) or assignment, then commands joined by {@code |}. */
    public record Pipe(int pos, List<String> decl, boolean assign, List<Command> commands) {
        @Override
        public String toString() {
            String head = decl.isEmpty() ? "" : String.join(", ", decl) + (assign ? " = " : " := ");
            return head + commands.stream().map(Command::toString).collect(Collectors.joining(" | "));
        }
    }

    /** One command: its operands; the first names what is called or evaluated. */
    public record Command(int pos, List<Arg> args) {
        @Override
        public String toString() {
            return args.stream().map(a -> a instanceof PipeArg p ? "(" + p.pipe() + ")" : a.toString())
                    .collect(Collectors.joining(" "));
        }
    }

    public sealed interface Arg permits Field, Variable, Identifier, Dot, StringLit, NumberLit, BoolLit, Nil, PipeArg,
            Chain {
        int pos();
    }

    /** {@code .A.B}: fields of dot. */
    public record Field(int pos, List<String> names) implements Arg {
        @Override
        public String toString() {
            return names.stream().map(n -> "." + n).collect(Collectors.joining());
        }
    }

    /** {@code $x.A}: a variable and fields of it. */
    public record Variable(int pos, String name, List<String> names) implements Arg {
        @Override
        public String toString() {
            return name + names.stream().map(n -> "." + n).collect(Collectors.joining());
        }
    }

    public record Identifier(int pos, String name) implements Arg {
        @Override
        public String toString() {
            return name;
        }
    }

    public record Dot(int pos) implements Arg {
        @Override
        public String toString() {
            return ".";
        }
    }

    public record StringLit(int pos, String quoted, String value) implements Arg {
        @Override
        public String toString() {
            return quoted;
        }
    }

    public record NumberLit(int pos, String text, Object value) implements Arg {
        @Override
        public String toString() {
            return text;
        }
    }

    public record BoolLit(int pos, boolean value) implements Arg {
        @Override
        public String toString() {
            return String.valueOf(value);
        }
    }

    public record Nil(int pos) implements Arg {
        @Override
        public String toString() {
            return "nil";
        }
    }

    public record PipeArg(int pos, Pipe pipe) implements Arg {
        @Override
        public String toString() {
            return "(" + pipe + ")";
        }
    }

    /** {@code (pipeline).A.B}: fields of a parenthesised pipeline's value. */
    public record Chain(int pos, Arg node, List<String> names) implements Arg {
        @Override
        public String toString() {
            return node + names.stream().map(n -> "." + n).collect(Collectors.joining());
        }
    }
}
