package io.github.berth.shell;

import java.util.List;

/**
 * A simulated program found on {@code $PATH}. Returns its exit status; never throws for user errors.
 * A program that reads its standard input overrides {@link #run(List, String, Output, ShellState)};
 * the others implement only the three-argument form and never see their input.
 */
@FunctionalInterface
public interface Program {
    int run(List<String> args, Output out, ShellState state);

    /** Runs with {@code stdin} as the whole of its standard input (empty when nothing is piped in). */
    default int run(List<String> args, String stdin, Output out, ShellState state) {
        return run(args, out, state);
    }
}
