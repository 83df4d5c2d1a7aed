package io.github.berth.shell;

import io.github.berth.fs.MemoryFs;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state a shell carries between commands: filesystem, working directory, variables (and which
 * are exported), positional parameters, functions, aliases, options and the last status.
 */
public final class ShellState {
    private final MemoryFs fs;
    private final Map<String, Var> vars = new LinkedHashMap<>();
    private final Map<String, Ast.FunctionDef> functions = new HashMap<>();
    private final Map<String, String> aliases = new LinkedHashMap<>();
    /** One frame per running function: the variables its {@code local} names were before (null: none). */
    private final Deque<Map<String, Var>> locals = new ArrayDeque<>();
    private List<String> positional = new ArrayList<>();
    private String arg0 = "bash";
    private String cwd;
    private int lastStatus;
    boolean errexit;
    boolean xtrace;
    boolean nounset;
    boolean noglob;
    boolean pipefail;
    /** {@code set -E}: functions run the ERR trap too. */
    boolean errtrace;
    /** {@code set -T}: functions run the DEBUG and RETURN traps too. */
    boolean functrace;
    /** The user the shell runs as: 0 (root) unless set, as a container's process runs without -u. */
    private int uid;
    /** The process's group and supplementary groups when set (docker run -u), else -1 and null: /etc/passwd's and /etc/group's. */
    private int gid = -1;
    private List<Integer> groups;
    /** Traps, background jobs and the other state that only the shell's own builtins use. */
    final ShellExtras extras;

    public ShellState(MemoryFs fs, String cwd, Map<String, String> env) {
        this(fs, cwd, env, new ShellExtras());
    }

    private ShellState(MemoryFs fs, String cwd, Map<String, String> env, ShellExtras extras) {
        this.fs = fs;
        this.cwd = cwd;
        env.forEach((k, v) -> {
            Var var = new Var(v);
            var.attrs = Var.EXPORT;
            vars.put(k, var);
        });
        this.extras = extras;
        for (String dynamic : new String[] {"RANDOM", "SECONDS", "LINENO"}) {
            Var var = vars.computeIfAbsent(dynamic, k -> new Var(""));
            var.attrs |= Var.DYNAMIC;
        }
    }

    /** A subshell's copy (a pipeline stage, a subshell, a substitution): same filesystem, all else its own. */
    ShellState subshell() {
        ShellState copy = new ShellState(fs, cwd, Map.of(), extras.subshell());
        vars.forEach((k, v) -> copy.vars.put(k, v.copy()));
        copy.functions.putAll(functions);
        copy.aliases.putAll(aliases);
        copy.positional = new ArrayList<>(positional);
        copy.arg0 = arg0;
        copy.lastStatus = lastStatus;
        copy.errexit = errexit;
        copy.xtrace = xtrace;
        copy.nounset = nounset;
        copy.noglob = noglob;
        copy.pipefail = pipefail;
        copy.errtrace = errtrace;
        copy.functrace = functrace;
        locals.forEach(frame -> {
            Map<String, Var> f = new HashMap<>();
            frame.forEach((k, v) -> f.put(k, v == null ? null : v.copy()));
            copy.locals.addLast(f);
        });
        copy.uid = uid;
        copy.gid = gid;
        copy.groups = groups;
        return copy;
    }

    /** A new shell's state ({@code sh -c}): the exported variables and the directory, nothing else. */
    ShellState child() {
        ShellState child = new ShellState(fs, cwd, environment(), extras.child());
        // the process's credentials go to the programs it runs
        child.uid = uid;
        child.gid = gid;
        child.groups = groups;
        return child;
    }

    /** The signal that ended this shell ({@code kill $$} untrapped), for the shell that ran it to report; or null. */
    String killedBy;

    /** What a running program's standard input and output are; see {@link Stdio}. */
    Stdio stdio = Stdio.NONE;

    public Stdio stdio() {
        return stdio;
    }

    /** What a program sees: the filesystem, directory and user, and only the exported variables. */
    ShellState programView() {
        return child();
    }

    public MemoryFs fs() {
        return fs;
    }

    public String cwd() {
        return cwd;
    }

    void cwd(String absolute) {
        this.cwd = absolute;
        Var pwd = vars.get("PWD");
        if (pwd == null || !pwd.has(Var.READONLY)) {
            setVar("PWD", absolute);
        }
    }

    /**
     * The variable a name reaches: through {@code declare -n} references to the one they name
     * (bash follows a chain; berth stops after 8 links, as a loop cannot be declared).
     */
    String resolve(String name) {
        for (int i = 0; i < 8; i++) {
            Var v = vars.get(name);
            if (v == null || !v.has(Var.NAMEREF) || v.value == null || v.value.isEmpty()) {
                return name;
            }
            name = v.value;
        }
        return name;
    }

    /** The variable under this very name, a name reference itself rather than what it names. */
    Var rawVariable(String name) {
        return vars.get(name);
    }

    /** The variable under this very name, made when there is none ({@code declare -n ref}). */
    Var rawDeclare(String name) {
        return vars.computeIfAbsent(name, k -> new Var(null));
    }

    /** {@code unset -n ref}: the reference itself. */
    void rawUnset(String name) {
        vars.remove(name);
    }

    /** {@code $name}: a scalar's value, an array's element 0, or null when unset. */
    public String var(String name) {
        name = resolve(name);
        Var v = vars.get(name);
        if (v == null || !v.has(Var.DYNAMIC)) {
            return v == null ? null : v.scalar();
        }
        switch (name) {
            case "RANDOM":
                return Integer.toString(extras.random());
            case "SECONDS":
                return Long.toString(extras.seconds());
            case "LINENO":
                return Integer.toString(extras.lineOffset + extras.line);
            default:
                return v.scalar();
        }
    }

    /** Seeds {@code $RANDOM} (the sandbox's seed makes it reproducible). */
    public void seedRandom(long seed) {
        extras.seed(seed);
    }

    /** The clock {@code $SECONDS} counts on, in milliseconds; the count starts now. */
    public void clock(java.util.function.LongSupplier millis) {
        extras.clock = millis;
        extras.secondsBase = millis.getAsLong();
    }

    /** Puts a variable back as it was ({@code null}: unset), bypassing its attributes. */
    void restore(String name, Var v) {
        if (v == null) {
            vars.remove(name);
        } else {
            vars.put(name, v);
        }
    }

    /** The variable itself, or null. */
    Var variable(String name) {
        return vars.get(resolve(name));
    }

    /** The variable, made (declared, without a value) when there is none. */
    Var declare(String name) {
        return vars.computeIfAbsent(resolve(name), k -> new Var(null));
    }

    /**
     * Assigns {@code $name} (element 0 of an array), as its attributes say: {@code -i} evaluates the
     * value, {@code -l}/{@code -u} change its case. A readonly variable fails with bash's message.
     */
    public void setVar(String name, String value) {
        name = resolve(name);
        Var v = vars.get(name);
        if (v == null) {
            vars.put(name, new Var(value));
            return;
        }
        if (v.has(Var.DYNAMIC)) {
            if (name.equals("RANDOM")) {
                extras.seed(Builtins.number(value) == null ? 0 : Builtins.number(value));
            } else if (name.equals("SECONDS")) {
                extras.secondsBase = extras.clock.getAsLong() - 1000 * (Builtins.number(value) == null ? 0 : Builtins.number(value));
            }
        }
        String converted = convert(v, name, value);
        v.attrs &= ~Var.INVISIBLE;
        if (v.array == null) {
            v.value = converted;
        } else if (v.array.assoc) {
            v.array.put("0", converted);
        } else {
            v.array.put(0, converted);
        }
    }

    /** A value as the variable's attributes make it; fails on a readonly variable. */
    String convert(Var v, String name, String value) {
        if (v.has(Var.READONLY)) {
            throw new Expander.Failure(name + ": readonly variable", 1);
        }
        if (v.has(Var.INTEGER)) {
            try {
                value = Long.toString(Arith.eval(value, this));
            } catch (Arith.Error e) {
                throw new Expander.Failure(e.getMessage(), 1);
            }
        }
        if (v.has(Var.LOWER)) {
            value = value.toLowerCase(java.util.Locale.ROOT);
        } else if (v.has(Var.UPPER)) {
            value = value.toUpperCase(java.util.Locale.ROOT);
        }
        return value;
    }

    public void unsetVar(String name) {
        vars.remove(resolve(name));
    }

    void export(String name) {
        declare(name).attrs |= Var.EXPORT;
    }

    void unexport(String name) {
        Var v = vars.get(name);
        if (v != null) {
            v.attrs &= ~Var.EXPORT;
        }
    }

    boolean isExported(String name) {
        Var v = vars.get(name);
        return v != null && v.has(Var.EXPORT);
    }

    /** The variables' names, sorted, for {@code set}, {@code declare -p} and {@code export -p}. */
    java.util.SortedSet<String> names() {
        return new java.util.TreeSet<>(vars.keySet());
    }

    /** The exported variables and their values: a program's environment. */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        vars.forEach((k, v) -> {
            if (v.has(Var.EXPORT) && v.array == null && v.value != null) {
                env.put(k, v.value);
            }
        });
        return env;
    }

    Map<String, Ast.FunctionDef> functions() {
        return functions;
    }

    Map<String, String> aliases() {
        return aliases;
    }

    List<String> positional() {
        return positional;
    }

    /** Sets $1, $2, … (a script run with arguments). */
    public void positional(List<String> params) {
        this.positional = new ArrayList<>(params);
    }

    String arg0() {
        return arg0;
    }

    /** Sets $0 (the name a script was run by). */
    public void arg0(String name) {
        this.arg0 = name;
    }

    void pushLocals() {
        locals.push(new HashMap<>());
    }

    /** Restores the variables the innermost function made local. */
    void popLocals() {
        Map<String, Var> frame = locals.pop();
        frame.forEach((name, old) -> {
            if (old == null) {
                vars.remove(name);
            } else {
                vars.put(name, old);
            }
        });
    }

    /**
     * Makes {@code name} local to the running function, a new variable without a value (as bash 5.2
     * does without localvar_inherit); false outside any function.
     */
    boolean makeLocal(String name) {
        Map<String, Var> frame = locals.peek();
        if (frame == null) {
            return false;
        }
        if (!frame.containsKey(name)) {
            frame.put(name, vars.get(name));
            vars.put(name, new Var(null));
        }
        return true;
    }

    /** Whether the running function made {@code name} local. */
    boolean isLocal(String name) {
        Map<String, Var> frame = locals.peek();
        return frame != null && frame.containsKey(name);
    }

    boolean inFunction() {
        return !locals.isEmpty();
    }

    /** The exported variables (what {@code env} prints), in the order set. */
    public Map<String, String> variables() {
        return java.util.Collections.unmodifiableMap(environment());
    }

    public int uid() {
        return uid;
    }

    /** The process's group id when set, else -1 (the user's from /etc/passwd). */
    public int gid() {
        return gid;
    }

    /** The process's supplementary groups when set, else null (/etc/group's for the user). */
    public List<Integer> groups() {
        return groups;
    }

    /** Sets the process's group and supplementary groups, as the runtime does for {@code docker run -u}. */
    public void credentials(int gid, List<Integer> groups) {
        this.gid = gid;
        this.groups = List.copyOf(groups);
    }

    public void uid(int uid) {
        this.uid = uid;
    }

    public int lastStatus() {
        return lastStatus;
    }

    void lastStatus(int status) {
        this.lastStatus = status;
    }
}
