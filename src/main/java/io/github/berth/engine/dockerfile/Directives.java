package io.github.berth.engine.dockerfile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parser state that directives change: the escape character and its line-continuation rule
 * (parser.go, type directives), and the directive reader (directives.go, DirectiveParser).
 */
final class Directives {
    // directives.go (v0.22.0), setComment: ^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$ with Go's \s
    private static final Pattern DIRECTIVE = Pattern.compile(
            "^#[\\t\\n\\f\\r ]*([a-zA-Z][a-zA-Z0-9]*)[\\t\\n\\f\\r ]*=[\\t\\n\\f\\r ]*(.+?)[\\t\\n\\f\\r ]*\\z",
            Pattern.DOTALL);
    private static final Set<String> VALID = Set.of("syntax", "escape", "check");

    private int escapeToken;
    private Pattern continuation;
    private int line;
    private boolean done;
    private final Set<String> seen = new HashSet<>();
    private final List<Directive> found = new ArrayList<>();

    Directives() {
        escapeToken = '\\';
        continuation = continuationRule("\\");
    }

    int escapeToken() {
        return escapeToken;
    }

    List<Directive> found() {
        return found;
    }

    /** parser.go, setEscapeToken: only a backslash or a backtick. */
    private void setEscapeToken(String s) throws DirectiveException {
        if (!s.equals("`") && !s.equals("\\")) {
            throw new DirectiveException("invalid escape token '" + s + "' does not match ` or \\");
        }
        escapeToken = s.charAt(0);
        continuation = continuationRule(s);
    }

    /** The escape character last on a line, not itself escaped, or alone on its line (trailing blanks allowed). */
    private static Pattern continuationRule(String escape) {
        String e = "\\" + escape;
        return Pattern.compile("([^" + e + "])" + e + "[ \\t]*\\z|^" + e + "[ \\t]*\\z");
    }

    /** parser.go, possibleParserDirective: true when the line was a directive. */
    boolean possibleParserDirective(String text) throws DirectiveException {
        line++;
        if (done) {
            return false;
        }
        Matcher m = DIRECTIVE.matcher(text);
        if (!m.find()) {
            done = true;
            return false;
        }
        String key = m.group(1).toLowerCase(Locale.ROOT);
        if (!VALID.contains(key)) {
            done = true;
            return false;
        }
        if (!seen.add(key)) {
            throw new DirectiveException("only one " + key + " parser directive can be used");
        }
        String value = m.group(2);
        found.add(new Directive(key, value, line));
        if (key.equals("escape")) {
            setEscapeToken(value);
        }
        return true;
    }

    /**
     * parser.go, trimContinuationCharacter: the line without its continuation escape, and whether the
     * instruction ends on it. Returns null for "ends here", else the trimmed line.
     */
    String continued(String text) {
        Matcher m = continuation.matcher(text);
        if (!m.find()) {
            return null;
        }
        String kept = m.group(1) == null ? "" : m.group(1);
        return text.substring(0, m.start()) + kept;
    }

    /** A directive error; the parser gives it its location. */
    static final class DirectiveException extends Exception {
        private static final long serialVersionUID = 1L;

        DirectiveException(String message) {
            super(message);
        }
    }
}
