package io.github.berth.cli;

import io.github.berth.shell.Output;

/** Outputs that go nowhere, for {@code --quiet} and detached containers. */
final class Sink {
    static final Output DISCARD = new Output() {
        @Override
        public void stdout(String text) {}

        @Override
        public void stderr(String text) {}
    };

    private Sink() {}
}
