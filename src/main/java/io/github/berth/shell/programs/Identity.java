package io.github.berth.shell.programs;

import io.github.berth.fs.Node;
import io.github.berth.shell.Output;
import io.github.berth.shell.PathWalk;
import io.github.berth.shell.Program;
import io.github.berth.shell.ShellState;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Who and where: {@code hostname}, {@code whoami}, {@code id} and {@code uname}. */
final class Identity {
    /** The kernel every container shares with the host (Ubuntu 24.04's at the reference date). */
    static final String KERNEL_RELEASE = "6.8.0-51-generic";
    static final String KERNEL_VERSION = "#52-Ubuntu SMP PREEMPT_DYNAMIC Thu Dec  5 13:09:44 UTC 2024";
    /** The host's name, as the learner's prompt shows it. */
    static final String HOST = "berth";

    private Identity() {}

    /** The node name: {@code /etc/hostname} (Docker writes the container's there), else $HOSTNAME, else berth. */
    static String hostname(ShellState state) {
        if (state.fs().lookup("/etc/hostname").orElse(null) instanceof Node.File f) {
            String name = PathWalk.text(f).strip();
            if (!name.isEmpty()) {
                return name;
            }
        }
        String var = state.var("HOSTNAME");
        return var == null || var.isEmpty() ? HOST : var;
    }

    /** {@code hostname} (net-tools' on the host; busybox's in alpine): prints the name. */
    static final class Hostname extends Tool {
        @Override
        public int run(List<String> args, String stdin, Output out, ShellState state) {
            for (String arg : args.subList(1, args.size())) {
                if (arg.equals("-s") || arg.equals("--short")) {
                    continue;
                }
                if (arg.startsWith("-")) {
                    out.errLine("hostname: invalid option -- '" + arg.charAt(arg.length() > 1 ? 1 : 0) + "'");
                    return Flavor.busybox(state) ? 1 : 255;
                }
                // setting the name needs CAP_SYS_ADMIN (net-tools hostname.c's message)
                out.errLine("hostname: you must be root to change the host name");
                return 1;
            }
            out.outLine(hostname(state));
            return 0;
        }
    }

    /** {@code whoami}: the effective user's name. */
    static final class Whoami extends Tool {
        @Override
        public int run(List<String> args, String stdin, Output out, ShellState state) {
            Options opts = Options.parse("whoami", args, "", "");
            if (opts.error() != null) {
                out.stderr(opts.error());
                return 1;
            }
            if (!opts.operands().isEmpty()) {
                out.stderr(usage("whoami", "extra operand " + Quote.always(opts.operands().get(0))));
                return 1;
            }
            String name = Users.userName(state, state.uid());
            if (name == null) {
                out.errLine("whoami: cannot find name for user ID " + state.uid());
                return 1;
            }
            out.outLine(name);
            return 0;
        }
    }

    /** {@code id [-u|-g|-G] [-n] [USER]}: ids with names, as coreutils prints them. */
    static final class Id extends Tool {
        @Override
        public int run(List<String> args, String stdin, Output out, ShellState state) {
            Options opts = Options.parse("id", args, "ugGnr", "");
            if (opts.error() != null) {
                out.stderr(opts.error());
                return 1;
            }
            int uid = state.uid();
            if (!opts.operands().isEmpty()) {
                if (opts.operands().size() > 1) {
                    out.stderr(usage("id", "extra operand " + Quote.always(opts.operands().get(1))));
                    return 1;
                }
                uid = Users.uidOf(state, opts.operands().get(0));
                if (uid < 0) {
                    out.errLine("id: " + Quote.always(opts.operands().get(0)) + ": no such user");
                    return 1;
                }
            }
            boolean self = opts.operands().isEmpty();
            int gid = self && state.gid() >= 0 ? state.gid() : Users.gid(state, uid);
            String user = Users.userName(state, uid);
            Set<Integer> groups = new LinkedHashSet<>();
            groups.add(gid);
            if (self && state.groups() != null) {
                groups.addAll(state.groups());
            } else if (user != null) {
                groups.addAll(Users.supplementary(state, user));
            }
            boolean names = opts.has('n');
            if (opts.has('u')) {
                out.outLine(names ? Users.shownUser(state, uid) : Integer.toString(uid));
            } else if (opts.has('g')) {
                out.outLine(names ? Users.shownGroup(state, gid) : Integer.toString(gid));
            } else if (opts.has('G')) {
                List<String> shown = new ArrayList<>();
                groups.forEach(g -> shown.add(names ? Users.shownGroup(state, g) : Integer.toString(g)));
                out.outLine(String.join(" ", shown));
            } else {
                List<String> shown = new ArrayList<>();
                groups.forEach(g -> shown.add(g + named(Users.groupName(state, g))));
                out.outLine("uid=" + uid + named(user) + " gid=" + gid + named(Users.groupName(state, gid))
                        + " groups=" + String.join(",", shown));
            }
            return 0;
        }

        private static String named(String name) {
            return name == null ? "" : "(" + name + ")";
        }
    }

    /**
     * {@code uname [-asnrvmpio]}: the kernel is the host's (a container has no kernel of its own);
     * the node name is the machine's or the container's. GNU leaves out unknown processor and
     * platform fields with -a; busybox (coreutils/uname.c) prints "Linux" as the system.
     */
    static final class Uname extends Tool {
        @Override
        public int run(List<String> args, String stdin, Output out, ShellState state) {
            Options opts = Options.parse("uname", args, "asnrvmpio", "");
            if (opts.error() != null) {
                out.stderr(opts.error());
                return 1;
            }
            if (!opts.operands().isEmpty()) {
                out.stderr(usage("uname", "extra operand " + Quote.always(opts.operands().get(0))));
                return 1;
            }
            boolean busybox = Flavor.busybox(state);
            boolean all = opts.has('a');
            List<String> fields = new ArrayList<>();
            if (all || opts.has('s') || opts.flags().isEmpty()) {
                fields.add("Linux");
            }
            if (all || opts.has('n')) {
                fields.add(hostname(state));
            }
            if (all || opts.has('r')) {
                fields.add(KERNEL_RELEASE);
            }
            if (all || opts.has('v')) {
                fields.add(KERNEL_VERSION);
            }
            if (all || opts.has('m')) {
                fields.add("x86_64");
            }
            if ((all && !busybox) || opts.has('p')) {
                fields.add(busybox ? "unknown" : "x86_64");
            }
            if ((all && !busybox) || opts.has('i')) {
                fields.add(busybox ? "unknown" : "x86_64");
            }
            if (all || opts.has('o')) {
                fields.add(busybox ? "Linux" : "GNU/Linux");
            }
            out.outLine(String.join(" ", fields));
            return 0;
        }
    }

    /** {@code clear}: the terminfo clear sequence of xterm (home, erase screen, erase scrollback). */
    static final Program CLEAR = (args, out, state) -> {
        out.stdout("\033[H\033[2J\033[3J");
        return 0;
    };
}
