package io.github.berth.shell;

import java.util.List;

/** A simulated program found on {@code $PATH}. Returns its exit status; never throws for user errors. */
@FunctionalInterface
public interface Program {
    int run(List<String> args, Output out, ShellState state);
}
