package io.github.berth.shell.programs;

/**
 * What {@code sudo -i}, {@code sudo su} and {@code su} need from whoever runs the learner's
 * terminal: to start a root shell that reads the next lines typed, until its {@code exit}. The
 * sandbox implements it; without one (inside a container) these commands only run commands.
 */
public interface Sessions {
    /**
     * Starts an interactive root shell after the current line.
     *
     * @param login a login shell ({@code sudo -i}, {@code su -}): starts in root's home
     */
    void rootShell(boolean login);

    /** No terminal to take over: a root shell started this way ends at once. */
    Sessions NONE = login -> { };
}
