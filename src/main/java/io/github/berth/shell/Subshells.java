package io.github.berth.shell;

/**
 * What runs in a subshell: {@code ( … )} and each stage of a pipeline, on a copy of the shell's
 * state, so that what they change stays inside; an {@code exit} there ends only the subshell, and
 * its EXIT trap runs when it ends.
 */
final class Subshells {
    private final Shell shell;

    Subshells(Shell shell) {
        this.shell = shell;
    }

    /** Runs {@code body} in a copy of the shell's state: {@code ( … )}, a pipeline's stage, a background job. */
    int run(Ast body, Shell.Ctx ctx) {
        ShellState sub = ctx.st().subshell();
        int savedLoops = shell.loopDepth;
        Shell.Ctx inner = new Shell.Ctx(sub, ctx.in(), new ShellOutput(ctx.out()), ctx.condition());
        int status;
        try {
            status = shell.exec(body, inner);
        } catch (Signal.Exit e) {
            status = e.status;
        } catch (Signal.Return | Signal.Loop e) {
            status = e.status;
        } catch (Expander.Failure e) {
            status = shell.failure(e, ctx);
        } finally {
            shell.loopDepth = savedLoops;
        }
        if (sub.extras.traps.containsKey("EXIT")) {
            sub.lastStatus(status);
            status = shell.traps.exit(inner, status);
        }
        return status;
    }

    /**
     * Runs the stages one after the other, each in a subshell (as bash does without lastpipe), the
     * whole standard output of one being the standard input of the next; the status is the last's.
     */
    /** A pipeline stage's output: standard output goes to the next stage. */
    private static Output piped(Output out) {
        return new Output() {
            @Override
            public void stdout(String text) {
                out.stdout(text);
            }

            @Override
            public void stderr(String text) {
                out.stderr(text);
            }

            @Override
            public boolean toPipe() {
                return true;
            }
        };
    }

    int pipeline(Ast.Pipeline p, Shell.Ctx ctx) {
        Shell.Ctx inner = p.bang() ? ctx.tested() : ctx;
        int status;
        if (p.stages().size() == 1) {
            status = shell.exec(p.stages().get(0), inner);
        } else {
            Input input = ctx.in();
            status = 0;
            for (int i = 0; i < p.stages().size(); i++) {
                boolean last = i == p.stages().size() - 1;
                StringBuilder pipe = new StringBuilder();
                Output stageOut;
                if (last) {
                    stageOut = ctx.out();
                } else if (p.stderrToo().get(i)) {
                    stageOut = piped(Output.of(pipe::append, pipe::append));
                } else {
                    stageOut = piped(Output.of(pipe::append, ctx.out()::stderr));
                }
                int stageStatus;
                try {
                    stageStatus = run(p.stages().get(i), new Shell.Ctx(ctx.st(), input, stageOut, true));
                } catch (Signal.Abandon e) {
                    stageStatus = e.status;
                }
                // set -o pipefail: the last stage that failed gives the status
                status = ctx.st().pipefail && stageStatus == 0 && i > 0 ? status : stageStatus;
                input = new Input(pipe.toString());
            }
            if (!p.bang()) {
                status = shell.checked(status, ctx);
            }
        }
        return p.bang() ? (status == 0 ? 1 : 0) : status;
    }
}
