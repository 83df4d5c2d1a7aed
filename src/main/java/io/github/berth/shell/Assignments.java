package io.github.berth.shell;

import java.util.ArrayList;
import java.util.List;

/** Recognises an assignment word: an unquoted name, then {@code =} or {@code +=}, then the value. */
final class Assignments {
    private Assignments() {}

    /** {@code NAME=value} when the word starts with an unquoted name and {@code =} (or {@code +=}). */
    static Ast.Assign of(Word word) {
        if (word.parts().isEmpty() || !(word.parts().get(0) instanceof Word.Literal first) || first.quoted()) {
            return null;
        }
        String text = first.text();
        if (word.parts().size() == 2 && word.parts().get(1) instanceof Word.ArrayLit lit
                && text.endsWith("=") && Shell.isName(text.substring(0, text.length() - (text.endsWith("+=") ? 2 : 1)))) {
            boolean append = text.endsWith("+=");
            return new Ast.Assign(text.substring(0, text.length() - (append ? 2 : 1)), null, null, lit.elements(), append);
        }
        int bracket = text.indexOf('[');
        if (bracket > 0 && (text.indexOf('=') < 0 || text.indexOf('=') > bracket) && Shell.isName(text.substring(0, bracket))) {
            return indexed(word, text.substring(0, bracket));
        }
        int eq = text.indexOf('=');
        if (eq <= 0) {
            return null;
        }
        boolean append = text.charAt(eq - 1) == '+';
        String name = text.substring(0, append ? eq - 1 : eq);
        if (name.isEmpty() || !Lexer.isNameStart(name.charAt(0))) {
            return null;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Lexer.isNameStart(c) && !(c >= '0' && c <= '9')) {
                return null;
            }
        }
        List<Word.Part> value = new ArrayList<>();
        if (eq + 1 < text.length()) {
            value.add(new Word.Literal(text.substring(eq + 1), false));
        }
        value.addAll(word.parts().subList(1, word.parts().size()));
        String source = word.source() == null ? null : word.source().substring(Math.min(word.source().length(),
                word.source().indexOf('=') + 1));
        return new Ast.Assign(name, new Word(List.copyOf(value), source), append);
    }

    /**
     * {@code name[index]=value}: the index runs from after the first {@code [} to the first unquoted
     * {@code ]} followed by {@code =} or {@code +=}; null when there is none.
     */
    static Ast.Assign indexed(Word word, String name) {
        List<Word.Part> parts = word.parts();
        List<Word.Part> index = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Word.Part part = parts.get(i);
            String text = part instanceof Word.Literal l && !l.quoted() ? l.text() : null;
            int from = i == 0 ? name.length() + 1 : 0;
            if (text == null) {
                if (part instanceof Word.ArrayLit) {
                    return null;
                }
                index.add(part);
                continue;
            }
            int depth = 0;
            for (int k = from; k < text.length(); k++) {
                char c = text.charAt(k);
                if (c == '[') {
                    depth++;
                } else if (c == ']' && depth > 0) {
                    depth--;
                } else if (c == ']') {
                    boolean append = text.startsWith("+=", k + 1);
                    if (!append && !text.startsWith("=", k + 1)) {
                        return null;
                    }
                    if (k > from) {
                        index.add(new Word.Literal(text.substring(from, k), false));
                    }
                    List<Word.Part> value = new ArrayList<>();
                    int start = k + (append ? 3 : 2);
                    if (start < text.length()) {
                        value.add(new Word.Literal(text.substring(start), false));
                    }
                    value.addAll(parts.subList(i + 1, parts.size()));
                    for (Word.Part p : value) {
                        if (p instanceof Word.ArrayLit) {
                            return null;
                        }
                    }
                    String source = word.source();
                    int eq = source == null ? -1 : source.indexOf(append ? "]+=" : "]=");
                    return new Ast.Assign(name, new Word(List.copyOf(index)), new Word(List.copyOf(value),
                            eq < 0 ? null : source.substring(eq + (append ? 3 : 2))), null, append);
                }
            }
            if (from < text.length()) {
                index.add(new Word.Literal(text.substring(from), false));
            }
        }
        return null;
    }
}
