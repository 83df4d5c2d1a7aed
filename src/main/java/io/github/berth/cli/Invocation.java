package io.github.berth.cli;

import io.github.berth.engine.Engine;
import io.github.berth.shell.Output;

/**
 * One run of a docker command: its parsed arguments, the command path as typed
 * ({@code docker container ls}), where output goes, the engine, and whether output is a terminal.
 */
public record Invocation(ParsedArgs args, String commandPath, Output out, Engine engine, boolean terminal) {}
