package io.github.berth.engine.dockerfile;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The instructions BuildKit knows (frontend/dockerfile/command/command.go) and its "unknown instruction"
 * error with a "did you mean" suggestion (instructions/parse.go, ParseInstruction; util/suggest, Search).
 */
public final class InstructionNames {
    /** In alphabetical order; BuildKit walks a Go map, so between equally close names its pick varies. */
    public static final List<String> ALL = List.of("add", "arg", "cmd", "copy", "entrypoint", "env", "expose", "from",
            "healthcheck", "label", "maintainer", "onbuild", "run", "shell", "stopsignal", "user", "volume",
            "workdir");

    private InstructionNames() {
    }

    /** Throws BuildKit's error for the first instruction whose keyword is not an instruction. */
    public static void requireKnown(ParseResult result) throws DockerfileParseException {
        for (Instruction i : result.instructions()) {
            if (!ALL.contains(i.command())) {
                String message = "unknown instruction: " + i.keyword();
                Optional<String> match = suggest(i.keyword());
                if (match.isPresent()) {
                    message += " (did you mean " + match.get() + "?)";
                }
                throw new DockerfileParseException(message, i.startLine(), i.endLine());
            }
        }
    }

    /** util/suggest, Search (case-insensitive): the closest name at distance under 3, in the word's case. */
    static Optional<String> suggest(String word) {
        String val = word.toLowerCase(Locale.ROOT);
        String match = null;
        int min = 3;
        for (String option : ALL) {
            if (val.equals(option)) {
                return Optional.empty();
            }
            int dist = levenshtein(val, option);
            if (dist < min) {
                min = dist;
                match = option;
            }
        }
        if (match == null) {
            return Optional.empty();
        }
        if (word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals(val)) {
            return Optional.of(match.toUpperCase(Locale.ROOT));
        }
        return Optional.of(match);
    }

    static int levenshtein(String a, String b) {
        int[] ca = a.codePoints().toArray();
        int[] cb = b.codePoints().toArray();
        int[] prev = new int[cb.length + 1];
        int[] cur = new int[cb.length + 1];
        for (int j = 0; j <= cb.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= ca.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= cb.length; j++) {
                int sub = prev[j - 1] + (ca[i - 1] == cb[j - 1] ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[cb.length];
    }
}
