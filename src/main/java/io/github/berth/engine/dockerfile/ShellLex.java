package io.github.berth.engine.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * BuildKit's word splitter and variable expander (frontend/dockerfile/shell/lex.go, type Lex): quote removal,
 * escapes, {@code $VAR}, {@code ${VAR}} and the {@code ${VAR:-w}}, {@code :+}, {@code ?}, {@code #}, {@code %},
 * {@code /} modifiers. Variables come from a map: a key that is present is set, even to the empty string.
 */
public final class ShellLex {
    static final int EOF = -1;

    /** Lex's option fields, same names. */
    public record Options(boolean rawQuotes, boolean rawEscapes, boolean skipProcessQuotes, boolean skipUnsetEnv) {
        public static final Options DEFAULT = new Options(false, false, false, false);
    }

    private final int escapeToken;
    private final Options options;

    public ShellLex(int escapeToken, Options options) {
        this.escapeToken = escapeToken;
        this.options = options;
    }

    public ShellLex(int escapeToken) {
        this(escapeToken, Options.DEFAULT);
    }

    /** ProcessWord: one word, with the spaces between words kept. */
    public String processWord(String word, Map<String, String> env) throws ShellExpansionException {
        return new Scan(word, env).process(word).result();
    }

    /** ProcessWords: expansion, then splitting on unquoted whitespace. */
    public List<String> processWords(String word, Map<String, String> env) throws ShellExpansionException {
        return new Scan(word, env).process(word).words();
    }

    private record Processed(String result, List<String> words) {
    }

    /** lex.go's wordsStruct, writing into a buffer shared by nested calls as BuildKit's does. */
    private static final class Words {
        final StringBuilder buf;
        final List<String> words = new ArrayList<>();
        boolean inWord;

        Words(StringBuilder buf) {
            this.buf = buf;
        }

        void addChar(int ch) {
            if (GoText.isSpace(ch) && inWord) {
                if (buf.length() != 0) {
                    words.add(buf.toString());
                    buf.setLength(0);
                    inWord = false;
                }
            } else if (!GoText.isSpace(ch)) {
                addRawChar(ch);
            }
        }

        void addRawChar(int ch) {
            buf.appendCodePoint(ch);
            inWord = true;
        }

        void addString(String str) {
            str.codePoints().forEach(this::addChar);
        }

        void addRawString(String str) {
            buf.append(str);
            inWord = true;
        }

        List<String> getWords() {
            if (buf.length() > 0) {
                words.add(buf.toString());
                buf.setLength(0);
                inWord = false;
            }
            return words;
        }
    }

    /** lex.go's shellWord: one pass over one input. */
    private final class Scan {
        private final int[] cps;
        private int pos;
        private final Map<String, String> env;
        private boolean rawEscapes = options.rawEscapes();
        // lex.go: shellWord.wordsBuffer is one buffer that nested processStopOn calls reset
        private final StringBuilder wordsBuffer = new StringBuilder();

        Scan(String word, Map<String, String> env) {
            int[] all = word.codePoints().toArray();
            // text/scanner skips a byte-order mark at the very start
            this.cps = all.length > 0 && all[0] == 0xFEFF ? java.util.Arrays.copyOfRange(all, 1, all.length) : all;
            this.env = env;
        }

        int peek() {
            return pos < cps.length ? cps[pos] : EOF;
        }

        int next() {
            return pos < cps.length ? cps[pos++] : EOF;
        }

        Processed process(String source) throws ShellExpansionException {
            try {
                return processStopOn(EOF, rawEscapes);
            } catch (ShellExpansionException e) {
                throw new ShellExpansionException("failed to process " + GoText.quote(source) + ": " + e.getMessage());
            }
        }

        Processed processStopOn(int stopChar, boolean raw) throws ShellExpansionException {
            StringBuilder result = new StringBuilder();
            wordsBuffer.setLength(0);
            Words words = new Words(wordsBuffer);
            boolean saved = rawEscapes;
            rawEscapes = raw;
            try {
                while (peek() != EOF) {
                    int ch = peek();
                    if (stopChar != EOF && ch == stopChar) {
                        next();
                        return new Processed(result.toString(), words.getWords());
                    }
                    String special = special(ch);
                    if (special != null) {
                        result.append(special);
                        if (ch == '$') {
                            words.addString(special);
                        } else {
                            words.addRawString(special);
                        }
                        continue;
                    }
                    ch = next();
                    if (ch == escapeToken) {
                        if (rawEscapes) {
                            words.addRawChar(ch);
                            result.appendCodePoint(ch);
                        }
                        ch = next();
                        if (ch == EOF) {
                            break;
                        }
                        words.addRawChar(ch);
                    } else {
                        words.addChar(ch);
                    }
                    result.appendCodePoint(ch);
                }
                if (stopChar != EOF) {
                    throw new ShellExpansionException("unexpected end of statement while looking for matching "
                            + new String(Character.toChars(stopChar)));
                }
                return new Processed(result.toString(), words.getWords());
            } finally {
                rawEscapes = saved;
            }
        }

        /** lex.go's charFuncMapping: null when ch is not special. */
        private String special(int ch) throws ShellExpansionException {
            if (ch == '$') {
                return processDollar();
            }
            if (ch == '<') {
                return processPossibleHeredoc();
            }
            if (!options.skipProcessQuotes()) {
                if (ch == '\'') {
                    return processSingleQuote();
                }
                if (ch == '"') {
                    return processDoubleQuote();
                }
            }
            return null;
        }

        private String processSingleQuote() throws ShellExpansionException {
            StringBuilder result = new StringBuilder();
            int ch = next();
            if (options.rawQuotes()) {
                result.appendCodePoint(ch);
            }
            while (true) {
                ch = next();
                if (ch == EOF) {
                    throw new ShellExpansionException(
                            "unexpected end of statement while looking for matching single-quote");
                }
                if (ch == '\'') {
                    if (options.rawQuotes()) {
                        result.appendCodePoint(ch);
                    }
                    return result.toString();
                }
                result.appendCodePoint(ch);
            }
        }

        private String processDoubleQuote() throws ShellExpansionException {
            StringBuilder result = new StringBuilder();
            int ch = next();
            if (options.rawQuotes()) {
                result.appendCodePoint(ch);
            }
            while (true) {
                int p = peek();
                if (p == EOF) {
                    throw new ShellExpansionException(
                            "unexpected end of statement while looking for matching double-quote");
                }
                if (p == '"') {
                    ch = next();
                    if (options.rawQuotes()) {
                        result.appendCodePoint(ch);
                    }
                    return result.toString();
                }
                if (p == '$') {
                    result.append(processDollar());
                    continue;
                }
                ch = next();
                if (ch == escapeToken) {
                    if (rawEscapes) {
                        result.appendCodePoint(ch);
                    }
                    int q = peek();
                    if (q == EOF) {
                        continue; // a lone escape at the end of the word is dropped
                    }
                    if (q == '"' || q == '$' || q == escapeToken) {
                        ch = next();
                    }
                }
                result.appendCodePoint(ch);
            }
        }

        private String processDollar() throws ShellExpansionException {
            next();
            if (peek() != '{') {
                String name = processName();
                if (name.isEmpty()) {
                    return "$";
                }
                String value = env.get(name);
                if (value == null && options.skipUnsetEnv()) {
                    return "$" + name;
                }
                return value == null ? "" : value;
            }
            next();
            int p = peek();
            if (p == EOF) {
                throw new ShellExpansionException("syntax error: missing '}'");
            }
            if (p == '{' || p == '}' || p == ':') {
                throw new ShellExpansionException("syntax error: bad substitution");
            }
            String name = processName();
            int ch = next();
            String chs = ch == EOF ? "\uFFFD" : new String(Character.toChars(ch));
            if (ch == '}') {
                String value = env.get(name);
                if (value == null && options.skipUnsetEnv()) {
                    return "${" + name + "}";
                }
                return value == null ? "" : value;
            }
            if (ch == '/') {
                return substitute(name);
            }
            boolean nullIsUnset = false;
            if (ch == ':') {
                nullIsUnset = true;
                ch = next();
                chs += ch == EOF ? "\uFFFD" : new String(Character.toChars(ch));
            } else if (ch != '+' && ch != '-' && ch != '?' && ch != '#' && ch != '%') {
                throw new ShellExpansionException("unsupported modifier (" + chs + ") in substitution");
            }
            boolean rawForPattern = ch == '#' || ch == '%';
            if (nullIsUnset && rawForPattern) {
                throw new ShellExpansionException("unsupported modifier (" + chs + ") in substitution");
            }
            String word;
            try {
                word = processStopOn('}', rawForPattern).result();
            } catch (ShellExpansionException e) {
                if (peek() == EOF) {
                    throw new ShellExpansionException("syntax error: missing '}'");
                }
                throw e;
            }
            String value = env.get(name);
            boolean set = value != null;
            if (!set) {
                value = "";
                if (options.skipUnsetEnv()) {
                    return "${" + name + chs + word + "}";
                }
            }
            switch (ch) {
                case '-':
                    return !set || (nullIsUnset && value.isEmpty()) ? word : value;
                case '+':
                    return !set || (nullIsUnset && value.isEmpty()) ? "" : word;
                case '?':
                    if (!set) {
                        throw new ShellExpansionException(
                                name + ": " + (word.isEmpty() ? "is not allowed to be unset" : word));
                    }
                    if (nullIsUnset && value.isEmpty()) {
                        throw new ShellExpansionException(
                                name + ": " + (word.isEmpty() ? "is not allowed to be empty" : word));
                    }
                    return value;
                case '%':
                case '#': {
                    boolean greedy = false;
                    if (!word.isEmpty() && word.charAt(0) == ch) {
                        greedy = true;
                        word = word.substring(1);
                    }
                    return ch == '%' ? ShellPattern.trimSuffix(word, value, greedy)
                            : ShellPattern.trimPrefix(word, value, greedy);
                }
                default:
                    throw new ShellExpansionException("unsupported modifier (" + chs + ") in substitution");
            }
        }

        /** {@code ${name/pattern/replacement}} and {@code ${name//pattern/replacement}}. */
        private String substitute(String name) throws ShellExpansionException {
            boolean replaceAll = peek() == '/';
            if (replaceAll) {
                next();
            }
            String pattern;
            try {
                pattern = processStopOn('/', true).result();
            } catch (ShellExpansionException e) {
                if (peek() == EOF) {
                    throw new ShellExpansionException("syntax error: missing '/' in ${}");
                }
                throw e;
            }
            String replacement;
            try {
                replacement = processStopOn('}', true).result();
            } catch (ShellExpansionException e) {
                if (peek() == EOF) {
                    throw new ShellExpansionException("syntax error: missing '}'");
                }
                throw e;
            }
            String value = env.get(name);
            if (value == null && options.skipUnsetEnv()) {
                return "${" + name + "/" + pattern + "/" + replacement + "}";
            }
            return ShellPattern.replace(value == null ? "" : value, pattern, replacement, replaceAll);
        }

        private String processName() {
            StringBuilder name = new StringBuilder();
            while (peek() != EOF) {
                int ch = peek();
                if (name.length() == 0 && Character.isDigit(ch)) {
                    while (peek() != EOF && Character.isDigit(peek())) {
                        name.appendCodePoint(next());
                    }
                    return name.toString();
                }
                if (name.length() == 0 && isSpecialParam(ch)) {
                    return new String(Character.toChars(next()));
                }
                if (!Character.isLetter(ch) && !Character.isDigit(ch) && ch != '_') {
                    break;
                }
                name.appendCodePoint(next());
            }
            return name.toString();
        }

        private String processPossibleHeredoc() {
            next();
            if (peek() != '<') {
                return "<";
            }
            next();
            StringBuilder out = new StringBuilder("<<");
            while (peek() == '\t' || peek() == '\r' || peek() == ' ') {
                out.appendCodePoint(next());
            }
            return out.toString();
        }
    }

    private static boolean isSpecialParam(int ch) {
        return ch == '@' || ch == '*' || ch == '#' || ch == '?' || ch == '-' || ch == '$' || ch == '!' || ch == '0';
    }
}
