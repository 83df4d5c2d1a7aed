package io.github.berth.shell.programs;

import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import io.github.berth.shell.Output;
import io.github.berth.shell.ShellState;
import java.util.List;

/**
 * debianutils' {@code which [-a] NAME...}: the path of each executable found on {@code $PATH}
 * (every one with -a); nothing is printed for a name not found, and the status is then 1.
 */
final class Which extends Tool {
    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        Options opts = Options.parse("which", args, "a", "");
        if (opts.error() != null) {
            String arg = opts.error().contains("-- '") ? "-" + opts.error().charAt(opts.error().indexOf("-- '") + 4)
                    : opts.error().substring(opts.error().indexOf('\'') + 1, opts.error().indexOf('\'', opts.error().indexOf('\'') + 1));
            out.errLine("Illegal option " + arg); // debianutils which: the usage goes to standard output
            out.outLine("Usage: /usr/bin/which [-a] args");
            return 2;
        }
        if (opts.operands().isEmpty()) {
            return 1;
        }
        String path = state.var("PATH");
        int status = 0;
        for (String name : opts.operands()) {
            boolean found = false;
            if (name.contains("/")) {
                found = executable(state, VPath.resolve(state.cwd(), name));
                if (found) {
                    out.outLine(name);
                }
            } else {
                for (String dir : (path == null ? "" : path).split(":", -1)) {
                    String shown = (dir.isEmpty() ? "." : dir) + "/" + name;
                    if (executable(state, VPath.resolve(state.cwd(), shown))) {
                        out.outLine(shown);
                        found = true;
                        if (!opts.has('a')) {
                            break;
                        }
                    }
                }
            }
            if (!found) {
                status = 1;
            }
        }
        return status;
    }

    private static boolean executable(ShellState state, String absolute) {
        return state.fs().lookup(absolute).orElse(null) instanceof Node.File f && f.executable();
    }
}
