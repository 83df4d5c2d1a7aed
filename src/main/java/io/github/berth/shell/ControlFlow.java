package io.github.berth.shell;

import java.util.List;

/** The loops and {@code case} of the shell: {@code for}, {@code for ((…))}, {@code while}, {@code until}. */
final class ControlFlow {
    private final Shell shell;

    ControlFlow(Shell shell) {
        this.shell = shell;
    }

    private void round(Shell.Ctx ctx) {
        if (++shell.rounds > Shell.LOOP_LIMIT) {
            ctx.out().errLine("berth: stopped after " + Shell.LOOP_LIMIT
                    + " rounds of loops: the sandbox shell has no Ctrl-C");
            throw new Signal.Abandon(130);
        }
    }

    int forLoop(Ast.For f, Shell.Ctx ctx) {
        if (!Shell.isName(f.name())) {
            ctx.out().errLine(shell.name + ": `" + f.name() + "': not a valid identifier");
            return 1;
        }
        List<String> items = f.words() == null ? List.copyOf(ctx.st().positional()) : shell.expander(ctx).fields(f.words());
        int status = 0;
        shell.loopDepth++;
        try {
            for (String item : items) {
                round(ctx);
                ctx.st().setVar(f.name(), item);
                try {
                    status = shell.exec(f.body(), ctx);
                } catch (Signal.Loop l) {
                    status = 0;
                    if (l.levels > 1) {
                        throw new Signal.Loop(l.levels - 1, l.next);
                    }
                    if (!l.next) {
                        break;
                    }
                }
            }
        } finally {
            shell.loopDepth--;
        }
        return status;
    }

    int loop(Ast.Loop l, Shell.Ctx ctx) {
        int status = 0;
        shell.loopDepth++;
        try {
            while (true) {
                round(ctx);
                try {
                    int test = shell.exec(l.condition(), ctx.tested());
                    if (l.until() == (test == 0)) {
                        break;
                    }
                    status = shell.exec(l.body(), ctx);
                } catch (Signal.Loop signal) {
                    status = 0;
                    if (signal.levels > 1) {
                        throw new Signal.Loop(signal.levels - 1, signal.next);
                    }
                    if (!signal.next) {
                        break;
                    }
                }
            }
        } finally {
            shell.loopDepth--;
        }
        return status;
    }

    int arithFor(Ast.ArithFor f, Shell.Ctx ctx) {
        Expander ex = shell.expander(ctx);
        int status = 0;
        shell.loopDepth++;
        try {
            arith(f.init(), ex, ctx);
            while (true) {
                round(ctx);
                if (!ex.string(f.test()).isBlank() && arith(f.test(), ex, ctx) == 0) {
                    break;
                }
                try {
                    status = shell.exec(f.body(), ctx);
                } catch (Signal.Loop signal) {
                    status = 0;
                    if (signal.levels > 1) {
                        throw new Signal.Loop(signal.levels - 1, signal.next);
                    }
                    if (!signal.next) {
                        break;
                    }
                }
                arith(f.step(), ex, ctx);
            }
        } finally {
            shell.loopDepth--;
        }
        return status;
    }

    /** An arithmetic expression of a command: an error is reported as bash words it for {@code ((}, and ends the line. */
    private long arith(Word expr, Expander ex, Shell.Ctx ctx) {
        try {
            return Arith.eval(ex.string(expr), ctx.st());
        } catch (Arith.Error e) {
            ctx.out().errLine(shell.name + ": ((: " + e.getMessage());
            throw new Signal.Abandon(1);
        }
    }

    int caseCommand(Ast.Case c, Shell.Ctx ctx) {
        Expander ex = shell.expander(ctx);
        String subject = ex.string(c.subject());
        int status = 0;
        boolean fallThrough = false;
        for (Ast.CaseItem item : c.items()) {
            boolean match = fallThrough;
            for (int i = 0; !match && i < item.patterns().size(); i++) {
                match = Glob.matches(ex.pattern(item.patterns().get(i)), subject);
            }
            if (!match) {
                continue;
            }
            status = item.body() == null ? 0 : shell.exec(item.body(), ctx);
            if (item.terminator().equals(";;")) {
                return status;
            }
            fallThrough = item.terminator().equals(";&");
        }
        return status;
    }
}
