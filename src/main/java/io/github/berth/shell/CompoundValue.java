package io.github.berth.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * The text form of a compound assignment's value that {@code declare}, {@code local} and their kin
 * receive as an argument ({@code a=(x 'y z' [k]=v)}): bash passes such an argument to the builtin
 * as text and the builtin reads it again. Elements are written single-quoted, keys in brackets.
 */
final class CompoundValue {
    private CompoundValue() {}

    /** {@code [key]=value} or {@code [key]+=value} inside a compound assignment, else null. */
    static Ast.Assign keyed(Word w) {
        if (w.parts().isEmpty() || !(w.parts().get(0) instanceof Word.Literal l) || l.quoted() || !l.text().startsWith("[")) {
            return null;
        }
        return Assignments.indexed(w, "");
    }

    static String write(List<Assigner.Element> elements) {
        StringBuilder sb = new StringBuilder("(");
        for (Assigner.Element e : elements) {
            if (sb.length() > 1) {
                sb.append(' ');
            }
            if (e.key() != null) {
                sb.append('[').append(quote(e.key())).append(e.append() ? "]+=" : "]=");
            }
            sb.append(quote(e.value()));
        }
        return sb.append(')').toString();
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** The elements of {@code (…)} as {@link #write} makes it (or typed plainly); null when it is not one. */
    static List<Assigner.Element> read(String text) {
        if (!text.startsWith("(") || !text.endsWith(")")) {
            return null;
        }
        List<Assigner.Element> elements = new ArrayList<>();
        String body = text.substring(1, text.length() - 1);
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n') {
                i++;
                continue;
            }
            String key = null;
            boolean append = false;
            if (c == '[') {
                StringBuilder k = new StringBuilder();
                int end = token(body, i + 1, k, ']');
                if (end < body.length() && body.charAt(end) == ']' && (body.startsWith("=", end + 1)
                        || body.startsWith("+=", end + 1))) {
                    key = k.toString();
                    append = body.charAt(end + 1) == '+';
                    i = end + (append ? 3 : 2);
                }
            }
            StringBuilder value = new StringBuilder();
            i = token(body, i, value, (char) 0);
            elements.add(new Assigner.Element(key, value.toString(), append));
        }
        return elements;
    }

    /** Reads unquoted characters and single-quoted runs up to a blank (or {@code stop}); returns where it stopped. */
    private static int token(String s, int i, StringBuilder into, char stop) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == stop && stop != 0) {
                return i;
            }
            if (c == '\'') {
                int end = s.indexOf('\'', i + 1);
                if (end < 0) {
                    end = s.length();
                }
                into.append(s, i + 1, end);
                i = end + 1;
            } else if (c == '\\' && i + 1 < s.length()) {
                into.append(s.charAt(i + 1));
                i += 2;
            } else {
                into.append(c);
                i++;
            }
        }
        return i;
    }

    /** A compound assignment's elements: {@code [key]=value} ones expanded as assignments, the rest as words. */
    static List<Assigner.Element> elements(Expander ex, List<Word> words) {
        List<Assigner.Element> elements = new ArrayList<>();
        for (Word w : words) {
            Ast.Assign keyed = CompoundValue.keyed(w);
            if (keyed != null) {
                elements.add(new Assigner.Element(ex.string(keyed.index()), ex.string(keyed.value()), keyed.append()));
            } else {
                ex.fields(List.of(w)).forEach(v -> elements.add(new Assigner.Element(null, v, false)));
            }
        }
        return elements;
    }
}
