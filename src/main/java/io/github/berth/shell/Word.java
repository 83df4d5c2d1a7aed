package io.github.berth.shell;

import java.util.List;

/**
 * One shell word as parsed, in parts, expanded only when the command runs. Each part knows
 * whether it was quoted: quoted text is neither split into fields nor globbed, and a word with any
 * quoted part ({@code ""}, {@code "$UNSET"}) stays an argument even when it expands to nothing.
 * {@code source} is the word as typed, for messages such as bash's "ambiguous redirect"; it is not
 * part of a word's identity (two words that parse alike are equal).
 */
record Word(List<Part> parts, String source) {
    sealed interface Part permits Literal, Param, CommandSub, Arith, Tilde, ArrayLit {
        boolean quoted();
    }

    /** Text, as typed after quote removal. */
    record Literal(String text, boolean quoted) implements Part {}

    /**
     * {@code $NAME}, {@code ${NAME}}, {@code $?} and the other special parameters, or
     * {@code ${NAME<op>arg}} with {@code op} one of {@code :- - := = :+ + :? ? # ## % %% / // :}
     * ({@code arg2} is the replacement of {@code /} and {@code //}, the length of {@code :}),
     * {@code len} for {@code ${#NAME}}, or {@code bad} for text bash rejects as a bad substitution
     * when it expands it (then {@code name} holds the text between the braces).
     */
    record Param(String name, String op, Word arg, Word arg2, boolean quoted) implements Part {
        Param(String name, boolean quoted) {
            this(name, null, null, null, quoted);
        }
    }

    /** {@code $(…)} or a backquoted command. */
    record CommandSub(Ast body, boolean quoted) implements Part {}

    /** {@code $((…))}: the expression is expanded as in double quotes, then evaluated. */
    record Arith(Word expr, boolean quoted) implements Part {}

    /** A leading unquoted {@code ~} or {@code ~user}, up to the first slash. */
    record Tilde(String user) implements Part {
        @Override
        public boolean quoted() {
            return false;
        }
    }

    /**
     * The parenthesised words of {@code NAME=(…)}, as typed after an assignment's {@code =}: only
     * an assignment (or the argument of {@code declare} and its kin) may hold one.
     */
    record ArrayLit(List<Word> elements) implements Part {
        @Override
        public boolean quoted() {
            return false;
        }
    }

    Word(List<Part> parts) {
        this(parts, null);
    }

    static Word literal(String text) {
        return new Word(List.of(new Literal(text, false)), text);
    }

    /** Whether any part was quoted. */
    boolean quoted() {
        for (Part p : parts) {
            if (p.quoted()) {
                return true;
            }
        }
        return false;
    }

    /** The text when the word is all unquoted literal text (a possible reserved word), else null. */
    String plainText() {
        if (parts.size() == 1 && parts.get(0) instanceof Literal l && !l.quoted()) {
            return l.text();
        }
        return null;
    }

    /** The word as typed, or as the printer renders it when it was built rather than parsed. */
    String typed() {
        return source != null ? source : Printer.word(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Word w && w.parts.equals(parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }
}
