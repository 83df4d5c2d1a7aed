package io.github.berth.engine;

import io.github.berth.shell.Output;
import io.github.berth.shell.Program;
import io.github.berth.shell.ShellState;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code python} and {@code node} of the official images, as far as berth simulates them: the
 * version flags (the image's PYTHON_VERSION and NODE_VERSION), one-line scripts that print a
 * string literal, and, without a script, the REPL reading an empty standard input (it ends at
 * once with status 0, as it does in a container run without -i). Anything else says that berth does
 * not run it and ends with status 1.
 */
final class Interpreters {
    private static final Pattern PRINT = Pattern.compile("^\\s*print\\(\\s*(['\"])(.*)\\1\\s*\\)\\s*$");
    private static final Pattern LOG = Pattern.compile("^\\s*console\\.log\\(\\s*(['\"])(.*)\\1\\s*\\);?\\s*$");

    private Interpreters() {}

    static Program python() {
        return (List<String> argv, Output out, ShellState state) -> {
            String version = PythonVersions.of(state.var("PYTHON_VERSION"), state.fs(), argv.get(0));
            if (argv.size() >= 2 && (argv.get(1).equals("--version") || argv.get(1).equals("-V"))) {
                if (PythonVersions.two(version)) {
                    out.errLine("Python " + version); // Python 2 prints its version on standard error
                } else {
                    out.outLine("Python " + version);
                }
                return 0;
            }
            if (argv.size() >= 3 && argv.get(1).equals("-c")) {
                Matcher m = PRINT.matcher(argv.get(2));
                if (m.matches()) {
                    out.outLine(m.group(2));
                    return 0;
                }
            }
            return beyond(argv, out, "print('text') one-liners");
        };
    }

    static Program node() {
        return (List<String> argv, Output out, ShellState state) -> {
            String version = state.var("NODE_VERSION") == null ? "22.16.0" : state.var("NODE_VERSION");
            if (argv.size() >= 2 && (argv.get(1).equals("--version") || argv.get(1).equals("-v"))) {
                out.outLine("v" + version);
                return 0;
            }
            if (argv.size() >= 3 && (argv.get(1).equals("-e") || argv.get(1).equals("--eval"))) {
                Matcher m = LOG.matcher(argv.get(2));
                if (m.matches()) {
                    out.outLine(m.group(2));
                    return 0;
                }
            }
            return beyond(argv, out, "console.log('text') one-liners");
        };
    }

    /**
     * A script beyond what berth runs: with no arguments the REPL reads an empty standard input and
     * ends at once (status 0), as in a container run without -i; anything else is said plainly, and
     * nothing is run (status 1), rather than pretending it worked.
     */
    private static int beyond(List<String> argv, Output out, String oneLiners) {
        if (argv.size() == 1) {
            return 0;
        }
        out.errLine("berth: this " + argv.get(0) + " runs only --version, " + oneLiners + " and the lessons' web "
                + "apps; it did not run: " + String.join(" ", argv.subList(1, argv.size())));
        return 1;
    }
}
