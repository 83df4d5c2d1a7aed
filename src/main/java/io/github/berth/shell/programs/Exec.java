package io.github.berth.shell.programs;

import io.github.berth.fs.Node;
import io.github.berth.shell.Output;
import io.github.berth.shell.Program;
import io.github.berth.shell.ProgramLookup;
import io.github.berth.shell.ShellState;
import io.github.berth.shell.Unsimulated;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How {@code env}, {@code xargs}, {@code sudo} and {@code which} find and start another program:
 * execvp on the filesystem's {@code $PATH}, then the simulated program the executable names.
 */
final class Exec {
    private final Supplier<Map<String, Program>> table;
    private final Sessions sessions;

    Exec(Supplier<Map<String, Program>> table, Sessions sessions) {
        this.table = table;
        this.sessions = sessions;
    }

    /** The executable {@code command} names, or empty when execvp would fail with ENOENT. */
    static Optional<Node.File> find(ShellState state, String command) {
        String path = state.var("PATH");
        // glibc's execvp searches its default path when PATH is unset
        return ProgramLookup.find(state.fs(), state.cwd(), path == null ? "/bin:/usr/bin" : path, command);
    }

    /** The program to run for {@code command}, or empty when there is none. */
    Optional<Program> program(ShellState state, String command) {
        return find(state, command).map(f -> {
            Program program = table.get().get(f.program());
            if (program == null) {
                program = sessions.program(f.program());
            }
            return program != null ? program : Unsimulated.PROGRAM;
        });
    }

    /** Runs {@code argv} (argv[0] the command name, found already) with {@code stdin}. */
    static int run(Program program, List<String> argv, String stdin, Output out, ShellState state) {
        return program.run(argv, stdin, out, state);
    }
}
