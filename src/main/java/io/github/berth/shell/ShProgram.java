package io.github.berth.shell;

import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code sh} inside a container: berth's one shell, with busybox ash's wording, on the
 * container's filesystem. {@code sh -c SCRIPT} runs the script, {@code sh FILE} a script file,
 * and {@code sh} alone what its standard input holds (nothing, for a container run without -i).
 */
public final class ShProgram implements StdinProgram {
    private final Supplier<Map<String, Program>> programs;

    /** @param programs the program table, given late so this program can be part of it */
    public ShProgram(Supplier<Map<String, Program>> programs) {
        this.programs = programs;
    }

    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        ShellState child = state.child();
        Shell shell = new Shell("sh", Shell.Dialect.ASH, child, programs.get());
        if (args.size() >= 2 && args.get(1).equals("-c")) {
            if (args.size() == 2) {
                out.errLine("sh: -c requires an argument"); // busybox ash
                return 2;
            }
            shell.commandString = true;
            if (args.size() > 3) {
                child.arg0(args.get(3)); // sh -c SCRIPT NAME ARGS...: $0 and the positional parameters
                child.positional(args.subList(4, args.size()));
            }
            return shell.runToEnd(args.get(2), out);
        }
        if (args.size() >= 2) {
            String path = VPath.resolve(state.cwd(), args.get(1));
            Optional<Node> file = state.fs().lookup(path);
            if (file.isEmpty() || !(file.get() instanceof Node.File f)) {
                out.errLine("sh: can't open '" + args.get(1) + "': No such file or directory"); // busybox ash
                return 2;
            }
            child.arg0(args.get(1));
            child.positional(args.subList(2, args.size()));
            return shell.runToEnd(new String(f.content(), StandardCharsets.UTF_8), out);
        }
        return stdin.isEmpty() ? 0 : shell.runToEnd(stdin, out);
    }
}
