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
}
