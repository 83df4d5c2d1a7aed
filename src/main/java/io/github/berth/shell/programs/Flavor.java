package io.github.berth.shell.programs;

import io.github.berth.fs.Node;
import io.github.berth.shell.ShellState;

/**
 * Whether a program runs as a busybox applet: in a tree that has {@code /bin/busybox} (alpine,
 * busybox), tools word their messages and format their output as busybox does; elsewhere as GNU.
 */
final class Flavor {
    private Flavor() {}

    static boolean busybox(ShellState state) {
        return state.fs().lookup("/bin/busybox").orElse(null) instanceof Node.File;
    }
}
