package io.github.berth.shell;

import java.util.function.Consumer;

/** Where a running program writes: its standard output and standard error, in the order written. */
public interface Output {
    /** Output that goes nowhere (a detached container, {@code --quiet}). */
    Output DISCARD = of(text -> { }, text -> { });

    /** Output whose streams go to the two consumers. */
    static Output of(Consumer<String> stdout, Consumer<String> stderr) {
        return new Output() {
            @Override
            public void stdout(String text) {
                stdout.accept(text);
            }

            @Override
            public void stderr(String text) {
                stderr.accept(text);
            }
        };
    }

    void stdout(String text);

    /** The file standard output is redirected to ({@code > file}), or null. */
    default String stdoutFile() {
        return null;
    }

    void stderr(String text);

    /**
     * Whether standard output is a pipe to the next command of a pipeline (docker save and export
     * write their archive there, as bytes carried one per char, ISO-8859-1).
     */
    default boolean toPipe() {
        return false;
    }

    default void outLine(String line) {
        stdout(line + "\n");
    }

    default void errLine(String line) {
        stderr(line + "\n");
    }
}
