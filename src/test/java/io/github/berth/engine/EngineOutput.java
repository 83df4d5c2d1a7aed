package io.github.berth.engine;

import io.github.berth.shell.Output;

/** Keeps what a container wrote to each stream. */
final class EngineOutput implements Output {
    final StringBuilder out = new StringBuilder();
    final StringBuilder err = new StringBuilder();

    @Override
    public void stdout(String text) {
        out.append(text);
    }

    @Override
    public void stderr(String text) {
        err.append(text);
    }
}
