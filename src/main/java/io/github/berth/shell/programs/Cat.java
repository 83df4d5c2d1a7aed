package io.github.berth.shell.programs;

import io.github.berth.fs.VPath;
import io.github.berth.shell.Output;
import io.github.berth.shell.ShellState;
import java.util.List;

/** GNU {@code cat}: each operand's text in turn ({@code -} or none: standard input); {@code -n} numbers lines. */
final class Cat extends Tool {
    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        Options opts = Options.parse("cat", args, "n", "");
        if (opts.error() != null) {
            out.stderr(opts.error());
            return 1;
        }
        int status = 0;
        int number = 0;
        for (String operand : inputs(opts.operands())) {
            String text = readFile("cat", operand, stdin, out, state);
            if (text != null && !text.isEmpty() && sameAsOutput(operand, state)) {
                out.errLine("cat: " + shown("cat", operand) + ": input file is output file"); // GNU cat.c
                status = 1;
            } else if (text == null) {
                status = 1;
            } else if (opts.has('n')) {
                List<String> lines = lines(text);
                for (int i = 0; i < lines.size(); i++) {
                    boolean unterminated = i == lines.size() - 1 && !text.endsWith("\n");
                    out.stdout(String.format("%6d\t%s", ++number, lines.get(i)) + (unterminated ? "" : "\n"));
                }
            } else {
                out.stdout(text);
            }
        }
        return status;
    }

    /** Whether an input is the file standard output appends to (GNU compares the inodes). */
    private static boolean sameAsOutput(String operand, ShellState state) {
        String output = state.stdio().stdoutFile();
        String input = operand.equals("-") ? state.stdio().stdinFile() : VPath.resolve(state.cwd(), operand);
        return output != null && input != null && state.fs().realPath(input).equals(state.fs().realPath(output));
    }
}
