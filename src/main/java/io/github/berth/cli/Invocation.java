package io.github.berth.cli;

import io.github.berth.engine.Engine;
import io.github.berth.fs.MemoryFs;
import io.github.berth.shell.Output;
import io.github.berth.shell.ShellState;

/**
 * One run of a docker command: its parsed arguments, the command path as typed
 * ({@code docker container ls}), where output goes, the engine, whether output is a terminal, the
 * calling shell's state (its environment and files: {@code -e VAR}, {@code --env-file}) and the
 * standard input piped to docker.
 */
public record Invocation(ParsedArgs args, String commandPath, Output out, Engine engine, boolean terminal,
                         ShellState state, String stdin) {
    public Invocation(ParsedArgs args, String commandPath, Output out, Engine engine, boolean terminal) {
        this(args, commandPath, out, engine, terminal, new ShellState(new MemoryFs(), "/", java.util.Map.of()), "");
    }
}
