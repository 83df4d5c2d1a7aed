package io.github.berth.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * bash's brace expansion, the first of the expansions: {@code a{b,c}d} is {@code abd acd},
 * {@code {1..3}} is {@code 1 2 3} (with a step, zero padding, or letters). It applies to unquoted
 * text only; a brace list that spans quoted text or an expansion is left as it is here.
 */
final class Braces {
    private Braces() {}

    private static final char MARK = '\uE000';

    /**
     * The words a word's braces make. Quoted text and expansions stand in the text being expanded
     * as one private-use character each, so a list may hold them ({@code {$x,2}}) but never opens
     * or closes inside them.
     */
    static List<Word> expand(Word word) {
        List<Word.Part> parts = word.parts();
        boolean any = false;
        StringBuilder template = new StringBuilder();
        List<Word.Part> opaque = new ArrayList<>();
        for (Word.Part part : parts) {
            if (part instanceof Word.Literal l && !l.quoted()) {
                any |= l.text().indexOf('{') >= 0;
                template.append(l.text());
            } else {
                if (opaque.size() >= 6000) {
                    return List.of(word);
                }
                template.append((char) (MARK + opaque.size()));
                opaque.add(part);
            }
        }
        if (!any) {
            return List.of(word);
        }
        List<String> texts = expand(template.toString());
        if (texts.size() == 1 && texts.get(0).equals(template.toString())) {
            return List.of(word);
        }
        List<Word> words = new ArrayList<>();
        for (String text : texts) {
            List<Word.Part> out = new ArrayList<>();
            StringBuilder lit = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= MARK && c < MARK + opaque.size()) {
                    if (lit.length() > 0) {
                        out.add(new Word.Literal(lit.toString(), false));
                        lit.setLength(0);
                    }
                    out.add(opaque.get(c - MARK));
                } else {
                    lit.append(c);
                }
            }
            if (lit.length() > 0) {
                out.add(new Word.Literal(lit.toString(), false));
            }
            words.add(new Word(List.copyOf(out), word.source()));
        }
        return words;
    }

    private static List<String> expand(String text) {
        for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', open + 1)) {
            if (open > 0 && text.charAt(open - 1) == '$') {
                continue;
            }
            int close = close(text, open);
            if (close < 0) {
                continue;
            }
            List<String> alternatives = alternatives(text.substring(open + 1, close));
            if (alternatives == null) {
                continue;
            }
            List<String> words = new ArrayList<>();
            for (String alt : alternatives) {
                words.addAll(expand(text.substring(0, open) + alt + text.substring(close + 1)));
                if (words.size() > 100_000) {
                    return List.of(text);
                }
            }
            return words;
        }
        return List.of(text);
    }

    private static int close(String text, int open) {
        int nesting = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                nesting++;
            } else if (c == '}' && --nesting == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The alternatives of a brace body, or null when it is not a list or a sequence. */
    private static List<String> alternatives(String body) {
        List<String> items = new ArrayList<>();
        int nesting = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '{') {
                nesting++;
            } else if (c == '}') {
                nesting--;
            } else if (c == ',' && nesting == 0) {
                items.add(body.substring(start, i));
                start = i + 1;
            }
        }
        if (!items.isEmpty()) {
            items.add(body.substring(start));
            return items;
        }
        return sequence(body);
    }

    private static List<String> sequence(String body) {
        String[] p = body.split("\\.\\.", -1);
        if (p.length < 2 || p.length > 3) {
            return null;
        }
        long step = 1;
        if (p.length == 3) {
            if (!p[2].matches("-?[0-9]{1,9}")) {
                return null;
            }
            step = Math.abs(Long.parseLong(p[2]));
            if (step == 0) {
                step = 1;
            }
        }
        List<String> out = new ArrayList<>();
        if (p[0].matches("-?[0-9]{1,9}") && p[1].matches("-?[0-9]{1,9}")) {
            long a = Long.parseLong(p[0]);
            long b = Long.parseLong(p[1]);
            int width = p[0].matches("-?0[0-9]+") || p[1].matches("-?0[0-9]+") ? Math.max(p[0].length(), p[1].length()) : 0;
            for (long v = a; a <= b ? v <= b : v >= b; v += a <= b ? step : -step) {
                String s = Long.toString(Math.abs(v));
                int digits = width - (v < 0 ? 1 : 0);
                while (s.length() < digits) {
                    s = "0" + s;
                }
                out.add(v < 0 ? "-" + s : s);
                if (out.size() > 100_000) {
                    return null;
                }
            }
            return out;
        }
        if (p[0].length() == 1 && p[1].length() == 1 && Character.isLetter(p[0].charAt(0))
                && Character.isLetter(p[1].charAt(0))) {
            char a = p[0].charAt(0);
            char b = p[1].charAt(0);
            for (int v = a; a <= b ? v <= b : v >= b; v += a <= b ? step : -step) {
                out.add(String.valueOf((char) v));
            }
            return out;
        }
        return null;
    }
}
