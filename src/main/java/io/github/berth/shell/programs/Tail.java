package io.github.berth.shell.programs;

import io.github.berth.shell.Output;
import io.github.berth.shell.ShellState;
import java.util.List;

/** GNU {@code tail -n N} (default 10; {@code -n +N}: from line N on), with headers for several files. */
final class Tail extends Tool {
    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        return Ends.run("tail", args, stdin, out, state);
    }
}
