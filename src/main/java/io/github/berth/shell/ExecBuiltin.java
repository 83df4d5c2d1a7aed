package io.github.berth.shell;

import java.util.List;

/**
 * {@code exec}: with only redirections, they stay in force for the rest of the shell (or
 * subshell); with a command, the command replaces the shell, which ends with its status. At the
 * learner's own prompt ({@link Shell#keepOnExec}) the command runs and berth says that bash would
 * have closed the terminal then, instead of ending the session.
 */
final class ExecBuiltin {
    private final Shell shell;

    ExecBuiltin(Shell shell) {
        this.shell = shell;
    }

    int run(List<String> args, Shell.Ctx ctx) {
        int i = 1;
        while (i < args.size() && args.get(i).startsWith("-") && args.get(i).length() > 1) {
            String a = args.get(i++);
            if (a.equals("--")) {
                break;
            }
            if (a.equals("-a") && i < args.size()) {
                i++;
                continue;
            }
            if (!a.matches("-[cl]+")) {
                ctx.out().errLine(shell.name + ": exec: " + a.substring(0, 2) + ": invalid option");
                ctx.out().errLine("exec: usage: exec [-cl] [-a name] [command [argument ...]] [redirection ...]");
                return 2;
            }
        }
        if (i >= args.size()) {
            return 0;
        }
        List<String> command = args.subList(i, args.size());
        if (!shell.isBuiltin(command.get(0)) && shell.pathOf(command.get(0), ctx.st()).isEmpty()
                && !command.get(0).contains("/")) {
            ctx.out().errLine(shell.name + ": exec: " + command.get(0) + ": not found");
            return 127; // an interactive bash stays
        }
        int status = shell.command(new java.util.ArrayList<>(command), ctx, false);
        if (shell.keepOnExec) {
            ctx.out().errLine("berth: exec: bash would now have ended with " + command.get(0)
                    + " and closed this terminal; berth keeps the sandbox's shell");
            throw new Signal.Abandon(status);
        }
        throw new Signal.Exit(status);
    }

    /** {@code exec} with redirections and no command: they apply to the shell's own output from now on. */
    static boolean redirectsShell(Shell shell, List<Ast.Redir> redirs, Shell.Ctx ctx) {
        if (!(ctx.out() instanceof ShellOutput own)) {
            return Redirections.apply(shell, redirs, ctx) != null;
        }
        Redirections.Streams streams = Redirections.apply(shell, redirs, ctx.with(ctx.in(), own.current()));
        if (streams == null) {
            return false;
        }
        own.redirected = streams.output();
        return true;
    }
}
