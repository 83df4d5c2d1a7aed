package io.github.berth.shell.programs;

import io.github.berth.shell.Output;
import io.github.berth.shell.ShellState;
import java.util.ArrayList;
import java.util.List;

/**
 * GNU {@code basename} and {@code dirname}: pure string operations on their operands, as
 * coreutils' base_name and dir_name do them ({@code basename -a}/{@code -s SUFFIX} for several).
 */
final class Names extends Tool {
    private final boolean base;

    Names(boolean base) {
        this.base = base;
    }

    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        String program = base ? "basename" : "dirname";
        Options opts = Options.parse(program, args, base ? "az" : "z", base ? "s" : "");
        if (opts.error() != null) {
            out.stderr(opts.error());
            return 1;
        }
        List<String> operands = opts.operands();
        if (operands.isEmpty()) {
            out.stderr(Tool.usage(program, "missing operand"));
            return 1;
        }
        String end = opts.has('z') ? "\0" : "\n";
        if (!base) {
            operands.forEach(o -> out.stdout(dirname(o) + end));
            return 0;
        }
        List<String> names = new ArrayList<>();
        String suffix = opts.value('s');
        if (opts.has('a') || suffix != null) {
            names.addAll(operands);
        } else if (operands.size() > 2) {
            out.stderr(Tool.usage(program, "extra operand " + Quote.always(operands.get(2))));
            return 1;
        } else {
            names.add(operands.get(0));
            suffix = operands.size() == 2 ? operands.get(1) : null;
        }
        for (String name : names) {
            out.stdout(basename(name, suffix) + end);
        }
        return 0;
    }

    static String basename(String name, String suffix) {
        String trimmed = name.replaceAll("/+$", "");
        if (trimmed.isEmpty()) {
            return name.isEmpty() ? "" : "/";
        }
        String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        if (suffix != null && !suffix.isEmpty() && last.endsWith(suffix) && !last.equals(suffix)) {
            last = last.substring(0, last.length() - suffix.length());
        }
        return last;
    }

    static String dirname(String name) {
        String trimmed = name.replaceAll("/+$", "");
        if (trimmed.isEmpty()) {
            return name.startsWith("/") ? "/" : ".";
        }
        int slash = trimmed.lastIndexOf('/');
        if (slash < 0) {
            return ".";
        }
        String dir = trimmed.substring(0, slash).replaceAll("/+$", "");
        return dir.isEmpty() ? "/" : dir;
    }
}
