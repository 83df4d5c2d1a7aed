package io.github.berth.shell;

/**
 * A shell's own standard output and error: what the caller gave it ({@code base}), or where
 * {@code exec >file} and its kin sent them for the rest of the shell ({@code redirected}, built on
 * {@code baseView} so that it follows the caller's output from one input to the next).
 */
final class ShellOutput implements Output {
    Output base;
    Output redirected;
    final Output baseView = Output.of(text -> base.stdout(text), text -> base.stderr(text));

    ShellOutput(Output base) {
        this.base = base;
    }

    /** The output the shell's streams go to now, for {@code exec} to redirect further. */
    Output current() {
        return redirected != null ? redirected : baseView;
    }

    @Override
    public void stdout(String text) {
        (redirected != null ? redirected : base).stdout(text);
    }

    @Override
    public void stderr(String text) {
        (redirected != null ? redirected : base).stderr(text);
    }

    @Override
    public boolean toPipe() {
        return (redirected != null ? redirected : base).toPipe();
    }
}
