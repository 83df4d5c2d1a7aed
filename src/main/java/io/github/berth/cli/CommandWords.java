package io.github.berth.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The words of a command line as the shell would split them when nothing is expanded: blanks separate
 * words, single quotes keep everything, double quotes keep all but a backslash before {@code " \ $ `},
 * a backslash outside quotes keeps the next character. Used to read a docker command typed as an
 * answer, never to run one.
 */
final class CommandWords {
    private CommandWords() {}

    /** The words, or empty when a quote is left open. */
    static Optional<List<String>> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                continue;
            }
            inWord = true;
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    return Optional.empty();
                }
                word.append(line, i + 1, end);
                i = end;
            } else if (c == '"') {
                int j = i + 1;
                for (; j < line.length() && line.charAt(j) != '"'; j++) {
                    if (line.charAt(j) == '\\' && j + 1 < line.length() && "\"\\$`".indexOf(line.charAt(j + 1)) >= 0) {
                        j++;
                    }
                    word.append(line.charAt(j));
                }
                if (j >= line.length()) {
                    return Optional.empty();
                }
                i = j;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
            } else {
                word.append(c);
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return Optional.of(words);
    }
}
