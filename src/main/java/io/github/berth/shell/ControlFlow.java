package io.github.berth.shell;

import java.util.List;

/** The loops and {@code case} of the shell: {@code for}, {@code for ((…))}, {@code while}, {@code until}. */
final class ControlFlow {
    private final Shell shell;

    ControlFlow(Shell shell) {
        this.shell = shell;
    }

    /** What {@link #body} answers when {@code break} ends the loop (a status is 0 to 255). */
    private static final int BREAK = -1;

    /**
     * Runs a loop's body once: its status, 0 after {@code continue}, or {@link #BREAK}; a
     * {@code break N} or {@code continue N} for outer loops goes on to them, one level fewer.
     */
    private int body(Ast body, Shell.Ctx ctx) {
        try {
            return shell.exec(body, ctx);
        } catch (Signal.Loop l) {
            if (l.levels > 1) {
                throw new Signal.Loop(l.levels - 1, l.next);
            }
            return l.next ? 0 : BREAK;
        }
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
                status = body(f.body(), ctx);
                if (status == BREAK) {
                    status = 0;
                    break;
                }
            }
        } finally {
            shell.loopDepth--;
        }
        return status;
    }

    /**
     * {@code select}: lists the words on standard error, one a line ({@code 1) a}), asks with
     * {@code $PS3} ({@code #? }) and reads a line: {@code REPLY} is the line and the name the word
     * it numbers (empty if none); an empty line lists the words again, the end of input ends it.
     */
    int select(Ast.Select s, Shell.Ctx ctx) {
        if (!Shell.isName(s.name())) {
            ctx.out().errLine(shell.name + ": `" + s.name() + "': not a valid identifier");
            return 1;
        }
        List<String> items = s.words() == null ? List.copyOf(ctx.st().positional()) : shell.expander(ctx).fields(s.words());
        if (items.isEmpty()) {
            return 0;
        }
        int width = Integer.toString(items.size()).length();
        int status = 0;
        boolean menu = true;
        shell.loopDepth++;
        try {
            while (true) {
                round(ctx);
                if (menu) {
                    for (int i = 0; i < items.size(); i++) {
                        String n = Integer.toString(i + 1);
                        ctx.out().errLine(" ".repeat(width - n.length()) + n + ") " + items.get(i));
                    }
                }
                String ps3 = ctx.st().var("PS3");
                ctx.out().stderr(ps3 == null ? "#? " : ps3);
                boolean[] complete = {false};
                String line = ctx.in().readLine(complete);
                if (line == null) {
                    ctx.out().stdout("\n"); // bash ends the prompt's line on standard output
                    return 1;
                }
                menu = line.isEmpty();
                if (menu) {
                    continue;
                }
                ctx.st().setVar("REPLY", line);
                Long n = Builtins.number(line);
                ctx.st().setVar(s.name(), n != null && n >= 1 && n <= items.size() ? items.get((int) (n - 1)) : "");
                status = body(s.body(), ctx);
                if (status == BREAK) {
                    status = 0;
                    break;
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
                status = body(f.body(), ctx);
                if (status == BREAK) {
                    status = 0;
                    break;
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
