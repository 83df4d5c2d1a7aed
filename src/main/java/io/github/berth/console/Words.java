package io.github.berth.console;

import java.util.ArrayList;
import java.util.List;

/**
 * A typed line split into words with their positions, tolerant of anything half-typed: quotes
 * may be unclosed, and operators ({@code ; && || |}) start a new command. Used by the
 * highlighter, which must never fail on what it is shown.
 */
record Words(List<Word> words) {
    /** One word: its text without quotes, where it starts and ends, whether it was quoted, and its command's index. */
    record Word(String text, int start, int end, boolean quoted, int command) {}

    static Words split(String line) {
        List<Word> words = new ArrayList<>();
        int command = 0;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n') {
                i++;
                continue;
            }
            if (c == ';' || c == '|' || c == '&') {
                command++;
                i++;
                continue;
            }
            int start = i;
            StringBuilder text = new StringBuilder();
            boolean quoted = false;
            while (i < line.length() && " \t\n;|&".indexOf(line.charAt(i)) < 0) {
                char ch = line.charAt(i);
                if (ch == '\'' || ch == '"') {
                    quoted = true;
                    int close = line.indexOf(ch, i + 1);
                    int end = close < 0 ? line.length() : close;
                    text.append(line, i + 1, end);
                    i = close < 0 ? line.length() : close + 1;
                } else if (ch == '\\' && i + 1 < line.length()) {
                    text.append(line.charAt(i + 1));
                    i += 2;
                } else {
                    text.append(ch);
                    i++;
                }
            }
            words.add(new Word(text.toString(), start, i, quoted, command));
        }
        return new Words(List.copyOf(words));
    }
}
