package io.github.berth.engine.dockerfile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BuildKit's Dockerfile parser (moby/buildkit v0.22.0, the BuildKit in Docker 28.2.2;
 * frontend/dockerfile/parser/parser.go, Parse). Text in, instructions out; no file access here.
 */
public final class DockerfileParser {
    // parser.go, reHeredoc: ^(\d*)<<(-?)\s*([^<]*)$ with Go's ASCII \d and \s
    private static final Pattern HEREDOC = Pattern.compile("^([0-9]*)<<(-?)[\\t\\n\\f\\r ]*([^<]*)\\z");
    private static final java.util.Set<String> HEREDOC_COMMANDS = java.util.Set.of("add", "copy", "run");

    private DockerfileParser() {
    }

    /** Parses a whole Dockerfile. */
    public static ParseResult parse(String text) throws DockerfileParseException {
        Lines scanner = new Lines(text);
        Directives d = new Directives();
        int currentLine = 0;
        List<Instruction> instructions = new ArrayList<>();
        List<ParseWarning> warnings = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        String raw;
        while ((raw = scanner.next()) != null) {
            if (currentLine == 0 && raw.startsWith("\uFEFF")) {
                raw = raw.substring(1); // the byte-order mark
            }
            if (isComment(raw)) {
                String comment = GoText.trimSpace(raw.substring(Character.charCount(raw.codePointAt(0))));
                if (comment.isEmpty()) {
                    comments.clear();
                } else {
                    comments.add(comment);
                }
            }
            String bytesRead;
            try {
                String token = GoText.trimLeftSpace(trimNewline(raw));
                if (d.possibleParserDirective(token)) {
                    comments.remove(comments.size() - 1);
                }
                bytesRead = isComment(token) ? "" : token;
            } catch (Directives.DirectiveException e) {
                // parser.go: withLocation(err, currentLine, 0), the count of lines before this one
                throw new DockerfileParseException(e.getMessage(), currentLine, 0);
            }
            currentLine++;
            int startLine = currentLine;
            String continued = d.continued(bytesRead);
            boolean endOfLine = continued == null;
            if (endOfLine && bytesRead.isEmpty()) {
                continue;
            }
            StringBuilder buf = new StringBuilder(endOfLine ? bytesRead : continued);
            boolean emptyContinuation = false;
            while (!endOfLine && (raw = scanner.next()) != null) {
                String token = trimNewline(raw);
                try {
                    d.possibleParserDirective(token);
                } catch (Directives.DirectiveException e) {
                    throw new DockerfileParseException(e.getMessage(), currentLine, 0);
                }
                currentLine++;
                if (isComment(raw)) {
                    continue; // comment lines inside a continuation are skipped
                }
                if (GoText.trimLeftSpace(token).isEmpty()) {
                    emptyContinuation = true;
                    continue;
                }
                continued = d.continued(token);
                endOfLine = continued == null;
                buf.append(endOfLine ? token : continued);
            }
            String line = buf.toString();
            if (emptyContinuation) {
                warnings.add(new ParseWarning("Empty continuation line found in: " + line,
                        "Empty continuation lines will become errors in a future release",
                        "https://docs.docker.com/go/dockerfile/rule/no-empty-continuation/", currentLine));
            }
            Instruction child;
            try {
                child = LineParsers.instruction(line, d.escapeToken(), comments);
            } catch (LineParsers.LineException e) {
                throw new DockerfileParseException(e.getMessage(), startLine, currentLine);
            }
            if (canContainHeredoc(child) && line.contains("<<")) {
                List<Heredoc> docs = new ArrayList<>();
                for (Heredoc heredoc : heredocsFromLine(line, startLine, currentLine)) {
                    StringBuilder content = new StringBuilder();
                    boolean terminated = false;
                    while ((raw = scanner.next()) != null) {
                        currentLine++;
                        String possible = raw.replaceFirst("[\r\n]+\\z", "");
                        if (heredoc.chomp()) {
                            possible = possible.replaceFirst("^\t+", "");
                        }
                        if (possible.equals(heredoc.name())) {
                            terminated = true;
                            break;
                        }
                        content.append(raw);
                    }
                    if (!terminated) {
                        throw new DockerfileParseException("unterminated heredoc", startLine, currentLine);
                    }
                    docs.add(heredoc.withContent(content.toString()));
                }
                child = child.withHeredocs(docs);
            }
            instructions.add(child.withLines(startLine, currentLine));
            comments = new ArrayList<>();
        }
        if (instructions.isEmpty()) {
            throw new DockerfileParseException("file with no instructions", currentLine, 0);
        }
        if (scanner.tooLong()) {
            throw new DockerfileParseException("dockerfile line greater than max allowed size of "
                    + (Lines.MAX_TOKEN - 1), currentLine, 0);
        }
        return new ParseResult(instructions, d.escapeToken(), d.found(), warnings);
    }

    /** parser.go, Node.canContainHeredoc: RUN, COPY, ADD (also inside ONBUILD) in shell form. */
    private static boolean canContainHeredoc(Instruction node) {
        if (node.command().equals("onbuild") && !node.args().isEmpty()
                && node.args().get(0) instanceof Argument.Sub sub) {
            node = sub.instruction();
        }
        return HEREDOC_COMMANDS.contains(node.command()) && !node.json();
    }

    /** parser.go, heredocsFromLine: every word of the line that is a heredoc opener. */
    private static List<Heredoc> heredocsFromLine(String line, int start, int end) throws DockerfileParseException {
        List<String> words;
        try {
            words = new ShellLex('\\', new ShellLex.Options(true, true, false, true)).processWords(line, Map.of());
        } catch (ShellExpansionException e) {
            words = List.of(); // BuildKit ignores this error
        }
        List<Heredoc> docs = new ArrayList<>();
        for (String word : words) {
            try {
                Heredoc doc = parseHeredoc(word);
                if (doc != null) {
                    docs.add(doc);
                }
            } catch (ShellExpansionException e) {
                throw new DockerfileParseException(e.getMessage(), start, end);
            }
        }
        return docs;
    }

    /** parser.go, ParseHeredoc and heredocFromMatch: null when the word opens no heredoc. */
    public static Heredoc parseHeredoc(String src) throws ShellExpansionException {
        Matcher m = HEREDOC.matcher(src);
        if (!m.find()) {
            return null;
        }
        long fd;
        try {
            fd = m.group(1).isEmpty() ? 0 : Long.parseUnsignedLong(m.group(1));
        } catch (NumberFormatException e) {
            fd = -1L; // strconv.ParseUint saturates at the largest uint64
        }
        boolean chomp = m.group(2).equals("-");
        String rest = m.group(3);
        if (rest.isEmpty()) {
            return null;
        }
        // parse the word with and without quote removal: a difference means part of it was quoted
        List<String> words = new ShellLex('\\', new ShellLex.Options(false, false, false, true))
                .processWords(rest, Map.of());
        if (words.size() != 1) {
            return null;
        }
        List<String> wordsRaw = new ShellLex('\\', new ShellLex.Options(true, false, false, true))
                .processWords(rest, Map.of());
        if (wordsRaw.size() != words.size()) {
            throw new ShellExpansionException(
                    "internal lexing of heredoc produced inconsistent results: " + rest);
        }
        String word = words.get(0);
        boolean expand = quotes(word) == quotes(wordsRaw.get(0));
        return new Heredoc(word, fd, expand, chomp, "");
    }

    private static long quotes(String s) {
        return s.chars().filter(c -> c == '\'' || c == '"').count();
    }

    private static boolean isComment(String line) {
        String t = GoText.trimLeftSpace(line);
        return !t.isEmpty() && t.charAt(0) == '#';
    }

    /** parser.go, trimNewline: bytes.TrimRight(src, "\r\n"). */
    private static String trimNewline(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\r' || s.charAt(end - 1) == '\n')) {
            end--;
        }
        return s.substring(0, end);
    }

    /** parser.go, scanLines over a bufio.Scanner: lines keep their newline; 64 KiB is the longest token. */
    private static final class Lines {
        static final int MAX_TOKEN = 64 * 1024; // bufio.MaxScanTokenSize
        private final String text;
        private int pos;
        private boolean tooLong;

        Lines(String text) {
            this.text = text;
        }

        String next() {
            if (tooLong || pos >= text.length()) {
                return null;
            }
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl + 1;
            String line = text.substring(pos, end);
            int bytes = utf8Length(line);
            // the buffer holds MAX_TOKEN bytes: a line with its newline must fit; a last line must be shorter
            if (nl >= 0 ? bytes > MAX_TOKEN : bytes >= MAX_TOKEN) {
                tooLong = true;
                return null;
            }
            pos = end;
            return line;
        }

        boolean tooLong() {
            return tooLong;
        }

        private static int utf8Length(String s) {
            return s.length() * 3 < MAX_TOKEN ? s.length() : s.getBytes(StandardCharsets.UTF_8).length;
        }
    }
}
