package io.github.berth.shell.programs;

import io.github.berth.shell.Program;

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

    /**
     * A program the sandbox adds to the table (the {@code docker} client), for {@code sudo},
     * {@code env} and {@code xargs} to run; null when there is none by that marker.
     */
    default Program program(String marker) {
        return null;
    }

    /** No terminal to take over: a root shell started this way ends at once. */
    Sessions NONE = login -> { };
}
