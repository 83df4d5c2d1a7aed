package io.github.berth.shell.programs;

import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import io.github.berth.shell.Output;
import io.github.berth.shell.PathWalk;
import io.github.berth.shell.ShellState;
import io.github.berth.shell.StdinProgram;
import java.util.ArrayList;
import java.util.List;

/** What the simulated coreutils share: reading operands' files with GNU's error wording. */
abstract class Tool implements StdinProgram {
    /** A file's text, or null when it could not be read (the message is written). */
    static String readFile(String program, String operand, String stdin, Output out, ShellState state) {
        if (operand.equals("-")) {
            if (state.stdio().stdinDirectory()) { // < dir opens; read(2) fails with EISDIR
                out.errLine(switch (program) {
                    case "head", "tail" -> program + ": error reading 'standard input': " + PathWalk.IS_A_DIRECTORY;
                    case "wc" -> "wc: 'standard input': " + PathWalk.IS_A_DIRECTORY;
                    default -> program + ": -: " + PathWalk.IS_A_DIRECTORY;
                });
                return null;
            }
            return stdin;
        }
        if (PathWalk.isDevNull(state, operand)) {
            return "";
        }
        PathWalk walk = PathWalk.walk(state, operand);
        if (walk.node() == null) {
            if (Flavor.busybox(state) && !program.equals("grep")) {
                // busybox's open_or_warn (libbb/xfuncs_printf.c)
                out.errLine(program + ": can't open '" + operand + "': " + walk.problem());
                return null;
            }
            out.errLine(program + ": " + shown(program, operand) + ": " + walk.problem());
            return null;
        }
        if (walk.node() instanceof Node.Dir) {
            out.errLine(program + ": " + shown(program, operand) + ": " + PathWalk.IS_A_DIRECTORY);
            return null;
        }
        String denied = Access.readProblem(state, operand);
        if (denied != null) {
            out.errLine(program + ": " + shown(program, operand) + ": " + denied);
            return null;
        }
        return PathWalk.text((Node.File) walk.node());
    }

    /** A file name in a message: grep shows it as it is, coreutils quote it when the shell would misread it. */
    static String shown(String program, String name) {
        return program.equals("grep") ? name : Quote.ifNeeded(name);
    }

    /** A usage error as coreutils word it: the message, then where to find help. */
    static String usage(String program, String message) {
        return program + ": " + message + "\nTry '" + program + " --help' for more information.\n";
    }

    static String absolute(ShellState state, String path) {
        return VPath.resolve(state.cwd(), path);
    }

    /** Text split into lines; a last line without its newline is still a line. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                lines.add(text.substring(start));
                break;
            }
            lines.add(text.substring(start, nl));
            start = nl + 1;
        }
        return lines;
    }

    /** The operands, or {@code -} (standard input) when there are none. */
    static List<String> inputs(List<String> operands) {
        return operands.isEmpty() ? List.of("-") : operands;
    }
}
