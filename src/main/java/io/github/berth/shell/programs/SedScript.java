package io.github.berth.shell.programs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A sed script parsed as GNU sed 4.9 parses it (compile.c): addresses ({@code N}, {@code $},
 * {@code /re/} and {@code \cREc}, {@code first~step}, ranges with {@code N}, {@code /re/},
 * {@code +N}, {@code ~N}, {@code 0,/re/}, {@code !}), commands {@code s y p P d D n N q Q = l
 * a i c h H g G x z b t T : { } #}, and GNU's messages with the expression number and the
 * character where parsing stopped.
 */
final class SedScript {
    /** A script GNU sed rejects; the message is sed's without the {@code sed: } prefix. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    /** An address. */
    sealed interface Addr permits Line, Last, Regex, Step, Plus, Multiple {}

    record Line(long n) implements Addr {}

    record Last() implements Addr {}

    /** {@code pattern} is null for {@code //}: the last regex used. */
    record Regex(Pattern pattern) implements Addr {}

    record Step(long first, long step) implements Addr {}

    record Plus(long n) implements Addr {}

    record Multiple(long n) implements Addr {}

    /** One command; the fields a command does not use are null or 0. */
    static final class Cmd {
        Addr a1;
        Addr a2;
        boolean negate;
        char name;
        Pattern regex;
        String replacement;
        boolean global;
        int occurrence = 1;
        boolean print;
        String text;
        String from;
        String to;
        int exit;
        String label;
        int jump = -1;
        // range state while running
        boolean active;
        long endLine;
    }

    final List<Cmd> commands = new ArrayList<>();

    private final boolean extended;
    private String src;
    private int pos;
    private int expression;
    private final List<Integer> openBraces = new ArrayList<>();

    SedScript(boolean extended) {
        this.extended = extended;
    }

    /** Adds one {@code -e} expression (or the script operand). */
    void add(String script) throws Invalid {
        src = script;
        pos = 0;
        expression++;
        while (true) {
            skipSpaceAndSemicolons();
            if (pos >= src.length()) {
                break;
            }
            if (peek() == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
                continue;
            }
            parseCommand();
        }
    }

    /** Resolves labels and braces once every expression is in. */
    void finish() throws Invalid {
        if (!openBraces.isEmpty()) {
            throw new Invalid("-e expression #" + expression + ", char 0: unmatched `{'");
        }
        Map<String, Integer> labels = new HashMap<>();
        for (int i = 0; i < commands.size(); i++) {
            if (commands.get(i).name == ':') {
                labels.put(commands.get(i).label, i);
            }
        }
        for (Cmd c : commands) {
            if ((c.name == 'b' || c.name == 't' || c.name == 'T') && !c.label.isEmpty()) {
                Integer at = labels.get(c.label);
                if (at == null) {
                    throw new Invalid("can't find label for jump to `" + c.label + "'");
                }
                c.jump = at;
            }
        }
    }

    private Invalid error(String message) {
        return new Invalid("-e expression #" + expression + ", char " + pos + ": " + message);
    }

    private char peek() {
        return src.charAt(pos);
    }

    private boolean more() {
        return pos < src.length();
    }

    private void skipSpace() {
        while (more() && (peek() == ' ' || peek() == '\t')) {
            pos++;
        }
    }

    private void skipSpaceAndSemicolons() {
        while (more() && (Character.isWhitespace(peek()) || peek() == ';')) {
            pos++;
        }
    }

    private void parseCommand() throws Invalid {
        Cmd cmd = new Cmd();
        cmd.a1 = address(false);
        if (cmd.a1 != null) {
            skipSpace();
            if (more() && peek() == ',') {
                pos++;
                skipSpace();
                cmd.a2 = address(true);
                if (cmd.a2 == null) {
                    throw error("unexpected `,'");
                }
            }
        }
        skipSpace();
        if (more() && peek() == '!') {
            cmd.negate = true;
            pos++;
            skipSpace();
            if (more() && peek() == '!') {
                pos++;
                throw error("multiple `!'s");
            }
        }
        if (!more()) {
            throw error("missing command");
        }
        cmd.name = src.charAt(pos++);
        if (cmd.a1 instanceof Line l && l.n() == 0 && !(cmd.a2 instanceof Regex)) {
            throw error("invalid usage of line address 0");
        }
        switch (cmd.name) {
            case '{' -> openBraces.add(commands.size());
            case '}' -> {
                if (openBraces.isEmpty()) {
                    throw error("unexpected `}'");
                }
                if (cmd.a1 != null) {
                    throw error("} doesn't want any addresses");
                }
                commands.get(openBraces.remove(openBraces.size() - 1)).jump = commands.size();
            }
            case 's' -> substitute(cmd);
            case 'y' -> transliterate(cmd);
            case 'a', 'i', 'c' -> cmd.text = text();
            case 'q', 'Q' -> {
                skipSpace();
                int start = pos;
                while (more() && Character.isDigit(peek())) {
                    pos++;
                }
                cmd.exit = start == pos ? 0 : Integer.parseInt(src.substring(start, pos));
                end();
            }
            case ':' -> {
                if (cmd.a1 != null) {
                    throw error(": doesn't want any addresses");
                }
                cmd.label = label();
                if (cmd.label.isEmpty()) {
                    throw error("\":\" lacks a label");
                }
            }
            case 'b', 't', 'T' -> cmd.label = label();
            case 'p', 'P', 'd', 'D', 'n', 'N', '=', 'l', 'h', 'H', 'g', 'G', 'x', 'z' -> end();
            default -> throw error("unknown command: `" + cmd.name + "'");
        }
        commands.add(cmd);
    }

    /** After a command: spaces, then the end, a newline, {@code ;}, {@code }} or {@code #}. */
    private void end() throws Invalid {
        skipSpace();
        if (more() && peek() != ';' && peek() != '\n' && peek() != '}' && peek() != '#') {
            pos++;
            throw error("extra characters after command");
        }
    }

    private String label() {
        skipSpace();
        int start = pos;
        while (more() && peek() != ';' && peek() != '\n') {
            pos++;
        }
        return src.substring(start, pos).strip();
    }

    /** GNU's one-liner text ({@code a foo}) or the classic {@code a\} followed by lines. */
    private String text() throws Invalid {
        skipSpace();
        if (!more()) {
            throw error("expected \\ after `a', `c' or `i'");
        }
        if (peek() == '\\') {
            pos++;
            if (more() && peek() == '\n') {
                pos++;
            } else {
                skipSpace();
            }
        }
        StringBuilder sb = new StringBuilder();
        while (more() && peek() != '\n') {
            char c = src.charAt(pos++);
            if (c == '\\' && more()) {
                char n = src.charAt(pos++);
                if (n == '\n') {
                    sb.append('\n');
                } else {
                    sb.append(n);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private Addr address(boolean second) throws Invalid {
        if (!more()) {
            return null;
        }
        char c = peek();
        if (second && (c == '+' || c == '~')) {
            pos++;
            long n = number();
            return c == '+' ? new Plus(n) : new Multiple(n);
        }
        if (Character.isDigit(c)) {
            long n = number();
            if (!second && more() && peek() == '~') {
                pos++;
                return new Step(n, number());
            }
            return new Line(n);
        }
        if (c == '$') {
            pos++;
            return new Last();
        }
        if (c == '/' || c == '\\') {
            pos++;
            char delim = '/';
            if (c == '\\') {
                if (!more()) {
                    throw error("unexpected end of file");
                }
                delim = src.charAt(pos++);
            }
            String re = delimited(delim, "unterminated address regex");
            boolean ignoreCase = false;
            while (more() && (peek() == 'I' || peek() == 'M')) {
                ignoreCase |= src.charAt(pos++) == 'I';
            }
            return new Regex(compile(re, ignoreCase));
        }
        return null;
    }

    private long number() {
        int start = pos;
        while (more() && Character.isDigit(peek())) {
            pos++;
        }
        return start == pos ? 0 : Long.parseLong(src.substring(start, pos));
    }

    /** Text up to the unescaped delimiter; {@code \delim} stands for the delimiter itself. */
    private String delimited(char delim, String unterminated) throws Invalid {
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (!more()) {
                throw error(unterminated);
            }
            char c = src.charAt(pos++);
            if (c == delim) {
                return sb.toString();
            }
            if (c == '\n' && delim != '\n') {
                throw error(unterminated);
            }
            if (c == '\\') {
                if (!more()) {
                    throw error(unterminated);
                }
                char n = src.charAt(pos++);
                if (n == delim) {
                    sb.append(delim);
                } else if (n == 'n') {
                    sb.append("\\n");
                } else {
                    sb.append('\\').append(n);
                }
            } else {
                sb.append(c);
            }
        }
    }

    /** The regex, or null for the empty regex (the last one used). */
    private Pattern compile(String re, boolean ignoreCase) throws Invalid {
        if (re.isEmpty()) {
            return null;
        }
        // sed's \n and \t: a newline and a tab (GNU extensions), turned into characters first
        StringBuilder pre = new StringBuilder();
        for (int i = 0; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\' && i + 1 < re.length()) {
                char n = re.charAt(i + 1);
                if (n == 'n' || n == 't') {
                    pre.append(n == 'n' ? '\n' : '\t');
                } else {
                    pre.append(c).append(n);
                }
                i++;
            } else {
                pre.append(c);
            }
        }
        try {
            return Pattern.compile(GrepPattern.toJava(pre.toString(), extended), ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
        } catch (GrepPattern.Invalid e) {
            throw error(e.getMessage());
        } catch (java.util.regex.PatternSyntaxException e) {
            throw error("Invalid preceding regular expression");
        }
    }

    private void substitute(Cmd cmd) throws Invalid {
        if (!more()) {
            throw error("unterminated `s' command");
        }
        char delim = src.charAt(pos++);
        if (delim == '\n' || delim == '\\') {
            throw error("unterminated `s' command");
        }
        String re = delimited(delim, "unterminated `s' command");
        String replacement = delimited(delim, "unterminated `s' command");
        boolean ignoreCase = false;
        boolean sawNumber = false;
        while (more()) {
            char f = peek();
            if (f == 'g') {
                pos++;
                if (cmd.global) {
                    throw error("multiple `g' options to `s' command");
                }
                cmd.global = true;
            } else if (f == 'p') {
                pos++;
                if (cmd.print) {
                    throw error("multiple `p' options to `s' command");
                }
                cmd.print = true;
            } else if (f == 'i' || f == 'I') {
                pos++;
                ignoreCase = true;
            } else if (f == 'm' || f == 'M' || f == 'e') {
                pos++;
            } else if (Character.isDigit(f)) {
                if (sawNumber) {
                    pos++;
                    throw error("multiple number options to `s' command");
                }
                long n = number();
                if (n == 0) {
                    throw error("number option to `s' command may not be zero");
                }
                cmd.occurrence = (int) Math.min(n, Integer.MAX_VALUE);
                sawNumber = true;
            } else if (f == ';' || f == '\n' || f == '}' || f == '#' || f == ' ' || f == '\t') {
                break;
            } else {
                pos++;
                throw error("unknown option to `s'");
            }
        }
        end();
        cmd.regex = compile(re, ignoreCase);
        int groups = cmd.regex == null ? 9 : cmd.regex.matcher("").groupCount();
        for (int i = 0; i + 1 < replacement.length(); i++) {
            if (replacement.charAt(i) == '\\') {
                char n = replacement.charAt(++i);
                if (Character.isDigit(n) && n - '0' > groups) {
                    throw error("invalid reference \\" + n + " on `s' command's RHS");
                }
            }
        }
        cmd.replacement = replacement;
    }

    private void transliterate(Cmd cmd) throws Invalid {
        if (!more()) {
            throw error("unterminated `y' command");
        }
        char delim = src.charAt(pos++);
        String from = unescapeY(delimited(delim, "unterminated `y' command"));
        String to = unescapeY(delimited(delim, "unterminated `y' command"));
        if (from.length() != to.length()) {
            throw error("strings for `y' command are different lengths");
        }
        end();
        cmd.from = from;
        cmd.to = to;
    }

    private static String unescapeY(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
