package io.github.berth.shell;

import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import java.util.List;
import java.util.Set;

/** The shell builtins this version has: cd, pwd, echo, true, false, exit. */
final class Builtins {
    /**
     * Thrown where bash abandons the rest of the command line without exiting (an interactive
     * shell's {@code exit 1 2}); {@code status} becomes {@code $?}.
     */
    static final class AbandonLine extends RuntimeException {
        private final int status;

        AbandonLine(int status) {
            super(null, null, false, false);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    private static final Set<String> NAMES = Set.of("cd", "pwd", "echo", "true", "false", "exit");

    boolean has(String command) {
        return NAMES.contains(command);
    }

    Shell.Outcome run(String shell, List<String> args, Output out, ShellState state) {
        switch (args.get(0)) {
            case "cd":
                return new Shell.Outcome(cd(shell, args, out, state), false);
            case "pwd":
                out.outLine(state.cwd());
                return new Shell.Outcome(0, false);
            case "echo":
                return new Shell.Outcome(echo(args, out), false);
            case "false":
                return new Shell.Outcome(1, false);
            case "exit":
                return exit(shell, args, out, state);
            default:
                return new Shell.Outcome(0, false);
        }
    }

    private static int cd(String shell, List<String> args, Output out, ShellState state) {
        if (args.size() > 2) {
            out.errLine(shell + ": cd: too many arguments");
            return 1;
        }
        String target = args.size() == 1 ? state.var("HOME") : args.get(1);
        boolean back = args.size() == 2 && target.equals("-");
        if (back) {
            target = state.var("OLDPWD");
        }
        if (target == null) {
            out.errLine(shell + ": cd: " + (back ? "OLDPWD" : "HOME") + " not set");
            return 1;
        }
        PathWalk walk = PathWalk.walk(state.fs(), state.cwd(), target);
        String problem = walk.problem() != null ? walk.problem()
                : walk.node() instanceof Node.Dir ? null : PathWalk.NOT_A_DIRECTORY;
        if (problem != null) {
            out.errLine(shell + ": cd: " + target + ": " + problem);
            return 1;
        }
        String absolute = VPath.resolve(state.cwd(), target);
        state.setVar("OLDPWD", state.cwd());
        state.cwd(absolute);
        if (back) {
            out.outLine(absolute); // "cd -" says where it went
        }
        return 0;
    }

    /**
     * Leading words made only of the letters n, e and E are options, as in bash; -n drops the
     * newline. Escapes for -e are not interpreted yet.
     */
    static int echo(List<String> args, Output out) {
        int first = 1;
        boolean newline = true;
        while (first < args.size() && args.get(first).matches("-[neE]+")) {
            newline &= !args.get(first).contains("n");
            first++;
        }
        String text = String.join(" ", args.subList(first, args.size()));
        out.stdout(newline ? text + "\n" : text);
        return 0;
    }

    /**
     * Like bash's exit: an optional "--", then a decimal number that fits in 64 bits (blanks
     * around it allowed), of which the low 8 bits are the status.
     */
    private static Shell.Outcome exit(String shell, List<String> args, Output out, ShellState state) {
        List<String> operands = args.subList(args.size() > 1 && args.get(1).equals("--") ? 2 : 1, args.size());
        if (operands.isEmpty()) {
            return new Shell.Outcome(state.lastStatus(), true);
        }
        String arg = operands.get(0);
        long value;
        try {
            String trimmed = arg.strip();
            if (!trimmed.matches("[+-]?[0-9]+")) {
                throw new NumberFormatException(arg);
            }
            value = Long.parseLong(trimmed);
        } catch (NumberFormatException e) {
            out.errLine(shell + ": exit: " + arg + ": numeric argument required");
            return new Shell.Outcome(2, true);
        }
        if (operands.size() > 1) {
            out.errLine(shell + ": exit: too many arguments");
            throw new AbandonLine(1);
        }
        return new Shell.Outcome((int) (value & 0xff), true);
    }
}
