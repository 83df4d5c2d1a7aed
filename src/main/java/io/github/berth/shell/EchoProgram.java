package io.github.berth.shell;

import java.util.List;

/** {@code /bin/echo} as an executable (busybox's applet in alpine and busybox images): the builtin's behaviour. */
public final class EchoProgram implements Program {
    @Override
    public int run(List<String> args, Output out, ShellState state) {
        return Builtins.echo(args, out);
    }
}
