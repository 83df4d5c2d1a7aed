package io.github.berth.shell;

import java.util.List;
import java.util.Map;

/**
 * Runs a simple command: its assignments (kept, or for the command alone), aliases, the
 * {@code set -x} trace, redirections (for good with a bare {@code exec}), then the command itself.
 */
final class SimpleCommand {
    private final Shell shell;

    SimpleCommand(Shell shell) {
        this.shell = shell;
    }

    int run(Ast.Simple s, Shell.Ctx ctx) {
        ShellState st = ctx.st();
        Expander ex = shell.expander(ctx);
        List<String> args = ex.fields(s.words());
        if (!args.isEmpty() && st.aliases().containsKey(args.get(0)) && !s.words().isEmpty()
                && s.words().get(0).plainText() != null && shell.dialect == Shell.Dialect.BASH && aliasDepth < 10) {
            return alias(s, ctx);
        }
        if (args.isEmpty()) {
            ex.substitutionStatus = -1;
            for (Ast.Assign a : s.assigns()) {
                assign(a, ex, ctx);
            }
            Redirections.Streams streams = Redirections.apply(shell, s.redirs(), ctx);
            if (streams == null) {
                return 1;
            }
            return ex.substitutionStatus >= 0 ? ex.substitutionStatus : 0;
        }
        Map<String, Var> saved = new java.util.LinkedHashMap<>();
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (Ast.Assign a : s.assigns()) {
            if (a.index() != null || a.array() != null) {
                assign(a, ex, ctx); // bash keeps these after the command
            } else {
                values.put(a.name(), assignValue(a, ex, st));
            }
        }
        trace(ctx, values, args);
        if (args.size() == 1 && args.get(0).equals("exec") && !s.redirs().isEmpty()) {
            return ExecBuiltin.redirectsShell(shell, s.redirs(), ctx) ? 0 : 1;
        }
        Redirections.Streams streams = Redirections.apply(shell, s.redirs(), ctx);
        if (streams == null) {
            return 1;
        }
        Shell.Ctx inner = ctx.with(streams.stdin(), streams.output());
        values.forEach((k, v) -> {
            Var old = st.variable(k);
            saved.putIfAbsent(k, old == null ? null : old.copy());
            try {
                st.setVar(k, v);
                st.export(k);
            } catch (Expander.Failure e) {
                ctx.out().errLine(shell.name + ": " + e.getMessage());
            }
        });
        try {
            return shell.command(args, inner, true);
        } finally {
            saved.forEach(st::restore);
        }
    }

    /** One assignment of an assignment-only command, traced as bash traces it. */
    private void assign(Ast.Assign a, Expander ex, Shell.Ctx ctx) {
        ShellState st = ctx.st();
        if (a.array() != null) {
            List<Assigner.Element> elements = CompoundValue.elements(ex, a.array());
            if (st.xtrace) {
                StringBuilder sb = new StringBuilder("+ " + a.name() + (a.append() ? "+=(" : "=("));
                for (int i = 0; i < a.array().size(); i++) {
                    sb.append(i > 0 ? " " : "").append(a.array().get(i).typed());
                }
                ctx.out().errLine(sb.append(')').toString());
            }
            Assigner.array(st, a.name(), elements, a.append());
        } else if (a.index() != null) {
            String index = ex.string(a.index());
            String value = ex.string(a.value());
            if (st.xtrace) {
                ctx.out().errLine("+ " + a.name() + "[" + index + "]" + (a.append() ? "+=" : "=") + Shell.quote(value));
            }
            Assigner.element(st, a.name(), index, value, a.append());
        } else {
            String value = ex.string(a.value());
            if (st.xtrace) {
                ctx.out().errLine("+ " + a.name() + (a.append() ? "+=" : "=") + Shell.quote(value));
            }
            Assigner.scalar(st, a.name(), value, a.append());
        }
    }

    private int aliasDepth;

    private int alias(Ast.Simple s, Shell.Ctx ctx) {
        List<Word> rest = s.words().subList(1, s.words().size());
        String text = ctx.st().aliases().get(s.words().get(0).plainText()) + " "
                + Printer.print(new Ast.Simple(s.assigns(), rest, s.redirs()));
        aliasDepth++;
        try {
            Shell.Outcome o = shell.script(text, ctx, true);
            if (o.exitRequested()) {
                throw new Signal.Exit(o.status());
            }
            return o.status();
        } finally {
            aliasDepth--;
        }
    }

    private static String assignValue(Ast.Assign a, Expander ex, ShellState st) {
        String value = ex.string(a.value());
        if (a.append()) {
            String old = st.var(a.name());
            value = (old == null ? "" : old) + value;
        }
        return value;
    }

    private void trace(Shell.Ctx ctx, Map<String, String> assigns, List<String> args) {
        if (!ctx.st().xtrace) {
            return;
        }
        assigns.forEach((k, v) -> ctx.out().errLine("+ " + k + "=" + Shell.quote(v)));
        if (!args.isEmpty()) {
            StringBuilder sb = new StringBuilder("+");
            args.forEach(a -> sb.append(' ').append(Shell.quote(a)));
            ctx.out().errLine(sb.toString());
        }
    }
}
