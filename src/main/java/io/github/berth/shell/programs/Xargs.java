package io.github.berth.shell.programs;

import io.github.berth.shell.Output;
import io.github.berth.shell.Program;
import io.github.berth.shell.ShellState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * GNU {@code xargs [-0] [-r] [-n MAX] [-I REPLACE] [COMMAND [ARG]...]}: builds command lines from
 * standard input (blank-separated words with quotes and backslashes, or NUL-separated with -0, or
 * one line each with -I) and runs them; {@code echo} when no command is given. Exit status as
 * findutils: 123 when a command failed, 124 for 255, 127 for a command not found.
 */
final class Xargs extends Tool {
    private final Exec exec;

    Xargs(Exec exec) {
        this.exec = exec;
    }

    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        boolean nul = false;
        boolean noEmpty = false;
        int max = 0;
        String replace = null;
        int i = 1;
        for (; i < args.size() && args.get(i).startsWith("-") && !args.get(i).equals("-"); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                i++;
                break;
            }
            for (int j = 1; j < arg.length(); j++) {
                char c = arg.charAt(j);
                if (c == '0') {
                    nul = true;
                } else if (c == 'r') {
                    noEmpty = true;
                } else if (c == 't' || c == 'x') {
                    continue;
                } else if (c == 'n' || c == 'I' || c == 'L') {
                    String value = arg.substring(j + 1);
                    if (value.isEmpty()) {
                        if (i + 1 >= args.size()) {
                            out.stderr(usage("xargs", "option requires an argument -- '" + c + "'"));
                            return 1;
                        }
                        value = args.get(++i);
                    }
                    if (c == 'I') {
                        if (max > 0) {
                            out.errLine("xargs: warning: options --max-args and --replace/-I/-i are mutually"
                                    + " exclusive, ignoring previous --max-args value");
                            max = 0;
                        }
                        replace = value;
                    } else {
                        try {
                            max = Integer.parseInt(value);
                        } catch (NumberFormatException e) {
                            max = -1;
                        }
                        if (max < 1) {
                            out.stderr(usage("xargs", "invalid number \"" + value + "\" for -" + c + " option"));
                            return 1;
                        }
                    }
                    break;
                } else {
                    out.stderr(usage("xargs", "invalid option -- '" + c + "'"));
                    return 1;
                }
            }
        }
        List<String> command = new ArrayList<>(args.subList(i, args.size()));
        if (command.isEmpty()) {
            command.add("echo");
        }
        List<String> items;
        if (nul) {
            items = new ArrayList<>(List.of(stdin.split("\0")));
            if (stdin.isEmpty()) {
                items.clear();
            }
        } else if (replace != null) {
            items = new ArrayList<>();
            for (String line : lines(stdin)) {
                if (!line.isBlank()) {
                    items.add(line.stripLeading());
                }
            }
        } else {
            items = words(stdin, out);
            if (items == null) {
                return 1;
            }
        }
        List<List<String>> runs = new ArrayList<>();
        if (replace != null) {
            for (String item : items) {
                List<String> argv = new ArrayList<>();
                for (String word : command) {
                    argv.add(word.replace(replace, item));
                }
                runs.add(argv);
            }
        } else if (items.isEmpty()) {
            if (!noEmpty) {
                runs.add(command);
            }
        } else {
            int per = max > 0 ? max : Integer.MAX_VALUE;
            for (int from = 0; from < items.size(); from += per) {
                List<String> argv = new ArrayList<>(command);
                argv.addAll(items.subList(from, Math.min(items.size(), from + per)));
                runs.add(argv);
            }
        }
        int status = 0;
        for (List<String> argv : runs) {
            Optional<Program> program = exec.program(state, argv.get(0));
            if (program.isEmpty()) {
                out.errLine("xargs: " + argv.get(0) + ": No such file or directory");
                return 127;
            }
            int exit = program.get().run(argv, "", out, state);
            if (exit == 255) {
                out.errLine("xargs: " + argv.get(0) + ": exited with status 255; aborting");
                return 124;
            }
            if (exit != 0) {
                status = 123;
            }
        }
        return status;
    }

    /** xargs's default input: blank-separated words, with '…', "…" and backslash quoting. */
    private static List<String> words(String text, Output out) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                int end = text.indexOf(c, i + 1);
                int nl = text.indexOf('\n', i + 1);
                if (end < 0 || (nl >= 0 && nl < end)) {
                    out.errLine("xargs: unmatched " + (c == '\'' ? "single" : "double")
                            + " quote; by default quotes are special to xargs unless you use the -0 option");
                    return null;
                }
                word.append(text, i + 1, end);
                inWord = true;
                i = end;
            } else if (c == '\\' && i + 1 < text.length()) {
                word.append(text.charAt(++i));
                inWord = true;
            } else if (c == ' ' || c == '\t' || c == '\n') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
