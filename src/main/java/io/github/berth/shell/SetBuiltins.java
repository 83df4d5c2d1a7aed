package io.github.berth.shell;

import java.util.List;
import java.util.Map;

/** {@code set} (options, positional parameters, the variable listing), {@code unset} and {@code shift}. */
final class SetBuiltins {
    private final Shell shell;

    SetBuiltins(Shell shell) {
        this.shell = shell;
    }

    int unset(List<String> args, Output out, ShellState st) {
        int status = 0;
        boolean functions = false;
        boolean reference = false;
        for (String a : args.subList(1, args.size())) {
            if (a.equals("-f")) {
                functions = true;
                continue;
            }
            if (a.equals("-n")) {
                reference = true; // unset -n ref: the reference, not what it names
                continue;
            }
            if (reference && Shell.isName(a)) {
                st.rawUnset(a);
                continue;
            }
            if (a.equals("-v")) {
                continue;
            }
            int bracket = a.indexOf('[');
            String name = bracket > 0 && a.endsWith("]") ? a.substring(0, bracket) : a;
            if (functions) {
                st.functions().remove(a);
            } else if (!Shell.isName(name)) {
                continue; // bash 5.2 says nothing and succeeds
            } else if (st.variable(name) != null && st.variable(name).has(Var.READONLY)) {
                out.errLine(shell.name + ": unset: " + name + ": cannot unset: readonly variable");
                status = 1;
            } else if (name != a) {
                status |= unsetElement(st, name, a.substring(bracket + 1, a.length() - 1), out);
            } else if (st.var(a) == null && st.functions().containsKey(a)) {
                st.functions().remove(a);
            } else {
                st.unsetVar(a);
            }
        }
        return status;
    }

    /** {@code set -o} (a table) and {@code set +o} (commands that restore them): bash 5.2's options for {@code bash -c}. */
    private static void listOptions(boolean table, ShellState st, Output out) {
        Map<String, Boolean> options = new java.util.LinkedHashMap<>();
        for (String name : List.of("allexport", "braceexpand", "emacs", "errexit", "errtrace", "functrace", "hashall",
                "histexpand", "history", "ignoreeof", "interactive-comments", "keyword", "monitor", "noclobber", "noexec",
                "noglob", "nolog", "notify", "nounset", "onecmd", "physical", "pipefail", "posix", "privileged",
                "verbose", "vi", "xtrace")) {
            options.put(name, switch (name) {
                case "braceexpand", "hashall", "interactive-comments" -> true;
                case "errexit" -> st.errexit;
                case "errtrace" -> st.errtrace;
                case "functrace" -> st.functrace;
                case "noglob" -> st.noglob;
                case "nounset" -> st.nounset;
                case "pipefail" -> st.pipefail;
                case "xtrace" -> st.xtrace;
                default -> false;
            });
        }
        options.forEach((name, on) -> out.outLine(table ? String.format("%-15s\t%s", name, on ? "on" : "off")
                : "set " + (on ? "-o " : "+o ") + name));
    }

    /** {@code unset 'a[i]'}: one element; {@code a[@]} or {@code a[*]} the whole array. */
    private int unsetElement(ShellState st, String name, String subscript, Output out) {
        Var v = st.variable(name);
        if (v == null) {
            return 0;
        }
        if (subscript.equals("@") || subscript.equals("*")) {
            st.unsetVar(name);
            return 0;
        }
        if (v.array == null) {
            if (Arith.eval(subscript, st) == 0) {
                st.unsetVar(name);
            }
            return 0;
        }
        if (v.array.assoc) {
            v.array.remove(subscript);
        } else {
            try {
                v.array.remove(Assigner.index(st, name, subscript, v.array));
            } catch (Expander.Failure e) {
                out.errLine(shell.name + ": unset: [" + subscript + "]: bad array subscript");
                return 1;
            }
        }
        return 0;
    }

    int set(List<String> args, Output out, ShellState st) {
        if (args.size() == 1) {
            for (String name : st.names()) {
                Var v = st.variable(name);
                if (v.isSet() || v.has(Var.DYNAMIC)) {
                    out.outLine(name + "=" + Declare.setForm(name, v, st));
                }
            }
            return 0;
        }
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                st.positional(args.subList(i + 1, args.size()));
                return 0;
            }
            if ((a.startsWith("-") || a.startsWith("+")) && a.length() > 1) {
                boolean on = a.startsWith("-");
                if (a.substring(1).equals("o")) {
                    if (i + 1 >= args.size()) {
                        listOptions(on, st, out);
                        return 0;
                    }
                    String option = args.get(++i);
                    switch (option) {
                        case "errexit" -> st.errexit = on;
                        case "xtrace" -> st.xtrace = on;
                        case "nounset" -> st.nounset = on;
                        case "noglob" -> st.noglob = on;
                        case "pipefail" -> st.pipefail = on;
                        case "errtrace" -> st.errtrace = on;
                        case "functrace" -> st.functrace = on;
                        case "posix", "vi", "emacs", "noclobber", "allexport", "verbose", "monitor" -> { }
                        default -> {
                            out.errLine(shell.name + ": set: " + option + ": invalid option name");
                            return 2;
                        }
                    }
                    continue;
                }
                for (char c : a.substring(1).toCharArray()) {
                    switch (c) {
                        case 'e' -> st.errexit = on;
                        case 'x' -> st.xtrace = on;
                        case 'u' -> st.nounset = on;
                        case 'f' -> st.noglob = on;
                        case 'E' -> st.errtrace = on;
                        case 'T' -> st.functrace = on;
                        case 'v', 'h', 'B', 'C', 'a', 'b', 'm', 'n', 'H', 'P', 'k', 't' -> { }
                        default -> {
                            out.errLine(shell.name + ": set: " + a.charAt(0) + c + ": invalid option");
                            out.errLine("set: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]");
                            return 2;
                        }
                    }
                }
                continue;
            }
            st.positional(args.subList(i, args.size()));
            return 0;
        }
        return 0;
    }

    int shift(List<String> args, Output out, ShellState st) {
        long n = 1;
        if (args.size() > 1) {
            Long v = Builtins.number(args.get(1));
            if (v == null) {
                out.errLine(shell.name + ": shift: " + args.get(1) + ": numeric argument required");
                return 1;
            }
            n = v;
            if (n < 0) {
                out.errLine(shell.name + ": shift: " + args.get(1) + ": shift count out of range");
                return 1;
            }
        }
        if (n > st.positional().size()) {
            return 1;
        }
        st.positional(st.positional().subList((int) n, st.positional().size()));
        return 0;
    }
}
