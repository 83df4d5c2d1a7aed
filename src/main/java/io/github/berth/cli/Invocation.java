package io.github.berth.cli;

import io.github.berth.engine.Engine;
import io.github.berth.shell.Output;

/**
 * One run of a docker command: its parsed arguments, the command path as typed
 * ({@code docker container ls}), where output goes, the engine, whether output is a terminal, and
 * standard input (what a confirmation prompt reads; empty when nothing is piped in).
 */
public record Invocation(ParsedArgs args, String commandPath, Output out, Engine engine, boolean terminal,
                         String stdin) {
    public Invocation(ParsedArgs args, String commandPath, Output out, Engine engine, boolean terminal) {
        this(args, commandPath, out, engine, terminal, "");
    }
}
