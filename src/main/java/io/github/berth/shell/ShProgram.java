package io.github.berth.shell;

import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code sh} inside a container: berth's one shell, with busybox ash's wording (or dash's, in
 * debian and ubuntu images, where {@code /bin/sh} is dash), on the container's filesystem. {@code sh -c SCRIPT} runs the script, {@code sh FILE} a script file,
 * and {@code sh} alone what its standard input holds (nothing, for a container run without -i).
 */
public final class ShProgram implements StdinProgram {
    private final Supplier<Map<String, Program>> programs;
    private final Shell.Dialect dialect;

    /** @param programs the program table, given late so this program can be part of it */
    public ShProgram(Supplier<Map<String, Program>> programs) {
        this(programs, Shell.Dialect.ASH);
    }

    /** A shell of the given dialect: {@link Shell.Dialect#DASH} for debian's and ubuntu's {@code /bin/sh}. */
    public ShProgram(Supplier<Map<String, Program>> programs, Shell.Dialect dialect) {
        this.programs = programs;
        this.dialect = dialect;
    }

    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        ShellState child = state.child();
        boolean dash = dialect == Shell.Dialect.DASH;
        // dash names itself as invoked (RUN's /bin/sh -c: "/bin/sh: 1: foo: not found")
        String name = dash ? args.get(0) : "sh";
        Shell shell = new Shell(name, dialect, child, programs.get());
        if (args.size() >= 2 && args.get(1).equals("-c")) {
            if (args.size() == 2) {
                out.errLine(dash ? name + ": 0: -c requires an argument" : "sh: -c requires an argument"); // busybox ash
                return 2;
            }
            shell.commandString();
            if (args.size() > 3) {
                child.arg0(args.get(3)); // sh -c SCRIPT NAME ARGS...: $0 and the positional parameters
                child.positional(args.subList(4, args.size()));
            }
            int status = shell.runToEnd(args.get(2), out);
            state.killedBy = child.killedBy;
            return status;
        }
        if (args.size() >= 2) {
            String path = VPath.resolve(state.cwd(), args.get(1));
            Optional<Node> file = state.fs().lookup(path);
            if (file.isEmpty() || !(file.get() instanceof Node.File f)) {
                out.errLine(dash ? name + ": 0: cannot open " + args.get(1) + ": No such file"
                        : "sh: can't open '" + args.get(1) + "': No such file or directory"); // busybox ash
                return 2;
            }
            child.arg0(args.get(1));
            child.positional(args.subList(2, args.size()));
            // dash names a script's errors after the script ("./t.sh: 3: foo: not found")
            Shell script = dash ? new Shell(args.get(1), dialect, child, programs.get()) : shell;
            return script.runToEnd(new String(f.content(), StandardCharsets.UTF_8), out);
        }
        return stdin.isEmpty() ? 0 : shell.runToEnd(stdin, out);
    }
}
