package io.github.berth.shell;

import java.util.List;
import java.util.Map;

/**
 * {@code declare} (and {@code typeset}), {@code local}, {@code readonly} and {@code export}: set
 * variables and their attributes ({@code -a -A -i -l -u -r -x}, removed with {@code +}), or print
 * them as bash's {@code declare -p} does. Inside a function, declare and local make local variables.
 */
final class Declare {
    private static final Map<String, String> USAGE = Map.of(
            "declare", "declare: usage: declare [-aAfFgiIlnrtux] [name[=value] ...] or declare -p [-aAfFilnrtux] [name ...]",
            "typeset", "typeset: usage: typeset [-aAfFgiIlnrtux] name[=value] ... or typeset -p [-aAfFilnrtux] [name ...]",
            "local", "local: usage: local [option] name[=value] ...",
            "readonly", "readonly: usage: readonly [-aAf] [name[=value] ...] or readonly -p",
            "export", "export: usage: export [-fn] [name[=value] ...] or export -p");
    private static final Map<String, String> LETTERS = Map.of(
            "declare", "aAfFgiIlnrtuxp", "typeset", "aAfFgiIlnrtuxp", "local", "aAfFgiIlnrtuxp",
            "readonly", "aAfp", "export", "fnp");

    private final Shell shell;

    Declare(Shell shell) {
        this.shell = shell;
    }

    int run(List<String> args, Output out, ShellState st) {
        String cmd = args.get(0);
        String sh = shell.name;
        if (cmd.equals("local") && !st.inFunction()) {
            if (shell.ashLike()) {
                out.errLine(shell.dialect == Shell.Dialect.DASH ? shell.prefix() + "local: not in a function"
                        : sh + ": local: " + (shell.commandString ? "line 0: " : "") + "not in a function");
                if (shell.commandString) {
                    throw new Signal.Exit(2); // a raised error ends a non-interactive ash
                }
                return 2;
            }
            out.errLine(sh + ": local: can only be used in a function");
            return 1;
        }
        int add = cmd.equals("readonly") ? Var.READONLY : cmd.equals("export") ? Var.EXPORT : 0;
        int remove = 0;
        boolean print = false;
        boolean global = false;
        boolean functions = false;
        int i = 1;
        for (; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                i++;
                break;
            }
            if (a.length() < 2 || a.charAt(0) != '-' && a.charAt(0) != '+') {
                break;
            }
            boolean on = a.charAt(0) == '-';
            for (char c : a.substring(1).toCharArray()) {
                if (LETTERS.get(cmd).indexOf(c) < 0 || !on && c == 'p') {
                    out.errLine(sh + ": " + cmd + ": " + a.charAt(0) + c + ": invalid option");
                    out.errLine(USAGE.get(cmd));
                    return 2;
                }
                int bit = switch (c) {
                    case 'a' -> ARRAY;
                    case 'A' -> ASSOC;
                    case 'i' -> Var.INTEGER;
                    case 'l' -> Var.LOWER;
                    case 'u' -> Var.UPPER;
                    case 'r' -> Var.READONLY;
                    case 'x' -> Var.EXPORT;
                    case 'n' -> cmd.equals("export") ? -1 : Var.NAMEREF;
                    default -> 0;
                };
                if (c == 'p') {
                    print = true;
                } else if (c == 'g') {
                    global = true;
                } else if (c == 'f' || c == 'F') {
                    functions = true;
                } else if (bit == -1) {
                    remove |= Var.EXPORT;
                    add &= ~Var.EXPORT;
                } else if (on) {
                    add |= bit;
                } else {
                    remove |= bit;
                }
            }
        }
        List<String> operands = args.subList(i, args.size());
        if (functions) {
            return 0;
        }
        if (operands.isEmpty()) {
            list(cmd, add, print, out, st);
            return 0;
        }
        int status = 0;
        for (String a : operands) {
            if (print) {
                Var v = st.rawVariable(a);
                if (v == null || v.has(Var.DYNAMIC)) {
                    out.errLine(sh + ": " + cmd + ": " + a + ": not found");
                    status = 1;
                } else {
                    out.outLine(describe(a, v));
                }
                continue;
            }
            try {
                status |= declare(cmd, a, add, remove, global, out, st);
            } catch (Expander.Failure e) {
                out.errLine(sh + ": " + (cmd.equals("declare") || cmd.equals("typeset") || cmd.equals("local")
                        ? cmd + ": " : "") + e.getMessage());
                status = 1;
            }
        }
        return status;
    }

    private static final int ARRAY = 1 << 10;
    private static final int ASSOC = 1 << 11;
    private static final int ATTRS = Var.EXPORT | Var.READONLY | Var.INTEGER | Var.LOWER | Var.UPPER;

    private int declare(String cmd, String a, int add, int remove, boolean global, Output out, ShellState st) {
        int eq = a.indexOf('=');
        String name = eq < 0 ? a : a.substring(0, eq);
        boolean append = name.endsWith("+");
        if (append) {
            name = name.substring(0, name.length() - 1);
        }
        String subscript = null;
        int bracket = name.indexOf('[');
        if (bracket > 0 && name.endsWith("]") && eq >= 0) {
            subscript = name.substring(bracket + 1, name.length() - 1);
            name = name.substring(0, bracket);
        }
        if (!Shell.isName(name)) {
            out.errLine(shell.name + ": " + cmd + ": `" + a + "': not a valid identifier");
            return 1;
        }
        if (!global && !cmd.equals("export") && !cmd.equals("readonly") && st.inFunction()) {
            st.makeLocal(name);
        }
        if (((add | remove) & Var.NAMEREF) != 0) {
            return nameref(cmd, name, eq < 0 ? null : a.substring(eq + 1), add, remove, out, st);
        }
        Var v = st.variable(name);
        boolean fresh = v == null || !v.isSet() && v.array == null;
        v = st.declare(name);
        if (v.has(Var.READONLY) && (eq >= 0 || (remove & Var.READONLY) != 0)) {
            throw new Expander.Failure(name + ": readonly variable", 1);
        }
        if ((add & ASSOC) != 0 && v.array != null && !v.array.assoc) {
            throw new Expander.Failure(name + ": cannot convert indexed to associative array", 1);
        }
        if ((add & ASSOC) != 0 && v.array == null) {
            v.array = new ShellArray(true);
            if (v.value != null) {
                v.array.put("0", v.value);
                v.value = null;
            }
        } else if ((add & ARRAY) != 0 && v.array == null) {
            Assigner.arrayOf(v);
        }
        int attrs = add & ATTRS & ~Var.READONLY;
        if ((attrs & Var.LOWER) != 0) {
            v.attrs &= ~Var.UPPER;
        }
        if ((attrs & Var.UPPER) != 0) {
            v.attrs &= ~Var.LOWER;
        }
        v.attrs = (v.attrs | attrs) & ~(remove & ~Var.READONLY);
        if (eq >= 0) {
            String value = a.substring(eq + 1);
            List<Assigner.Element> elements = subscript == null ? CompoundValue.read(value) : null;
            if (elements != null && (v.array != null || value.startsWith("("))) {
                Assigner.array(st, name, elements, append);
            } else if (subscript != null) {
                Assigner.element(st, name, subscript, value, append);
            } else {
                Assigner.scalar(st, name, value, append);
            }
            v = st.variable(name);
        } else if (fresh && !v.isSet()) {
            v.attrs |= Var.INVISIBLE;
        }
        v.attrs |= add & Var.READONLY;
        return 0;
    }

    /** {@code declare -n ref=name} (or {@code +n}): the reference itself gets the attribute and the name. */
    private int nameref(String cmd, String name, String target, int add, int remove, Output out, ShellState st) {
        Var v = st.rawDeclare(name);
        if ((remove & Var.NAMEREF) != 0) {
            v.attrs &= ~Var.NAMEREF;
            return 0;
        }
        if (target != null && (!Shell.isName(target) && !target.matches("[A-Za-z_][A-Za-z0-9_]*\\[.*\\]"))) {
            out.errLine(shell.name + ": " + cmd + ": `" + target + "': invalid variable name for name reference");
            return 1;
        }
        if (target != null && target.equals(name)) {
            out.errLine(shell.name + ": " + cmd + ": " + name + ": nameref variable self references not allowed");
            return 1;
        }
        if (v.has(Var.READONLY) && target != null) {
            throw new Expander.Failure(name + ": readonly variable", 1);
        }
        v.attrs |= Var.NAMEREF | (add & ATTRS);
        if (target != null) {
            v.value = target;
            v.array = null;
            v.attrs &= ~Var.INVISIBLE;
        } else if (v.value == null) {
            v.attrs |= Var.INVISIBLE;
        }
        return 0;
    }

    /** The listing with no names: {@code declare -p}, {@code export -p}, {@code readonly}, {@code declare -x}. */
    private void list(String cmd, int add, boolean print, Output out, ShellState st) {
        int wanted = add & (ATTRS | ARRAY | ASSOC);
        if (!print && wanted == 0 && (cmd.equals("declare") || cmd.equals("typeset") || cmd.equals("local"))) {
            for (String name : st.names()) {
                Var v = st.variable(name);
                if (v.isSet() && (!cmd.equals("local") || st.isLocal(name))) {
                    out.outLine(name + "=" + setForm(name, v, st));
                }
            }
            return;
        }
        for (String name : st.names()) {
            Var v = st.variable(name);
            if (v.has(Var.DYNAMIC) || (v.attrs & wanted & ATTRS) != (wanted & ATTRS)
                    || (wanted & ARRAY) != 0 && (v.array == null || v.array.assoc)
                    || (wanted & ASSOC) != 0 && (v.array == null || !v.array.assoc)) {
                continue;
            }
            out.outLine(describe(name, v));
        }
    }

    /** What {@code set} shows for a variable after its name and {@code =}. */
    static String setForm(String name, Var v, ShellState st) {
        return v.array != null ? arrayForm(v.array) : Shell.quote(st.var(name));
    }

    /** {@code declare -p}'s line for a variable. */
    static String describe(String name, Var v) {
        String flags = v.flags();
        StringBuilder sb = new StringBuilder("declare -").append(flags.isEmpty() ? "-" : flags).append(' ').append(name);
        if (v.has(Var.INVISIBLE) && !v.isSet() && (v.array == null || v.array.size() == 0)) {
            return sb.toString();
        }
        if (v.array != null) {
            return sb.append('=').append(arrayForm(v.array)).toString();
        }
        return v.value == null ? sb.toString() : sb.append('=').append(quote(v.value)).toString();
    }

    private static String arrayForm(ShellArray array) {
        StringBuilder sb = new StringBuilder("(");
        List<String> keys = array.keys();
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            sb.append(i > 0 ? " " : "").append('[').append(array.assoc ? key(k) : k).append("]=")
                    .append(quote(array.value(k)));
        }
        if (array.assoc && !keys.isEmpty()) {
            sb.append(' ');
        }
        return sb.append(')').toString();
    }

    private static String key(String k) {
        return k.matches("[A-Za-z0-9_.,:/@%+-]+") ? k : quote(k);
    }

    /** A value as declare -p quotes it: in double quotes, or as $'…' when it holds control characters. */
    static String quote(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < ' ' || value.charAt(i) == 127) {
                return AnsiC.quote(value);
            }
        }
        return "\"" + value.replaceAll("([\"\\\\$`])", "\\\\$1") + "\"";
    }
}
