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
        /** busybox ash's message for the same error (from shell/ash.c and shell/math.c), and its status 2. */
        final String ash;

        Failure(String message, int status) {
            this(message, status, message);
        }

        Failure(String message, int status, String ash) {
            super(message, null, false, false);
            this.status = status;
            this.ash = ash;
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
            if (s.isEmpty()) {
                return;
            }
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
                } else if (state.extras.shopts.get("nullglob")) {
                    // shopt -s nullglob: a pattern that matches nothing expands to nothing
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
        for (Word braced : words) {
            for (Word w : Braces.expand(braced)) {
                Fields f = new Fields(true);
            parts(w.parts(), f, false);
                f.end();
                result.addAll(f.out);
            }
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
        parts(parts, f, inQuotes, false);
    }

    /** {@code split}: unquoted literal text is split too (the word of an unquoted <code>${X:-a b}</code>). */
    private void parts(List<Word.Part> parts, Fields f, boolean inQuotes, boolean split) {
        for (Word.Part part : parts) {
            boolean quoted = inQuotes || part.quoted();
            if (part instanceof Word.Literal l) {
                if (quoted) {
                    f.quoted(l.text());
                } else if (split) {
                    f.unquoted(l.text());
                } else {
                    f.literal(l.text());
                }
            } else if (part instanceof Word.Tilde t) {
                f.quoted(ParamOps.tilde(t.user(), state));
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
            } else if (part instanceof Word.ArrayLit a) {
                f.quoted(compound(a));
            }
        }
    }

    /**
     * The elements of {@code NAME=(…)} given to {@code declare} and its kin: expanded, split and
     * globbed, and written back as {@link CompoundValue} reads them.
     */
    private String compound(Word.ArrayLit a) {
        return CompoundValue.write(CompoundValue.elements(this, a.elements()));
    }

    long arith(Word expr) {
        try {
            return Arith.eval(string(expr), state);
        } catch (Arith.Error e) {
            String m = e.getMessage();
            throw new Failure(m, m.endsWith("unbound variable") ? 127 : 1, m.endsWith("unbound variable")
                    ? m.substring(0, m.length() - "unbound variable".length()) + "parameter not set"
                    : m.contains(": division by 0") ? "divide by zero" : "arithmetic syntax error");
        }
    }

    private void value(String s, Fields f, boolean quoted) {
        if (quoted) {
            f.quoted(s);
        } else {
            f.unquoted(s);
        }
    }

    private void param(Word.Param p, Fields f, boolean quoted) {
        String name = p.name();
        String op = p.op();
        if ("bad".equals(op)) {
            throw new Failure("${" + name + "}: bad substitution", 1, "syntax error: bad substitution");
        }
        if ("indirect".equals(op)) {
            String target = lookup(name);
            if (target == null || target.isEmpty() || !Shell.isName(target) && !target.matches("[0-9]+|[@*#?$!-]")
                    && !(target.indexOf('[') > 0 && target.endsWith("]"))) {
                throw new Failure(target == null || target.isEmpty() ? name + ": invalid indirect expansion"
                        : target + ": invalid variable name", 1);
            }
            param(new Word.Param(target, quoted), f, quoted);
            return;
        }
        int bracket = name.indexOf('[');
        String subscript = bracket > 0 ? name.substring(bracket + 1, name.length() - 1) : null;
        if ("keys".equals(op)) {
            Var v = state.variable(name.substring(0, bracket));
            List<String> keys = v == null || !v.isSet() ? List.of() : v.array == null ? List.of("0") : v.array.keys();
            positional(subscript, keys, f, quoted);
            return;
        }
        if (name.equals("@") || name.equals("*") || "@".equals(subscript) || "*".equals(subscript)) {
            list(p, subscript == null ? name : subscript, f, quoted);
            return;
        }
        String value = lookup(name);
        if (value == null && state.nounset && !(op != null && isDefaulting(op)) && !name.equals("@") && !name.equals("*")) {
            throw new Failure(name + ": unbound variable", 127, name + ": parameter not set");
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
                    parts(p.arg().parts(), f, quoted, !quoted);
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
            case "#", "##", "%", "%%", "/", "//", ":", "^", "^^", ",", ",," -> value(op(value == null ? "" : value, p), f, quoted);
            default -> throw new Failure("${" + name + "}: bad substitution", 1);
        }
    }

    /** {@code ${a[@]…}}, {@code ${a[*]…}}, {@code $@} and {@code $*} with an operator: a list of values. */
    private void list(Word.Param p, String star, Fields f, boolean quoted) {
        String op = p.op();
        String name = p.name();
        boolean positional = name.equals("@") || name.equals("*");
        Var v = positional ? null : state.variable(name.substring(0, name.indexOf('[')));
        List<String> values = positional ? state.positional()
                : v == null || !v.isSet() ? List.of() : v.array == null ? List.of(v.value) : v.array.values();
        if (op == null) {
            if (values.isEmpty() && !positional && state.nounset) {
                throw new Failure(name + ": unbound variable", 127, name + ": parameter not set");
            }
            positional(star, values, f, quoted);
            return;
        }
        if (op.equals("len")) {
            value(Integer.toString(values.size()), f, quoted);
            return;
        }
        if (isDefaulting(op)) {
            boolean set = !values.isEmpty() && !(op.startsWith(":") && String.join("", values).isEmpty());
            if (useArg(op, set)) {
                parts(p.arg().parts(), f, quoted, !quoted);
            } else if (!op.endsWith("+")) {
                if (!set && (op.endsWith("=") || op.endsWith("?"))) {
                    throw new Failure(name + ": " + (op.endsWith("=") ? "bad array subscript"
                            : p.arg().parts().isEmpty() ? "parameter null or not set" : string(p.arg())), 1);
                }
                positional(star, values, f, quoted);
            }
            return;
        }
        List<String> result = new ArrayList<>();
        if (op.equals(":")) {
            long offset = arith(p.arg());
            Long length = p.arg2() == null ? null : arith(p.arg2());
            List<String> from = values;
            if (positional) {
                from = new ArrayList<>();
                from.add(state.arg0());
                from.addAll(values);
            } else if (v != null && v.array != null && !v.array.assoc) {
                long end = v.array.nextIndex();
                long start = offset < 0 ? end + offset : offset;
                from = new ArrayList<>();
                if (start >= 0) {
                    for (String k : v.array.keys()) {
                        if (Long.parseLong(k) >= start) {
                            from.add(v.array.value(k));
                        }
                    }
                }
                offset = 0;
            }
            int n = from.size();
            long start = offset < 0 ? n + offset : offset;
            if (length != null && length < 0) {
                throw new Failure(string(p.arg2()).strip() + ": substring expression < 0", 1);
            }
            if (start >= 0 && start <= n) {
                long end = length == null ? n : Math.min(n, start + length);
                result.addAll(from.subList((int) start, (int) end));
            }
        } else {
            for (String value : values) {
                result.add(op(value, p));
            }
        }
        positional(star, result, f, quoted);
    }

    /** The value with a pattern or substring operator applied. */
    private String op(String value, Word.Param p) {
        return switch (p.op()) {
            case "/", "//" -> ParamOps.replace(value, pattern(p.arg()), p.arg2() == null ? "" : string(p.arg2()), p.op());
            case ":" -> ParamOps.substring(value, arith(p.arg()), p.arg2() == null ? null : arith(p.arg2()),
                    p.arg2() == null ? "" : string(p.arg2()));
            case "^", "^^", ",", ",," -> ParamOps.changeCase(value, p.arg() == null ? "" : pattern(p.arg()), p.op());
            default -> ParamOps.trim(value, pattern(p.arg()), p.op());
        };
    }

    /** {@code ${a[i]}}: the element, or null; a scalar is element 0 of itself. */
    private String element(String name) {
        int bracket = name.indexOf('[');
        Var v = state.variable(name.substring(0, bracket));
        if (v == null || !v.isSet()) {
            return null;
        }
        String subscript = string(ParamLexer.subscriptWord(name.substring(bracket + 1, name.length() - 1)));
        if (v.array != null && v.array.assoc) {
            return v.array.get(subscript);
        }
        long index;
        try {
            index = Arith.eval(subscript, state);
        } catch (Arith.Error e) {
            throw new Failure(e.getMessage(), 1);
        }
        long size = v.array == null ? 1 : v.array.nextIndex();
        if (index < 0) {
            index += size;
            if (index < 0) {
                throw new Failure(name.substring(0, bracket) + ": bad array subscript", 1);
            }
        }
        return v.array == null ? index == 0 ? v.value : null : v.array.get(index);
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
                return KillBuiltin.SHELL_PID;
            case "!":
                return state.extras.lastBackground == 0 ? null : Integer.toString(state.extras.lastBackground);
            case "-":
                // bash's order (flags.c): e h u x B, then c for a command string (bash -c 'set -eux; echo $-': ehuxBc)
                return (state.errexit ? "e" : "") + "h" + (state.nounset ? "u" : "") + (state.xtrace ? "x" : "") + "B"
                        + (state.errtrace ? "E" : "") + (state.functrace ? "T" : "")
                        + (state.extras.commandString ? "c" : "");
            case "0":
                return state.arg0();
            case "@":
            case "*":
                return state.positional().isEmpty() ? null : String.join(" ", state.positional());
            default:
                if (name.indexOf('[') > 0) {
                    return element(name);
                }
                if (Character.isDigit(name.charAt(0))) {
                    int n = Integer.parseInt(name);
                    return n <= state.positional().size() ? state.positional().get(n - 1) : null;
                }
                return state.var(name);
        }
    }
}
