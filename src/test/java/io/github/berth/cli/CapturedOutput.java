package io.github.berth.cli;

import io.github.berth.shell.Output;

/** An {@link Output} that keeps standard output and standard error apart, for assertions. */
public final class CapturedOutput implements Output {
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err = new StringBuilder();

    @Override
    public void stdout(String text) {
        out.append(text);
    }

    @Override
    public void stderr(String text) {
        err.append(text);
    }

    public String out() {
        return out.toString();
    }

    public String err() {
        return err.toString();
    }
}
