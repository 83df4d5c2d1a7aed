package io.github.berth.engine;

import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import io.github.berth.shell.Output;
import io.github.berth.shell.Program;
import io.github.berth.shell.Shell;
import io.github.berth.shell.ShellState;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code bash} inside Debian and Ubuntu containers: berth's shell with bash's wording, on the
 * container's files. {@code bash -c SCRIPT}, {@code bash FILE}, or what standard input holds.
 */
public final class BashProgram implements Program {
    private final Supplier<Map<String, Program>> programs;

    public BashProgram(Supplier<Map<String, Program>> programs) {
        this.programs = programs;
    }

    @Override
    public int run(List<String> args, Output out, ShellState state) {
        return run(args, "", out, state);
    }

    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        Shell shell = new Shell("bash", Shell.Dialect.BASH, state, programs.get());
        if (args.size() >= 2 && args.get(1).equals("-c")) {
            if (args.size() == 2) {
                out.errLine("bash: -c: option requires an argument");
                return 2;
            }
            shell.commandString();
            return shell.runToEnd(args.get(2), out);
        }
        if (args.size() >= 2) {
            Optional<Node> file = state.fs().lookup(VPath.resolve(state.cwd(), args.get(1)));
            if (file.isEmpty() || !(file.get() instanceof Node.File f)) {
                out.errLine("bash: " + args.get(1) + ": No such file or directory");
                return 127;
            }
            Shell script = new Shell(args.get(1), Shell.Dialect.BASH, state, programs.get());
            script.scriptFile();
            state.positional(args.subList(2, args.size())); // bash FILE ARGS...: $0 is FILE, then $1…
            return script.runToEnd(new String(f.content(), StandardCharsets.UTF_8), out);
        }
        return stdin.isEmpty() ? 0 : shell.runToEnd(stdin, out);
    }
}
