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

    public ShellState(MemoryFs fs, String cwd, Map<String, String> env) {
        this.fs = fs;
        this.cwd = cwd;
        this.vars.putAll(env);
    }

    /** A subshell's copy (a pipeline stage): same filesystem, its own directory and variables. */
    ShellState subshell() {
        ShellState copy = new ShellState(fs, cwd, vars);
        copy.lastStatus = lastStatus;
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

    public int lastStatus() {
        return lastStatus;
    }

    void lastStatus(int status) {
        this.lastStatus = status;
    }
}
