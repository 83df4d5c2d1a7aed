package io.github.berth.shell.programs;

import io.github.berth.shell.Output;
import io.github.berth.shell.ShellState;
import java.util.List;

/** GNU {@code head -n N} (default 10; {@code -n -N}: all but the last N), with {@code ==> f <==} headers for several files. */
final class Head extends Tool {
    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        return Ends.run("head", args, stdin, out, state);
    }
}
