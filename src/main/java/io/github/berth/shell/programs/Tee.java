package io.github.berth.shell.programs;

import io.github.berth.shell.Output;
import io.github.berth.shell.PathWalk;
import io.github.berth.shell.ShellState;
import java.util.List;

/** GNU {@code tee [-a] FILE...}: standard input to standard output and to each file. */
final class Tee extends Tool {
    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        Options opts = Options.parse("tee", args, "ai", "");
        if (opts.error() != null) {
            out.stderr(opts.error());
            return 1;
        }
        int status = 0;
        for (String file : opts.operands()) {
            String problem = PathWalk.problemCreating(state, file);
            if (problem == null) {
                problem = Access.writeProblem(state, file);
            }
            if (problem != null) {
                out.errLine("tee: " + Quote.ifNeeded(file) + ": " + problem);
                status = 1;
                continue;
            }
            if (!opts.has('a')) {
                PathWalk.truncate(state, file);
            }
            PathWalk.append(state, file, stdin);
        }
        out.stdout(stdin);
        return status;
    }
}
