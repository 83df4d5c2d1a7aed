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
    private final Map<String, String> vars = new LinkedHashMap<>();
    private final Set<String> exported = new HashSet<>();
    private final Map<String, Ast.FunctionDef> functions = new HashMap<>();
    private final Map<String, String> aliases = new LinkedHashMap<>();
    /** One frame per running function: the values its {@code local} names had before (null: unset). */
    private final Deque<Map<String, String>> locals = new ArrayDeque<>();
    private List<String> positional = new ArrayList<>();
    private String arg0 = "bash";
    private String cwd;
    private int lastStatus;
    boolean errexit;
    boolean xtrace;
    boolean nounset;
    boolean noglob;
    boolean pipefail;
    /** The user the shell runs as: 0 (root) unless set, as a container's process runs without -u. */
    private int uid;
    /** The process's group and supplementary groups when set (docker run -u), else -1 and null: /etc/passwd's and /etc/group's. */
    private int gid = -1;
    private List<Integer> groups;

    public ShellState(MemoryFs fs, String cwd, Map<String, String> env) {
        this.fs = fs;
        this.cwd = cwd;
        this.vars.putAll(env);
        this.exported.addAll(env.keySet());
    }

    /** A subshell's copy (a pipeline stage, a subshell, a substitution): same filesystem, all else its own. */
    ShellState subshell() {
        ShellState copy = new ShellState(fs, cwd, vars);
        copy.exported.retainAll(exported);
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
        locals.forEach(frame -> copy.locals.addLast(new HashMap<>(frame)));
        copy.uid = uid;
        copy.gid = gid;
        copy.groups = groups;
        return copy;
    }

    /** A new shell's state ({@code sh -c}): the exported variables and the directory, nothing else. */
    ShellState child() {
        ShellState child = new ShellState(fs, cwd, environment());
        // the process's credentials go to the programs it runs
        child.uid = uid;
        child.gid = gid;
        child.groups = groups;
        return child;
    }

    public MemoryFs fs() {
        return fs;
    }

    public String cwd() {
        return cwd;
    }

    void cwd(String absolute) {
        this.cwd = absolute;
        vars.put("PWD", absolute);
    }

    public String var(String name) {
        return vars.get(name);
    }

    public void setVar(String name, String value) {
        vars.put(name, value);
    }

    public void unsetVar(String name) {
        vars.remove(name);
        exported.remove(name);
    }

    void export(String name) {
        exported.add(name);
    }

    void unexport(String name) {
        exported.remove(name);
    }

    boolean isExported(String name) {
        return exported.contains(name);
    }

    /** The variables in the order first set, for {@code set} and {@code export -p}. */
    Map<String, String> vars() {
        return vars;
    }

    /** The exported variables and their values: a program's environment. */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        vars.forEach((k, v) -> {
            if (exported.contains(k)) {
                env.put(k, v);
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

    void positional(List<String> params) {
        this.positional = new ArrayList<>(params);
    }

    String arg0() {
        return arg0;
    }

    void arg0(String name) {
        this.arg0 = name;
    }

    void pushLocals() {
        locals.push(new HashMap<>());
    }

    /** Restores the variables the innermost function made local. */
    void popLocals() {
        Map<String, String> frame = locals.pop();
        frame.forEach((name, old) -> {
            if (old == null) {
                vars.remove(name);
            } else {
                vars.put(name, old);
            }
        });
    }

    /** Makes {@code name} local to the running function; false outside any function. */
    boolean makeLocal(String name) {
        Map<String, String> frame = locals.peek();
        if (frame == null) {
            return false;
        }
        if (!frame.containsKey(name)) {
            frame.put(name, vars.get(name));
        }
        return true;
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
