package io.github.berth.shell;

/** Where a running program writes: its standard output and standard error, in the order written. */
public interface Output {
    void stdout(String text);

    void stderr(String text);

    default void outLine(String line) {
        stdout(line + "\n");
    }

    default void errLine(String line) {
        stderr(line + "\n");
    }
}
