package io.github.berth.shell;

import java.util.List;
import java.util.Objects;

/** The parse tree of shell input: what the parser builds, the printer renders and the shell runs. */
sealed interface Ast permits Ast.Sequence, Ast.AndOr, Ast.Pipeline, Ast.Simple, Ast.Subshell, Ast.Group,
        Ast.If, Ast.For, Ast.Loop, Ast.Case, Ast.FunctionDef, Ast.Redirected, Ast.Cond,
        Ast.ArithCommand, Ast.ArithFor, Ast.Select, Ast.Background {

    /** Commands run one after the other ({@code ;} or newline between them). */
    record Sequence(List<Ast> items) implements Ast {}

    /** {@code a && b || c}: {@code ops.get(i)} joins {@code items.get(i)} and the item after it. */
    record AndOr(List<Ast> items, List<String> ops) implements Ast {}

    /**
     * Commands joined by pipes; {@code stderrToo.get(i)} is whether the pipe after stage i is
     * {@code |&}. {@code bang} is a leading {@code !}.
     */
    record Pipeline(List<Ast> stages, List<Boolean> stderrToo, boolean bang) implements Ast {}

    /** Assignments, words and redirections of a simple command, each in the order written. */
    /** {@code line}: where it starts in its text, for {@code $LINENO} (0: unknown); not part of its equality. */
    record Simple(List<Assign> assigns, List<Word> words, List<Redir> redirs, int line) implements Ast {
        Simple(List<Assign> assigns, List<Word> words, List<Redir> redirs) {
            this(assigns, words, redirs, 0);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Simple s && assigns.equals(s.assigns) && words.equals(s.words) && redirs.equals(s.redirs);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(assigns, words, redirs);
        }
    }

    /**
     * {@code NAME=value} or {@code NAME+=value}; {@code NAME[index]=value} with an {@code index};
     * {@code NAME=(words)} with {@code array} (then {@code value} is null).
     */
    record Assign(String name, Word index, Word value, List<Word> array, boolean append) {
        Assign(String name, Word value, boolean append) {
            this(name, null, value, null, append);
        }
    }

    /**
     * A redirection: {@code op} is one of {@code > >> < >& <& &> &>> <> << <<- <<<}; {@code fd}
     * the descriptor written before it, or -1 for the operator's default. A here-document has
     * {@code here}, else {@code target}.
     */
    record Redir(int fd, String op, Word target, HereDoc here) {
        int effectiveFd() {
            return fd >= 0 ? fd : op.startsWith("<") ? 0 : 1;
        }
    }

    /**
     * A here-document: its delimiter as typed, whether any of it was quoted (then the body is taken
     * literally), and the body, read from the lines after the command; the parser fills it in when it
     * reaches them.
     */
    final class HereDoc {
        final String delimiter;
        final boolean quoted;
        final boolean stripTabs;
        Word body;

        HereDoc(String delimiter, boolean quoted, boolean stripTabs) {
            this.delimiter = delimiter;
            this.quoted = quoted;
            this.stripTabs = stripTabs;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof HereDoc h && h.delimiter.equals(delimiter) && h.quoted == quoted
                    && h.stripTabs == stripTabs && Objects.equals(h.body, body);
        }

        @Override
        public int hashCode() {
            return Objects.hash(delimiter, quoted, stripTabs, body);
        }

        @Override
        public String toString() {
            return "HereDoc[" + delimiter + ", " + body + "]";
        }
    }

    /** {@code command &}: run as a background job. */
    record Background(Ast command) implements Ast {}

    /** {@code ( … )}. */
    record Subshell(Ast body) implements Ast {}

    /** <code>{ …; }</code>. */
    record Group(Ast body) implements Ast {}

    /** {@code if c1; then b1; elif c2; then b2; else e; fi}; {@code otherwise} is null without else. */
    record If(List<Ast> conditions, List<Ast> bodies, Ast otherwise) implements Ast {}

    /** {@code for name in words; do body; done}; {@code words} is null without {@code in} ("$@"). */
    record For(String name, List<Word> words, Ast body) implements Ast {}

    /** {@code select name in words; do body; done}; {@code words} is null without {@code in} ("$@"). */
    record Select(String name, List<Word> words, Ast body) implements Ast {}

    /** {@code while} (or {@code until}) {@code cond; do body; done}. */
    record Loop(Ast condition, Ast body, boolean until) implements Ast {}

    /** {@code case word in pattern) body;; … esac}. */
    record Case(Word subject, List<CaseItem> items) implements Ast {}

    /** One arm of a case: its patterns, body (null when empty) and {@code ;;}, {@code ;&} or {@code ;;&}. */
    record CaseItem(List<Word> patterns, Ast body, String terminator) {}

    /** {@code name() body}, or {@code function name body} when {@code keyword}. */
    record FunctionDef(String name, Ast body, boolean keyword) implements Ast {}

    /** A compound command with redirections after it. */
    record Redirected(Ast command, List<Redir> redirs) implements Ast {}

    /** {@code [[ … ]]}: its words, operators among them, unexpanded. */
    record Cond(List<Word> words) implements Ast {}

    /** {@code for ((init; test; step)); do body; done}; an empty test is true. */
    record ArithFor(Word init, Word test, Word step, Ast body) implements Ast {}

    /** {@code (( expression ))}: status 0 when the expression is not zero. */
    record ArithCommand(Word expr) implements Ast {}
}
