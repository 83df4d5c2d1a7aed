package io.github.berth.shell;

import java.util.List;

/**
 * An executable that exists in an image but that berth does not simulate (a busybox applet, redis-cli,
 * psql, …): rather than end silently as if it had worked, it says so on standard error, names itself,
 * and ends with status 1, so that neither the learner nor a script mistakes it for the real program.
 */
public final class Unsimulated implements Program {
    public static final Unsimulated PROGRAM = new Unsimulated();

    private Unsimulated() {}

    @Override
    public int run(List<String> argv, Output out, ShellState state) {
        out.errLine("berth: " + argv.get(0) + " is in this image, but berth's sandbox does not simulate it yet: "
                + "nothing was run");
        return 1;
    }
}
