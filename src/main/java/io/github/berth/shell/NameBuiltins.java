package io.github.berth.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The builtins about command names: {@code type}, {@code command}, {@code alias} and {@code unalias}. */
final class NameBuiltins {
    private final Shell shell;
    private final Builtins builtins;

    NameBuiltins(Shell shell, Builtins builtins) {
        this.shell = shell;
        this.builtins = builtins;
    }

    int alias(List<String> args, Output out, ShellState st) {
        if (args.size() == 1 || args.size() == 2 && args.get(1).equals("-p")) {
            st.aliases().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> out.outLine("alias " + e.getKey() + "=" + aliasQuote(e.getValue())));
            return 0;
        }
        int status = 0;
        for (String a : args.subList(1, args.size())) {
            int eq = a.indexOf('=');
            if (eq > 0) {
                st.aliases().put(a.substring(0, eq), a.substring(eq + 1));
            } else if (st.aliases().containsKey(a)) {
                out.outLine("alias " + a + "=" + aliasQuote(st.aliases().get(a)));
            } else {
                out.errLine(shell.name + ": alias: " + a + ": not found");
                status = 1;
            }
        }
        return status;
    }

    private static String aliasQuote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }

    int unalias(List<String> args, Output out, ShellState st) {
        if (args.size() == 1) {
            out.errLine("unalias: usage: unalias [-a] name [name ...]");
            return 2;
        }
        int status = 0;
        for (String a : args.subList(1, args.size())) {
            if (a.equals("-a")) {
                st.aliases().clear();
            } else if (st.aliases().remove(a) == null) {
                out.errLine(shell.name + ": unalias: " + a + ": not found");
                status = 1;
            }
        }
        return status;
    }

    int type(List<String> args, Output out, ShellState st) {
        boolean terse = false;
        int status = 0;
        for (String a : args.subList(1, args.size())) {
            if (a.equals("-t")) {
                terse = true;
                continue;
            }
            String kind = describe(a, st);
            if (kind == null) {
                if (shell.ashLike()) {
                    out.outLine(a + ": not found"); // busybox: on standard output, status 127
                    status = 127;
                } else if (!terse) {
                    out.errLine(shell.name + ": type: " + a + ": not found");
                    status = 1;
                } else {
                    status = 1;
                }
                continue;
            }
            if (terse) {
                out.outLine(kind.startsWith("/") || kind.startsWith(".") ? "file" : kind);
            } else if (kind.equals("alias")) {
                out.outLine(a + " is aliased to `" + st.aliases().get(a) + "'");
            } else if (kind.equals("keyword")) {
                out.outLine(a + " is a shell keyword");
            } else if (kind.equals("function")) {
                out.outLine(a + " is a function");
                out.stdout(Printer.function(st.functions().get(a)));
            } else if (kind.equals("builtin")) {
                out.outLine(a + " is a shell builtin");
            } else {
                out.outLine(a + " is " + kind);
            }
        }
        return status;
    }

    /** alias, keyword, function, builtin, a path, or null. */
    private String describe(String name, ShellState st) {
        if (st.aliases().containsKey(name)) {
            return "alias";
        }
        if (Builtins.KEYWORDS.contains(name)) {
            return "keyword";
        }
        if (st.functions().containsKey(name)) {
            return "function";
        }
        if (builtins.has(name)) {
            return "builtin";
        }
        return shell.pathOf(name, st).orElse(null);
    }

    int command(List<String> args, Shell.Ctx ctx) {
        int i = 1;
        boolean v = false;
        boolean bigV = false;
        while (i < args.size() && args.get(i).startsWith("-") && args.get(i).length() > 1) {
            String a = args.get(i++);
            if (a.equals("--")) {
                break;
            }
            v |= a.contains("v");
            bigV |= a.contains("V");
        }
        if (i >= args.size()) {
            return 0;
        }
        List<String> rest = args.subList(i, args.size());
        if (v || bigV) {
            int status = 0;
            for (String name : rest) {
                String kind = describe(name, ctx.st());
                if (kind == null) {
                    if (bigV) {
                        ctx.out().errLine(shell.name + ": command: " + name + ": not found");
                    }
                    status = 1;
                } else if (v) {
                    ctx.out().outLine(kind.equals("alias") ? "alias " + name + "=" + aliasQuote(ctx.st().aliases()
                            .get(name)) : kind.startsWith("/") || kind.startsWith(".") ? kind : name);
                } else {
                    type(List.of("type", name), ctx.out(), ctx.st());
                }
            }
            return status;
        }
        return shell.command(new ArrayList<>(rest), ctx, false);
    }
}
