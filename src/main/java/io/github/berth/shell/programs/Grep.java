package io.github.berth.shell.programs;

import io.github.berth.fs.Node;
import io.github.berth.shell.Output;
import io.github.berth.shell.PathWalk;
import io.github.berth.shell.ShellState;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * GNU {@code grep} with basic (default), extended ({@code -E}) or fixed ({@code -F}) patterns and
 * {@code -i -v -c -n -q -w -h}. Status 0 when a line was selected, 1 when none, 2 on an error.
 */
final class Grep extends Tool {
    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        Options opts = Options.parse("grep", args, "ivcnqwEFhrRlL", "e");
        if (opts.error() != null) {
            out.stderr(opts.error().replaceFirst(
                    "\nTry", "\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry"));
            return 2;
        }
        List<String> operands = opts.operands();
        String expression;
        if (opts.has('e')) {
            expression = opts.value('e');
        } else if (!operands.isEmpty()) {
            expression = operands.get(0);
            operands = operands.subList(1, operands.size());
        } else {
            out.stderr("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n");
            return 2;
        }
        Pattern pattern;
        try {
            String regex = opts.has('F') ? Pattern.quote(expression)
                    : GrepPattern.toJava(expression, opts.has('E'));
            if (opts.has('w')) {
                regex = "(?<![\\w])(?:" + regex + ")(?![\\w])"; // a whole word: no word character either side
            }
            pattern = Pattern.compile(regex, opts.has('i') ? Pattern.CASE_INSENSITIVE : 0);
        } catch (GrepPattern.Invalid e) {
            out.errLine("grep: " + e.getMessage());
            return 2;
        } catch (PatternSyntaxException e) {
            out.errLine("grep: Invalid regular expression");
            return 2;
        }
        boolean recursive = opts.has('r') || opts.has('R');
        List<String> files = recursive ? expand(operands, state) : inputs(operands);
        boolean prefix = (files.size() > 1 || (recursive && !(operands.size() == 1
                && PathWalk.walk(state, operands.get(0)).node() instanceof Node.File))) && !opts.has('h');
        boolean listNames = opts.has('l') || opts.has('L');
        boolean selectedAny = false;
        boolean error = false;
        StringBuilder sb = new StringBuilder();
        for (String file : files) {
            String name = file.equals("-") ? "(standard input)" : file;
            String text;
            if (!file.equals("-") && PathWalk.walk(state, file).node() instanceof Node.Dir) {
                out.errLine("grep: " + file + ": " + PathWalk.IS_A_DIRECTORY);
                error = true;
                if (opts.has('c')) {
                    sb.append(prefix ? name + ":" : "").append("0\n");
                }
                continue;
            }
            text = readFile("grep", file, stdin, out, state);
            if (text == null) {
                error = true;
                continue;
            }
            int count = 0;
            List<String> lines = lines(text);
            for (int i = 0; i < lines.size(); i++) {
                if (pattern.matcher(lines.get(i)).find() == opts.has('v')) {
                    continue;
                }
                count++;
                if (listNames) {
                    break;
                }
                if (!opts.has('c') && !opts.has('q')) {
                    sb.append(prefix ? name + ":" : "").append(opts.has('n') ? (i + 1) + ":" : "")
                            .append(lines.get(i)).append('\n');
                }
            }
            if (listNames && !opts.has('q')) {
                if ((count > 0) == opts.has('l')) {
                    sb.append(name).append('\n');
                }
            } else if (opts.has('c') && !opts.has('q')) {
                sb.append(prefix ? name + ":" : "").append(count).append('\n');
            }
            selectedAny |= count > 0;
            if (selectedAny && opts.has('q')) {
                return 0;
            }
        }
        out.stdout(sb.toString());
        return error ? 2 : selectedAny ? 0 : 1;
    }

    /**
     * grep -r's files: each operand, and every file under an operand that is a directory, in
     * name order; with no operand the working directory, its files named without {@code ./}.
     */
    private static List<String> expand(List<String> operands, ShellState state) {
        List<String> files = new java.util.ArrayList<>();
        if (operands.isEmpty()) {
            if (state.fs().lookup(state.cwd()).orElse(null) instanceof Node.Dir dir) {
                walk(dir, "", files);
            }
            return files;
        }
        for (String operand : operands) {
            if (PathWalk.walk(state, operand).node() instanceof Node.Dir dir) {
                walk(dir, operand.endsWith("/") ? operand : operand + "/", files);
            } else {
                files.add(operand);
            }
        }
        return files;
    }

    private static void walk(Node.Dir dir, String prefix, List<String> files) {
        dir.children().forEach((name, node) -> {
            if (node instanceof Node.Dir sub) {
                walk(sub, prefix + name + "/", files);
            } else if (node instanceof Node.File) {
                files.add(prefix + name);
            }
        });
    }
}
