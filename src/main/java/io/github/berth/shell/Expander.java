package io.github.berth.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Expands words as bash does: tilde, parameters, command substitution and arithmetic, then field
 * splitting of unquoted results on {@code $IFS}, pathname expansion of unquoted patterns, and quote
 * removal. An error (a bad substitution, {@code ${X:?}}, an arithmetic error) is thrown as
 * {@link Failure} with bash's message; the shell abandons the command line.
 */
final class Expander {
    /** An expansion error: bash's message (after its name) and the status it leaves. */
    static final class Failure extends RuntimeException {
        final int status;

        Failure(String message, int status) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    /** Runs a command substitution: the commands' standard output. */
    interface Substituter {
        String capture(Ast body, ShellState state);
    }

    private final ShellState state;
    private final Substituter substituter;
    /** The status of the last command substitution, or -1: an assignment-only command's status. */
    int substitutionStatus = -1;

    Expander(ShellState state, Substituter substituter) {
        this.state = state;
        this.substituter = substituter;
    }

    /** Builds fields from expansion results, splitting unquoted text and noting unquoted pattern characters. */
    private final class Fields {
        final List<String> out = new ArrayList<>();
        final boolean split;
        StringBuilder text = new StringBuilder();
        StringBuilder pattern = new StringBuilder();
        boolean started;
        boolean magic;

        Fields(boolean split) {
            this.split = split;
        }

        void quoted(String s) {
            text.append(s);
            pattern.append(Glob.escape(s));
            started = true;
        }

        void literal(String s) {
            text.append(s);
            pattern.append(s.replace("\\", "\\\\"));
            started = true;
            magic |= split && (s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0);
        }

        /** An unquoted expansion's value: split on IFS. */
        void unquoted(String s) {
            if (!split) {
                literal(s);
                return;
            }
            String ifs = state.var("IFS");
            if (ifs == null) {
                ifs = " \t\n";
            }
            if (ifs.isEmpty()) {
                literal(s);
                return;
            }
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (ifs.indexOf(c) < 0) {
                    int start = i;
                    while (i < s.length() && ifs.indexOf(s.charAt(i)) < 0) {
                        i++;
                    }
                    literal(s.substring(start, i));
                    continue;
                }
                boolean white = c == ' ' || c == '\t' || c == '\n';
                if (white) {
                    if (started) {
                        end();
                    }
                    while (i < s.length() && isIfsWhite(s.charAt(i), ifs)) {
                        i++;
                    }
                    if (i < s.length() && ifs.indexOf(s.charAt(i)) >= 0 && !isIfsWhite(s.charAt(i), ifs)) {
                        i++; // "a : b" with IFS=" :" is two fields
                        while (i < s.length() && isIfsWhite(s.charAt(i), ifs)) {
                            i++;
                        }
                    }
                } else {
                    started = true;
                    end();
                    i++;
                    while (i < s.length() && isIfsWhite(s.charAt(i), ifs)) {
                        i++;
                    }
                }
            }
        }

        private boolean isIfsWhite(char c, String ifs) {
            return (c == ' ' || c == '\t' || c == '\n') && ifs.indexOf(c) >= 0;
        }

        void end() {
            if (!started) {
                return;
            }
            if (magic && !state.noglob) {
                List<String> matches = Glob.expand(state, pattern.toString());
                if (!matches.isEmpty()) {
                    out.addAll(matches);
                } else {
                    out.add(text.toString());
                }
            } else {
                out.add(text.toString());
            }
            text = new StringBuilder();
            pattern = new StringBuilder();
            started = false;
            magic = false;
        }
    }

    /** All the fields of the words, in order. */
    List<String> fields(List<Word> words) {
        List<String> result = new ArrayList<>();
        for (Word w : words) {
            Fields f = new Fields(true);
            parts(w.parts(), f, false);
            f.end();
            result.addAll(f.out);
        }
        return result;
    }

    /** One word as one string, without splitting or globbing ("$@" joined by spaces). */
    String string(Word word) {
        Fields f = new Fields(false);
        parts(word.parts(), f, false);
        return f.text.toString();
    }

    /** One word as a pattern: quoted characters escaped, the rest active. */
    String pattern(Word word) {
        Fields f = new Fields(false);
        parts(word.parts(), f, false);
        return f.pattern.toString();
    }

    private void parts(List<Word.Part> parts, Fields f, boolean inQuotes) {
        for (Word.Part part : parts) {
            boolean quoted = inQuotes || part.quoted();
            if (part instanceof Word.Literal l) {
                if (quoted) {
                    f.quoted(l.text());
                } else {
                    f.literal(l.text());
                }
            } else if (part instanceof Word.Tilde t) {
                f.quoted(tilde(t.user()));
            } else if (part instanceof Word.Param p) {
                if (quoted && !p.name().equals("@")) {
                    f.quoted(""); // "$UNSET" is still an argument
                }
                param(p, f, quoted);
            } else if (part instanceof Word.CommandSub c) {
                String text = substituter.capture(c.body(), state);
                substitutionStatus = state.lastStatus();
                int end = text.length();
                while (end > 0 && text.charAt(end - 1) == '\n') {
                    end--;
                }
                value(text.substring(0, end), f, quoted);
            } else if (part instanceof Word.Arith a) {
                value(Long.toString(arith(a.expr())), f, quoted);
            }
        }
    }

    long arith(Word expr) {
        try {
            return Arith.eval(string(expr), state);
        } catch (Arith.Error e) {
            throw new Failure(e.getMessage(), e.getMessage().endsWith("unbound variable") ? 127 : 1);
        }
    }

    private void value(String s, Fields f, boolean quoted) {
        if (quoted) {
            f.quoted(s);
        } else {
            f.unquoted(s);
        }
    }

    private String tilde(String user) {
        if (user.isEmpty()) {
            String home = state.var("HOME");
            return home == null ? "~" : home;
        }
        if (user.equals("+")) {
            return state.cwd();
        }
        if (user.equals("-")) {
            String old = state.var("OLDPWD");
            return old == null ? "~-" : old;
        }
        if (user.equals("root")) {
            return "/root";
        }
        return "~" + user;
    }

    private void param(Word.Param p, Fields f, boolean quoted) {
        String name = p.name();
        String op = p.op();
        if ("bad".equals(op)) {
            throw new Failure("${" + name + "}: bad substitution", 1);
        }
        if ((name.equals("@") || name.equals("*")) && (op == null || isDefaulting(op))) {
            List<String> params = state.positional();
            boolean set = !params.isEmpty() && !(op != null && op.startsWith(":") && String.join("", params).isEmpty());
            if (op != null && useArg(op, set)) {
                parts(p.arg().parts(), f, quoted);
                return;
            }
            if (op != null && op.endsWith("+")) {
                return;
            }
            positional(name, params, f, quoted);
            return;
        }
        String value = lookup(name);
        if (value == null && state.nounset && !(op != null && isDefaulting(op)) && !name.equals("@") && !name.equals("*")) {
            throw new Failure(name + ": unbound variable", 127);
        }
        if (op == null) {
            if (value != null) {
                value(value, f, quoted);
            }
            return;
        }
        switch (op) {
            case "len" -> value(Integer.toString(name.equals("@") || name.equals("*") ? state.positional().size()
                    : value == null ? 0 : value.codePointCount(0, value.length())), f, quoted);
            case ":-", "-", ":+", "+" -> {
                boolean set = op.startsWith(":") ? value != null && !value.isEmpty() : value != null;
                if (useArg(op, set)) {
                    parts(p.arg().parts(), f, quoted);
                } else if (op.endsWith("-")) {
                    value(value, f, quoted);
                }
            }
            case ":=", "=" -> {
                boolean set = op.startsWith(":") ? value != null && !value.isEmpty() : value != null;
                if (!set) {
                    if (!Lexer.isNameStart(name.charAt(0))) {
                        throw new Failure("$" + name + ": cannot assign in this way", 1);
                    }
                    value = string(p.arg());
                    state.setVar(name, value);
                }
                value(value, f, quoted);
            }
            case ":?", "?" -> {
                boolean set = op.startsWith(":") ? value != null && !value.isEmpty() : value != null;
                if (!set) {
                    String message = p.arg().parts().isEmpty() ? (op.equals(":?") ? "parameter null or not set"
                            : "parameter not set") : string(p.arg());
                    throw new Failure(name + ": " + message, 127);
                }
                value(value, f, quoted);
            }
            case "#", "##", "%", "%%" -> value(trim(value == null ? "" : value, pattern(p.arg()), op), f, quoted);
            case "/", "//" -> value(replace(value == null ? "" : value, p), f, quoted);
            case ":" -> value(substring(value == null ? "" : value, p), f, quoted);
            default -> throw new Failure("${" + name + "}: bad substitution", 1);
        }
    }

    private static boolean isDefaulting(String op) {
        return op.endsWith("-") || op.endsWith("+") || op.endsWith("=") || op.endsWith("?");
    }

    private static boolean useArg(String op, boolean set) {
        return op.endsWith("+") ? set : !set && (op.endsWith("-"));
    }

    private void positional(String name, List<String> params, Fields f, boolean quoted) {
        if (!quoted) {
            for (int i = 0; i < params.size(); i++) {
                if (i > 0) {
                    if (f.split) {
                        f.end();
                    } else {
                        f.literal(" ");
                    }
                }
                f.unquoted(params.get(i));
            }
            return;
        }
        if (name.equals("*") || !f.split) {
            String ifs = state.var("IFS");
            String sep = ifs == null ? " " : ifs.isEmpty() ? "" : ifs.substring(0, 1);
            if (!params.isEmpty() || name.equals("*")) {
                f.quoted(String.join(name.equals("*") ? sep : " ", params));
            }
            return;
        }
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) {
                f.started = true;
                f.end();
            }
            f.quoted(params.get(i));
        }
    }

    /** A parameter's value, or null when unset. */
    String lookup(String name) {
        switch (name) {
            case "?":
                return Integer.toString(state.lastStatus());
            case "#":
                return Integer.toString(state.positional().size());
            case "$":
                return "4242";
            case "!":
                return null;
            case "-":
                return (state.errexit ? "e" : "") + (state.nounset ? "u" : "") + (state.xtrace ? "x" : "") + "hB";
            case "0":
                return state.arg0();
            case "@":
            case "*":
                return state.positional().isEmpty() ? null : String.join(" ", state.positional());
            default:
                if (Character.isDigit(name.charAt(0))) {
                    int n = Integer.parseInt(name);
                    return n <= state.positional().size() ? state.positional().get(n - 1) : null;
                }
                return state.var(name);
        }
    }

    private static String trim(String value, String pattern, String op) {
        boolean prefix = op.startsWith("#");
        boolean longest = op.length() == 2;
        java.util.regex.Pattern re = Glob.regex(pattern, false);
        int n = value.length();
        if (prefix) {
            for (int k = longest ? n : 0; longest ? k >= 0 : k <= n; k += longest ? -1 : 1) {
                if (re.matcher(value.substring(0, k)).matches()) {
                    return value.substring(k);
                }
            }
        } else {
            for (int k = longest ? 0 : n; longest ? k <= n : k >= 0; k += longest ? 1 : -1) {
                if (re.matcher(value.substring(k)).matches()) {
                    return value.substring(0, k);
                }
            }
        }
        return value;
    }

    private String replace(String value, Word.Param p) {
        String pattern = pattern(p.arg());
        String with = p.arg2() == null ? "" : string(p.arg2());
        boolean all = p.op().equals("//");
        boolean anchorStart = pattern.startsWith("#");
        boolean anchorEnd = pattern.startsWith("%");
        if (anchorStart || anchorEnd) {
            pattern = pattern.substring(1);
        }
        if (pattern.isEmpty()) {
            return value;
        }
        java.util.regex.Pattern re = Glob.regex(pattern, false);
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i <= value.length()) {
            int match = -1;
            if (!anchorEnd || true) {
                for (int k = value.length(); k > i; k--) {
                    if ((!anchorEnd || k == value.length()) && re.matcher(value.substring(i, k)).matches()) {
                        match = k;
                        break;
                    }
                }
            }
            if (match > 0) {
                sb.append(with);
                i = match;
                if (!all || anchorStart || anchorEnd) {
                    sb.append(value.substring(i));
                    return sb.toString();
                }
            } else {
                if (anchorStart || i == value.length()) {
                    sb.append(value.substring(i));
                    return sb.toString();
                }
                sb.append(value.charAt(i));
                i++;
            }
        }
        return sb.toString();
    }

    private String substring(String value, Word.Param p) {
        long offset = arith(p.arg());
        int n = value.length();
        if (offset < 0) {
            offset = n + offset;
            if (offset < 0) {
                return "";
            }
        }
        if (offset > n) {
            return "";
        }
        long end = n;
        if (p.arg2() != null) {
            long length = arith(p.arg2());
            if (length < 0) {
                end = n + length;
                if (end < offset) {
                    throw new Failure(string(p.arg2()).strip() + ": substring expression < 0", 1);
                }
            } else {
                end = Math.min(n, offset + length);
            }
        }
        return value.substring((int) offset, (int) end);
    }
}
