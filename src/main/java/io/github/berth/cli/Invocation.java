package io.github.berth.cli;

import io.github.berth.engine.Engine;
import io.github.berth.shell.Output;
import io.github.berth.shell.ShellState;

/**
 * One run of a docker command: its parsed arguments, the command path as typed
 * ({@code docker container ls}), where output goes, the engine, whether output is a terminal, and
 * the shell it runs in (its directory, variables and files; null where there is none).
 */
public record Invocation(ParsedArgs args, String commandPath, Output out, Engine engine, boolean terminal,
                         ShellState state) {
    public Invocation(ParsedArgs args, String commandPath, Output out, Engine engine, boolean terminal) {
        this(args, commandPath, out, engine, terminal, null);
    }
}
