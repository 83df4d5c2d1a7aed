package io.github.berth.shell;

import io.github.berth.fs.VPath;
import java.util.List;
import java.util.Set;

/** The shell builtins this version has: cd, pwd, echo, true, false, exit. */
final class Builtins {
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
        if (target == null) {
            out.errLine(shell + ": cd: HOME not set");
            return 1;
        }
        String absolute = VPath.resolve(state.cwd(), target);
        if (state.fs().lookup(absolute).isEmpty()) {
            out.errLine(shell + ": cd: " + target + ": No such file or directory");
            return 1;
        }
        if (!state.fs().isDirectory(absolute)) {
            out.errLine(shell + ": cd: " + target + ": Not a directory");
            return 1;
        }
        state.cwd(absolute);
        return 0;
    }

    private static int echo(List<String> args, Output out) {
        int first = 1;
        boolean newline = true;
        if (args.size() > 1 && args.get(1).equals("-n")) {
            newline = false;
            first = 2;
        }
        String text = String.join(" ", args.subList(first, args.size()));
        out.stdout(newline ? text + "\n" : text);
        return 0;
    }

    private static Shell.Outcome exit(String shell, List<String> args, Output out, ShellState state) {
        if (args.size() == 1) {
            return new Shell.Outcome(state.lastStatus(), true);
        }
        try {
            return new Shell.Outcome(Integer.parseInt(args.get(1)) & 0xff, true);
        } catch (NumberFormatException e) {
            out.errLine(shell + ": exit: " + args.get(1) + ": numeric argument required");
            return new Shell.Outcome(2, true);
        }
    }
}
