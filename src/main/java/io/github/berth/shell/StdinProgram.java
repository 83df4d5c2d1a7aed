package io.github.berth.shell;

import java.util.List;

/** A program that reads its standard input: it implements only the four-argument form. */
public interface StdinProgram extends Program {
    @Override
    int run(List<String> args, String stdin, Output out, ShellState state);

    @Override
    default int run(List<String> args, Output out, ShellState state) {
        return run(args, "", out, state);
    }
}
