package io.github.berth.shell;

import io.github.berth.fs.Node;
import java.util.List;
import java.util.Optional;

/** Runs a program found on {@code $PATH} (or by its path), with bash's messages when it cannot be run. */
final class ExternalCommand {
    private ExternalCommand() {}

    static int run(Shell shell, List<String> args, Shell.Ctx ctx) {
        ShellState here = ctx.st();
        Output out = ctx.out();
        String command = args.get(0);
        Optional<Node.File> file;
        if (command.contains("/")) {
            // a path is executed as given, so bash reports why it cannot be, as execve does
            PathWalk walk = PathWalk.walk(here.fs(), here.cwd(), command);
            String problem = walk.problem() != null ? walk.problem()
                    : walk.node() instanceof Node.Dir ? "Is a directory"
                    : !((Node.File) walk.node()).executable() ? "Permission denied" : null;
            if (problem != null && shell.dialect == Shell.Dialect.DASH) {
                // dash: sh: 1: ./x: not found (127), sh: 1: ./x: Permission denied (126)
                boolean missing = problem.equals(PathWalk.NO_SUCH_FILE);
                out.errLine(shell.prefix() + command + ": " + (missing ? "not found" : "Permission denied"));
                return missing ? 127 : 126;
            }
            if (problem != null) {
                out.errLine(shell.name + ": " + command + ": " + problem);
                return problem.equals(PathWalk.NO_SUCH_FILE) ? 127 : 126;
            }
            file = Optional.of((Node.File) walk.node());
        } else {
            file = ProgramLookup.find(here.fs(), here.cwd(), here.var("PATH"), command);
        }
        if (file.isEmpty()) {
            out.errLine(shell.prefix() + command + ": " + shell.dialect.notFound);
            return 127;
        }
        List<String> argv = args;
        String marker = file.get().program();
        if (marker == null) {
            Scripts.Plan plan = Scripts.plan(here.fs(), here.cwd(), file.get(), args, shell.dialect);
            if (plan instanceof Scripts.BadInterpreter bad) {
                if (shell.dialect == Shell.Dialect.BASH) {
                    out.errLine(shell.name + ": " + command + ": " + bad.interpreter() + ": bad interpreter: "
                            + PathWalk.NO_SUCH_FILE);
                    return 126;
                }
                out.errLine(shell.prefix() + command + ": not found"); // dash and ash report the script itself
                return 127;
            }
            if (plan instanceof Scripts.Run run) {
                marker = run.marker();
                argv = run.argv();
            }
        }
        Program program = marker == null ? null : shell.programs.get(marker);
        if (program == null) {
            out.errLine(shell.name + ": " + command + ": cannot execute binary file: Exec format error");
            return 126;
        }
        String stdin = program instanceof StdinProgram ? ctx.in().takeRest() : ctx.in().rest();
        ShellState view = here.programView();
        view.stdio = new Stdio(ctx.in().file, ctx.in().directory, out.stdoutFile());
        int status = program.run(argv, stdin, out, view) & 0xff;
        String signal = view.killedBy;
        if (signal != null && shell.dialect == Shell.Dialect.BASH && !signal.equals("INT") && !signal.equals("PIPE")) {
            out.errLine(KillBuiltin.DESCRIPTIONS.getOrDefault(signal, signal)); // as an interactive bash reports it
        }
        return status;
    }
}
