package io.github.berth.shell;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code kill [-s SIG | -n N | -SIG] PID… } and {@code kill -l [SIG]}: the only process a shell
 * line can signal in berth is the shell itself ({@code $$}); background jobs have ended before
 * the prompt returns. A signal sent to the shell is delivered when {@code kill} returns, as bash
 * does: its trap runs, an ignored one ({@code trap '' SIG}) does nothing, and an untrapped one
 * ends a non-interactive shell with status 128+n (after its EXIT trap). The learner's own prompt
 * survives every signal (an interactive bash ignores TERM, INT and QUIT; berth ignores them all).
 */
final class KillBuiltin {
    /** The pid of every berth shell, as {@code $$} shows it. */
    static final String SHELL_PID = "4242";
    private static final String USAGE = "kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]";
    /** Signals whose default action is to do nothing (CHLD, CONT, URG, WINCH), and QUIT, which bash ignores. */
    private static final Set<String> HARMLESS = Set.of("CHLD", "CONT", "URG", "WINCH", "QUIT", "STOP", "TSTP", "TTIN", "TTOU");
    /** strsignal(3)'s words, which bash prints when a command it waited for was killed by the signal. */
    static final Map<String, String> DESCRIPTIONS = Map.ofEntries(Map.entry("HUP", "Hangup"),
            Map.entry("INT", "Interrupt"), Map.entry("QUIT", "Quit"), Map.entry("ILL", "Illegal instruction"),
            Map.entry("TRAP", "Trace/breakpoint trap"), Map.entry("ABRT", "Aborted"), Map.entry("BUS", "Bus error"),
            Map.entry("FPE", "Floating point exception"), Map.entry("KILL", "Killed"),
            Map.entry("USR1", "User defined signal 1"), Map.entry("SEGV", "Segmentation fault"),
            Map.entry("USR2", "User defined signal 2"), Map.entry("PIPE", "Broken pipe"),
            Map.entry("ALRM", "Alarm clock"), Map.entry("TERM", "Terminated"), Map.entry("STKFLT", "Stack fault"),
            Map.entry("XCPU", "CPU time limit exceeded"), Map.entry("XFSZ", "File size limit exceeded"),
            Map.entry("VTALRM", "Virtual timer expired"), Map.entry("PROF", "Profiling timer expired"),
            Map.entry("IO", "I/O possible"), Map.entry("PWR", "Power failure"), Map.entry("SYS", "Bad system call"));

    private KillBuiltin() {}

    static int run(Shell shell, List<String> args, Shell.Ctx ctx) {
        Output out = ctx.out();
        String sh = shell.name;
        if (args.size() == 1) {
            out.errLine(USAGE);
            return 2;
        }
        String signal = "TERM";
        int i = 1;
        String first = args.get(1);
        if (first.equals("-l") || first.equals("-L")) {
            return list(sh, args.subList(2, args.size()), out);
        }
        if (first.equals("-s") || first.equals("-n")) {
            if (args.size() < 3) {
                out.errLine(sh + ": kill: " + first + ": option requires an argument");
                out.errLine(USAGE);
                return 2;
            }
            signal = signalName(args.get(2));
            if (signal == null) {
                out.errLine(sh + ": kill: " + args.get(2) + ": invalid signal specification");
                return 1;
            }
            i = 3;
        } else if (first.startsWith("-") && first.length() > 1 && !first.equals("--")) {
            signal = signalName(first.substring(1));
            if (signal == null) {
                out.errLine(sh + ": kill: " + first.substring(1) + ": invalid signal specification");
                return 1;
            }
            i = 2;
        } else if (first.equals("--")) {
            i = 2;
        }
        if (i >= args.size()) {
            out.errLine(USAGE);
            return 2;
        }
        int status = 0;
        boolean toSelf = false;
        for (String pid : args.subList(i, args.size())) {
            if (pid.equals(SHELL_PID)) {
                toSelf = true;
            } else if (pid.startsWith("%")) {
                out.errLine(sh + ": kill: " + pid + ": no such job");
                status = 1;
            } else if (pid.matches("-?[0-9]+")) {
                out.errLine(sh + ": kill: (" + pid + ") - No such process");
                status = 1;
            } else {
                out.errLine(sh + ": kill: " + pid + ": arguments must be process or job IDs");
                status = 1;
            }
        }
        if (toSelf && !signal.equals("EXIT")) {
            shell.traps.deliver(ctx, signal, status);
        }
        return status;
    }

    /** A signal by number or name (with or without SIG, any case); EXIT for 0; null when there is none. */
    private static String signalName(String spec) {
        String name = Traps.name(spec);
        return name == null || name.equals("DEBUG") || name.equals("ERR") || name.equals("RETURN") ? null : name;
    }

    private static int list(String sh, List<String> specs, Output out) {
        if (specs.isEmpty()) {
            out.stdout(Traps.LISTING);
            return 0;
        }
        int status = 0;
        for (String spec : specs) {
            if (spec.matches("[0-9]+")) {
                int n = Integer.parseInt(spec.length() > 3 ? "999" : spec);
                String name = n > 128 ? Traps.name(Integer.toString(n - 128)) : Traps.name(spec);
                if (name == null || name.equals("EXIT") && n != 0) {
                    out.errLine(sh + ": kill: " + spec + ": invalid signal specification");
                    status = 1;
                } else {
                    out.outLine(name);
                }
            } else {
                String name = signalName(spec);
                if (name == null || name.equals("EXIT")) {
                    out.errLine(sh + ": kill: " + spec + ": invalid signal specification");
                    status = 1;
                } else {
                    out.outLine(Integer.toString(Traps.number(name)));
                }
            }
        }
        return status;
    }

    /** Whether an untrapped signal leaves the shell running. */
    static boolean harmless(String signal) {
        return HARMLESS.contains(signal);
    }
}
