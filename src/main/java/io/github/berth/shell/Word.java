package io.github.berth.shell;

import java.util.List;

/**
 * One shell word as typed, in parts: literal text (quoted or not) and parameter references,
 * expanded only when the command runs. {@code quoted} is whether any part of it was in quotes:
 * a quoted word that expands to nothing ({@code ""}, {@code "$UNSET"}) is still an argument,
 * an unquoted one ({@code $UNSET}) disappears. {@code source} is the word as typed (without
 * backslash-newlines), for messages such as bash's "ambiguous redirect".
 */
record Word(List<Part> parts, boolean quoted, String source) {
    sealed interface Part permits Literal, Param {}

    record Literal(String text) implements Part {}

    /** {@code $NAME}, {@code ${NAME}} or {@code $?}. */
    record Param(String name) implements Part {}

    String expand(ShellState state) {
        StringBuilder sb = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Literal lit) {
                sb.append(lit.text());
            } else if (part instanceof Param param) {
                String value = param.name().equals("?")
                        ? Integer.toString(state.lastStatus())
                        : state.var(param.name());
                sb.append(value == null ? "" : value);
            }
        }
        return sb.toString();
    }
}
