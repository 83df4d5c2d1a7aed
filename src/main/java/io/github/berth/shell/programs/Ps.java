package io.github.berth.shell.programs;

import io.github.berth.shell.Output;
import io.github.berth.shell.ShellState;
import java.util.List;

/**
 * {@code ps}: the processes of the learner's terminal. In the sandbox these are the shell and ps
 * itself; procps's format on the host, busybox's ({@code PID USER TIME COMMAND}) in an image
 * built on busybox, where the shell is the container's process 1.
 */
final class Ps extends Tool {
    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        String user = Users.shownUser(state, state.uid());
        if (Flavor.busybox(state)) {
            out.stdout("PID   USER     TIME  COMMAND\n"
                    + String.format("%5d %-8s %5s %s%n", 1, user, "0:00", "sh")
                    + String.format("%5d %-8s %5s %s%n", 7, user, "0:00", "ps " + String.join(" ", args.subList(1, args.size())).strip()).replaceAll(" +\n", "\n"));
            return 0;
        }
        boolean all = args.size() > 1 && (args.get(1).contains("e") || args.get(1).contains("a") || args.get(1).contains("x"));
        if (args.size() > 1 && args.get(1).equals("aux")) {
            out.stdout("USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n"
                    + String.format("%-8s %6d  0.0  0.1   8892  5504 pts/0    Ss   09:00   0:00 -bash%n", user, 1412)
                    + String.format("%-8s %6d  0.0  0.0  10884  4352 pts/0    R+   09:00   0:00 ps aux%n", user, 1530));
            return 0;
        }
        if (all && args.get(1).startsWith("-")) {
            out.stdout("UID          PID    PPID  C STIME TTY          TIME CMD\n"
                    + String.format("%-8s %7d %7d  0 09:00 pts/0    00:00:00 -bash%n", user, 1412, 1411)
                    + String.format("%-8s %7d %7d  0 09:00 pts/0    00:00:00 ps %s%n", user, 1530, 1412,
                    String.join(" ", args.subList(1, args.size()))));
            return 0;
        }
        out.stdout("    PID TTY          TIME CMD\n"
                + "   1412 pts/0    00:00:00 bash\n"
                + "   1530 pts/0    00:00:00 ps\n");
        return 0;
    }
}
