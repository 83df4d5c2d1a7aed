package io.github.berth.sandbox;

import io.github.berth.shell.Output;

/** Passes output on and keeps a copy of each stream. */
final class RecordingOutput implements Output {
    private final Output target;
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err = new StringBuilder();

    RecordingOutput(Output target) {
        this.target = target;
    }

    @Override
    public void stdout(String text) {
        out.append(text);
        target.stdout(text);
    }

    @Override
    public void stderr(String text) {
        err.append(text);
        target.stderr(text);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
