package io.github.berth.engine.dockerfile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns one logical line into an instruction: split_command.go (keyword and {@code --flags}) and
 * line_parsers.go (one argument rule per instruction).
 */
final class LineParsers {
    // parser.go, reWhitespace: [\t\v\f\r ]+ (ASCII only; Java's \v would mean more)
    static final Pattern WHITESPACE = Pattern.compile("[\\t\\x0B\\f\\r ]+");

    static final String NOT_STRING_ARRAY = "when using JSON array syntax, arrays must be comprised of strings only";

    private LineParsers() {
    }

    /** What an argument rule produced. */
    record Args(List<Argument> args, boolean json) {
        static final Args NONE = new Args(List.of(), false);

        static Args words(List<String> words) {
            List<Argument> out = new ArrayList<>(words.size());
            words.forEach(w -> out.add(new Argument.Word(w)));
            return new Args(out, false);
        }
    }

    /** An argument rule rejected the line. */
    static final class LineException extends Exception {
        private static final long serialVersionUID = 1L;

        LineException(String message) {
            super(message);
        }
    }

    /** parser.go, newNodeFromLine. */
    static Instruction instruction(String line, int escape, List<String> comments) throws LineException {
        // split_command.go, splitCommand
        String[] cmdline = WHITESPACE.split(GoText.trimSpace(line), 2);
        String args = "";
        List<String> flags = new ArrayList<>();
        if (cmdline.length == 2) {
            args = extractBuilderFlags(cmdline[1], escape, flags);
        }
        String keyword = cmdline.length == 0 ? "" : cmdline[0];
        Args parsed = dispatch(Instruction.lower(keyword), GoText.trimSpace(args), escape);
        return new Instruction(keyword, flags, parsed.args(), parsed.json(), List.of(), line, 0, 0, comments);
    }

    private static Args dispatch(String command, String rest, int escape) throws LineException {
        switch (command) {
            case "add", "copy", "volume":
                return maybeJsonToList(rest);
            case "arg":
                return Args.words(parseWords(rest, escape));
            case "cmd", "entrypoint", "run", "shell":
                return maybeJson(rest);
            case "env":
                return nameVal(rest, "ENV", escape);
            case "label":
                return nameVal(rest, "LABEL", escape);
            case "expose", "from":
                return whitespaceDelimited(rest);
            case "healthcheck":
                return healthConfig(rest);
            case "maintainer", "stopsignal", "user", "workdir":
                return rest.isEmpty() ? Args.NONE : Args.words(List.of(rest));
            case "onbuild":
                if (rest.isEmpty()) {
                    return Args.NONE;
                }
                return new Args(List.of(new Argument.Sub(instruction(rest, escape, List.of()))), false);
            default:
                return Args.NONE; // parseIgnore: unknown instructions keep no arguments
        }
    }

    /**
     * split_command.go, extractBuilderFlags. It walks the line byte by byte, so a multi-byte character in a
     * flag is written back one byte per rune, exactly as BuildKit does. Returns the rest of the line.
     */
    static String extractBuilderFlags(String text, int escape, List<String> words) {
        byte[] line = text.getBytes(StandardCharsets.UTF_8);
        final int inSpaces = 0;
        final int inWord = 1;
        final int inQuote = 2;
        int phase = inSpaces;
        StringBuilder word = new StringBuilder();
        int quote = 0;
        boolean blankOK = false;
        int ch = 0;
        for (int pos = 0; pos <= line.length; pos++) {
            if (pos != line.length) {
                ch = line[pos] & 0xFF;
            }
            if (phase == inSpaces) {
                if (pos == line.length) {
                    break;
                }
                if (GoText.isSpace(ch)) {
                    continue;
                }
                // only keep going if the next word starts with --
                if (ch != '-' || pos + 1 == line.length || line[pos + 1] != '-') {
                    return new String(line, pos, line.length - pos, StandardCharsets.UTF_8);
                }
                phase = inWord;
            }
            if (pos == line.length) {
                String w = word.toString();
                if (!w.equals("--") && (blankOK || !w.isEmpty())) {
                    words.add(w);
                }
                break;
            }
            if (phase == inWord) {
                if (GoText.isSpace(ch)) {
                    String w = word.toString();
                    phase = inSpaces;
                    if (w.equals("--")) {
                        return new String(line, pos, line.length - pos, StandardCharsets.UTF_8);
                    }
                    if (blankOK || !w.isEmpty()) {
                        words.add(w);
                    }
                    word.setLength(0);
                    blankOK = false;
                    continue;
                }
                if (ch == '\'' || ch == '"') {
                    quote = ch;
                    blankOK = true;
                    phase = inQuote;
                    continue;
                }
                if (ch == escape) {
                    if (pos + 1 == line.length) {
                        continue;
                    }
                    pos++;
                    ch = line[pos] & 0xFF;
                }
                word.appendCodePoint(ch);
                continue;
            }
            // inQuote
            if (ch == quote) {
                phase = inWord;
                continue;
            }
            if (ch == escape) {
                if (pos + 1 == line.length) {
                    phase = inWord;
                    continue;
                }
                pos++;
                ch = line[pos] & 0xFF;
            }
            word.appendCodePoint(ch);
        }
        return "";
    }

    /** line_parsers.go, parseWords: space-separated words; quotes and escapes kept verbatim. */
    static List<String> parseWords(String rest, int escape) {
        final int inSpaces = 0;
        final int inWord = 1;
        final int inQuote = 2;
        List<String> words = new ArrayList<>();
        int phase = inSpaces;
        int quote = 0;
        boolean blankOK = false;
        StringBuilder word = new StringBuilder();
        int ch = 0;
        int width = 0;
        for (int pos = 0; pos <= rest.length(); pos += width) {
            if (pos != rest.length()) {
                ch = rest.codePointAt(pos);
                width = Character.charCount(ch);
            }
            if (phase == inSpaces) {
                if (pos == rest.length()) {
                    break;
                }
                if (GoText.isSpace(ch)) {
                    continue;
                }
                phase = inWord;
            }
            if (pos == rest.length()) {
                if (blankOK || word.length() > 0) {
                    words.add(word.toString());
                }
                break;
            }
            if (phase == inWord) {
                if (GoText.isSpace(ch)) {
                    phase = inSpaces;
                    if (blankOK || word.length() > 0) {
                        words.add(word.toString());
                    }
                    word.setLength(0);
                    blankOK = false;
                    continue;
                }
                if (ch == '\'' || ch == '"') {
                    quote = ch;
                    blankOK = true;
                    phase = inQuote;
                }
                if (ch == escape) {
                    if (pos + width == rest.length()) {
                        continue; // an escape at the end of the line is dropped
                    }
                    // an unquoted escape keeps itself and the next character, even a quote
                    word.appendCodePoint(ch);
                    pos += width;
                    ch = rest.codePointAt(pos);
                    width = Character.charCount(ch);
                }
                word.appendCodePoint(ch);
                continue;
            }
            // inQuote
            if (ch == quote) {
                phase = inWord;
            }
            // the escape is special except in single quotes
            if (ch == escape && quote != '\'') {
                if (pos + width == rest.length()) {
                    phase = inWord;
                    continue;
                }
                pos += width;
                word.appendCodePoint(ch);
                ch = rest.codePointAt(pos);
                width = Character.charCount(ch);
            }
            word.appendCodePoint(ch);
        }
        return words;
    }

    /** line_parsers.go, parseNameVal: {@code KEY name value} (legacy) or {@code KEY a=b c=d}. */
    private static Args nameVal(String rest, String key, int escape) throws LineException {
        List<String> words = parseWords(rest, escape);
        if (words.isEmpty()) {
            return Args.NONE;
        }
        List<Argument> out = new ArrayList<>();
        if (!words.get(0).contains("=")) {
            String[] parts = WHITESPACE.split(rest, 2);
            if (parts.length < 2) {
                throw new LineException(key + " must have two arguments");
            }
            out.add(new Argument.Word(parts[0]));
            out.add(new Argument.Word(parts[1]));
            out.add(new Argument.Word(""));
            return new Args(out, false);
        }
        for (String word : words) {
            int eq = word.indexOf('=');
            if (eq < 0) {
                throw new LineException("Syntax error - can't find = in " + GoText.quote(word)
                        + ". Must be of the form: name=value");
            }
            out.add(new Argument.Word(word.substring(0, eq)));
            out.add(new Argument.Word(word.substring(eq + 1)));
            out.add(new Argument.Word("="));
        }
        return new Args(out, false);
    }

    /** line_parsers.go, parseStringsWhitespaceDelimited. */
    private static Args whitespaceDelimited(String rest) {
        if (rest.isEmpty()) {
            return Args.NONE;
        }
        return Args.words(List.of(WHITESPACE.split(rest, -1)));
    }

    /** line_parsers.go, parseJSON; null when the text is not a JSON array at all (the fallback case). */
    private static Args json(String rest) throws LineException {
        String text = GoText.trimLeftSpace(rest);
        if (!text.startsWith("[")) {
            return null;
        }
        GoJson.Decoded decoded = GoJson.decodeArray(text);
        switch (decoded.status()) {
            case NOT_STRINGS:
                throw new LineException(NOT_STRING_ARRAY);
            case INVALID:
                return null;
            default:
                return new Args(Args.words(decoded.strings()).args(), true);
        }
    }

    /** line_parsers.go, parseMaybeJSON: the exec form, else the whole text as one argument. */
    private static Args maybeJson(String rest) throws LineException {
        if (rest.isEmpty()) {
            return Args.NONE;
        }
        Args json = json(rest);
        return json != null ? json : Args.words(List.of(rest));
    }

    /** line_parsers.go, parseMaybeJSONToList: the exec form, else whitespace-separated words. */
    private static Args maybeJsonToList(String rest) throws LineException {
        Args json = json(rest);
        return json != null ? json : whitespaceDelimited(rest);
    }

    /** line_parsers.go, parseHealthConfig: a type word ({@code CMD}, {@code NONE}), then a CMD-like rest. */
    private static Args healthConfig(String rest) throws LineException {
        // byte-wise like BuildKit: unicode.IsSpace(rune(rest[i]))
        byte[] b = rest.getBytes(StandardCharsets.UTF_8);
        int sep = 0;
        while (sep < b.length && !GoText.isSpace(b[sep] & 0xFF)) {
            sep++;
        }
        int next = sep;
        while (next < b.length && GoText.isSpace(b[next] & 0xFF)) {
            next++;
        }
        if (sep == 0) {
            return Args.NONE;
        }
        String type = new String(b, 0, sep, StandardCharsets.UTF_8);
        Args cmd = maybeJson(new String(b, next, b.length - next, StandardCharsets.UTF_8));
        List<Argument> out = new ArrayList<>();
        out.add(new Argument.Word(type));
        out.addAll(cmd.args());
        return new Args(out, cmd.json());
    }
}
