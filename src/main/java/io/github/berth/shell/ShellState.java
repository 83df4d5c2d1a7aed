package io.github.berth.shell;

import io.github.berth.fs.MemoryFs;
import java.util.LinkedHashMap;
import java.util.Map;

/** The state a shell carries between commands: filesystem, working directory, variables, last status. */
public final class ShellState {
    private final MemoryFs fs;
    private final Map<String, String> vars = new LinkedHashMap<>();
    private String cwd;
    private int lastStatus;
    /** The user the shell runs as: 0 (root) unless set, as a container's process runs without -u. */
    private int uid;

    public ShellState(MemoryFs fs, String cwd, Map<String, String> env) {
        this.fs = fs;
        this.cwd = cwd;
        this.vars.putAll(env);
    }

    /** A subshell's copy (a pipeline stage): same filesystem, its own directory and variables. */
    ShellState subshell() {
        ShellState copy = new ShellState(fs, cwd, vars);
        copy.lastStatus = lastStatus;
        copy.uid = uid;
        return copy;
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

    /** Every variable, in the order set (what {@code env} prints). */
    public Map<String, String> variables() {
        return java.util.Collections.unmodifiableMap(vars);
    }

    public void unsetVar(String name) {
        vars.remove(name);
    }

    public int uid() {
        return uid;
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
