package io.github.berth.shell;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code trap}: commands the shell runs on {@code EXIT} (when it ends: {@code exit}, the end of a
 * subshell or of {@code sh -c}), on {@code ERR} (a command fails where {@code set -e} would end the
 * shell, outside functions), and on signals, which arrive only when the shell sends them to itself
 * ({@code kill -USR1 $$}, see {@link KillBuiltin}). Messages and listings are bash 5.2's.
 */
final class Traps {
    /** Linux's signal names by number, as {@code trap -l} and {@code kill -l} list them. */
    private static final String[] SIGNALS = {"EXIT", "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE",
        "KILL", "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN",
        "TTOU", "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS"};
    private static final List<String> PSEUDO = List.of("DEBUG", "ERR", "RETURN");
    /** bash 5.2's {@code trap -l} on Linux. */
    static final String LISTING =
            " 1) SIGHUP\t 2) SIGINT\t 3) SIGQUIT\t 4) SIGILL\t 5) SIGTRAP\n" +
            " 6) SIGABRT\t 7) SIGBUS\t 8) SIGFPE\t 9) SIGKILL\t10) SIGUSR1\n" +
            "11) SIGSEGV\t12) SIGUSR2\t13) SIGPIPE\t14) SIGALRM\t15) SIGTERM\n" +
            "16) SIGSTKFLT\t17) SIGCHLD\t18) SIGCONT\t19) SIGSTOP\t20) SIGTSTP\n" +
            "21) SIGTTIN\t22) SIGTTOU\t23) SIGURG\t24) SIGXCPU\t25) SIGXFSZ\n" +
            "26) SIGVTALRM\t27) SIGPROF\t28) SIGWINCH\t29) SIGIO\t30) SIGPWR\n" +
            "31) SIGSYS\t34) SIGRTMIN\t35) SIGRTMIN+1\t36) SIGRTMIN+2\t37) SIGRTMIN+3\n" +
            "38) SIGRTMIN+4\t39) SIGRTMIN+5\t40) SIGRTMIN+6\t41) SIGRTMIN+7\t42) SIGRTMIN+8\n" +
            "43) SIGRTMIN+9\t44) SIGRTMIN+10\t45) SIGRTMIN+11\t46) SIGRTMIN+12\t47) SIGRTMIN+13\n" +
            "48) SIGRTMIN+14\t49) SIGRTMIN+15\t50) SIGRTMAX-14\t51) SIGRTMAX-13\t52) SIGRTMAX-12\n" +
            "53) SIGRTMAX-11\t54) SIGRTMAX-10\t55) SIGRTMAX-9\t56) SIGRTMAX-8\t57) SIGRTMAX-7\n" +
            "58) SIGRTMAX-6\t59) SIGRTMAX-5\t60) SIGRTMAX-4\t61) SIGRTMAX-3\t62) SIGRTMAX-2\n" +
            "63) SIGRTMAX-1\t64) SIGRTMAX\t\n";

    private final Shell shell;

    Traps(Shell shell) {
        this.shell = shell;
    }

    int run(List<String> args, Shell.Ctx ctx) {
        Map<String, String> traps = ctx.st().extras.traps;
        Output out = ctx.out();
        int i = 1;
        boolean print = false;
        for (; i < args.size() && args.get(i).startsWith("-") && args.get(i).length() > 1; i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                i++;
                break;
            }
            for (char c : a.substring(1).toCharArray()) {
                if (c == 'l') {
                    out.stdout(LISTING);
                    return 0;
                } else if (c == 'p') {
                    print = true;
                } else {
                    out.errLine(shell.name + ": trap: -" + c + ": invalid option");
                    out.errLine("trap: usage: trap [-lp] [[arg] signal_spec ...]");
                    return 2;
                }
            }
        }
        List<String> operands = args.subList(i, args.size());
        if (print || operands.isEmpty()) {
            int status = 0;
            if (operands.isEmpty()) {
                for (String name : ordered()) {
                    if (traps.containsKey(name)) {
                        out.outLine(listing(name, traps.get(name)));
                    }
                }
                return 0;
            }
            for (String spec : operands) {
                String name = name(spec);
                if (name == null) {
                    out.errLine(shell.name + ": trap: " + spec + ": invalid signal specification");
                    status = 1;
                } else if (traps.containsKey(name)) {
                    out.outLine(listing(name, traps.get(name)));
                }
            }
            return status;
        }
        String action = operands.get(0);
        List<String> specs = operands.subList(1, operands.size());
        if (specs.isEmpty() || action.equals("-") || isNumber(action) && name(action) != null && specs.isEmpty()) {
            specs = action.equals("-") ? specs : operands; // "trap INT" and "trap - INT" reset
            action = null;
        }
        int status = 0;
        for (String spec : specs) {
            String name = name(spec);
            if (name == null) {
                out.errLine(shell.name + ": trap: " + spec + ": invalid signal specification");
                status = 1;
            } else if (action == null) {
                traps.remove(name);
            } else {
                traps.put(name, action);
                if (name.equals("RETURN")) {
                    returnTrapsSet++;
                }
            }
        }
        return status;
    }

    /**
     * Runs the EXIT trap once (it is removed first, as bash does), with {@code $?} the shell's
     * status; returns the status the shell ends with, which an {@code exit} in the trap sets.
     */
    int exit(Shell.Ctx ctx, int status) {
        String action = ctx.st().extras.traps.remove("EXIT");
        if (action == null || action.isEmpty()) {
            return status;
        }
        ctx.st().lastStatus(status);
        try {
            Shell.Outcome o = shell.script(action, ctx, true);
            return o.exitRequested() ? o.status() : status;
        } catch (Signal e) {
            return e instanceof Signal.Exit ? e.status : status;
        }
    }

    private boolean inErrTrap;
    private boolean inDebugTrap;
    /** How many times a RETURN trap was set: a function that sets one runs it when it returns. */
    int returnTrapsSet;

    /** The DEBUG trap, before a simple command runs, with {@code $BASH_COMMAND} the command as typed. */
    void debug(Shell.Ctx ctx, Ast.Simple command) {
        String action = ctx.st().extras.traps.get("DEBUG");
        if (action == null || action.isEmpty() || inDebugTrap) {
            return;
        }
        inDebugTrap = true;
        int status = ctx.st().lastStatus();
        try {
            ctx.st().setVar("BASH_COMMAND", Printer.print(command));
            Shell.Outcome o = shell.script(action, ctx, true);
            if (o.exitRequested()) {
                throw new Signal.Exit(o.status());
            }
        } finally {
            inDebugTrap = false;
            ctx.st().lastStatus(status);
        }
    }

    /** The RETURN trap, after a function returned {@code status}, which {@code $?} keeps after it. */
    void returned(Shell.Ctx ctx, int status) {
        String action = ctx.st().extras.traps.get("RETURN");
        if (action == null || action.isEmpty()) {
            return;
        }
        ctx.st().lastStatus(status);
        Shell.Outcome o = shell.script(action, ctx, true);
        if (o.exitRequested()) {
            throw new Signal.Exit(o.status());
        }
        ctx.st().lastStatus(status);
    }

    /**
     * A signal the shell sent itself ({@code kill -USR1 $$}): its trap runs; an ignored one does
     * nothing; an untrapped one ends a non-interactive shell with 128+n (its EXIT trap runs first).
     */
    void deliver(Shell.Ctx ctx, String signal, int status) {
        String action = ctx.st().extras.traps.get(signal);
        if (action != null) {
            if (!action.isEmpty()) {
                int saved = ctx.st().lastStatus();
                Shell.Outcome o = shell.script(action, ctx, true);
                if (o.exitRequested()) {
                    throw new Signal.Exit(o.status());
                }
                ctx.st().lastStatus(saved);
            }
            return;
        }
        if (KillBuiltin.harmless(signal) || shell.interactive) {
            return;
        }
        ctx.st().killedBy = signal;
        throw new Signal.Exit(128 + number(signal));
    }

    /** A signal's number (TERM: 15). */
    static int number(String name) {
        return List.of(SIGNALS).indexOf(name);
    }

    /** Runs the ERR trap after a command failed with {@code status}, which {@code $?} keeps after it. */
    void err(Shell.Ctx ctx, int status) {
        String action = ctx.st().extras.traps.get("ERR");
        if (action == null || action.isEmpty() || inErrTrap) {
            return;
        }
        inErrTrap = true;
        ctx.st().lastStatus(status);
        try {
            Shell.Outcome o = shell.script(action, ctx, true);
            if (o.exitRequested()) {
                throw new Signal.Exit(o.status());
            }
        } finally {
            inErrTrap = false;
            ctx.st().lastStatus(status);
        }
    }

    private static boolean isNumber(String s) {
        return s.matches("[0-9]+");
    }

    /** EXIT, the signals by number, then DEBUG, ERR and RETURN: the order of {@code trap -p}. */
    private static List<String> ordered() {
        List<String> names = new java.util.ArrayList<>(List.of(SIGNALS));
        names.addAll(PSEUDO);
        return names;
    }

    private static String listing(String name, String action) {
        String shown = name.equals("EXIT") || PSEUDO.contains(name) ? name : "SIG" + name;
        return "trap -- '" + action.replace("'", "'\\''") + "' " + shown;
    }

    /** The trap's name for a signal given as a number, a name, or a name with SIG, any case; null if none. */
    static String name(String spec) {
        if (isNumber(spec)) {
            int n = Integer.parseInt(spec.length() > 3 ? "999" : spec);
            return n < SIGNALS.length ? SIGNALS[n] : null;
        }
        String upper = spec.toUpperCase(Locale.ROOT);
        if (upper.startsWith("SIG")) {
            upper = upper.substring(3);
        }
        if (PSEUDO.contains(upper)) {
            return upper;
        }
        for (String s : SIGNALS) {
            if (s.equals(upper)) {
                return s;
            }
        }
        return null;
    }
}
