package io.github.berth.engine;

import io.github.berth.fs.MemoryFs;
import io.github.berth.shell.Output;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a signal from {@code docker stop} ({@code -s}, else the image's STOPSIGNAL, else SIGTERM:
 * moby container.StopSignal), {@code docker kill -s} or Ctrl-C ({@link Interrupts}, SIGINT) does to
 * the servers berth runs, as the official images' processes do as PID 1: they write their
 * shutdown lines and exit; a process without a handler for the signal ignores it (the kernel
 * drops it for PID 1), so {@code docker stop} ends it with SIGKILL after the timeout (137).
 * <ul>
 * <li>nginx (STOPSIGNAL SIGQUIT): a graceful shutdown (ngx_signal_handler "signal 3 (SIGQUIT)
 *     received, shutting down", each worker "gracefully shutting down", "exiting", "exit"); on
 *     SIGTERM or SIGINT a fast one ("signal 15 (SIGTERM) received, exiting"); status 0;
 * <li>httpd (STOPSIGNAL SIGWINCH): mpm_event's AH00492 "caught SIGWINCH, shutting down
 *     gracefully"; AH00491 "caught SIGTERM, shutting down" on SIGTERM; status 0;
 * <li>redis: "Received SIGTERM scheduling shutdown...", then the final RDB snapshot, status 0;
 * <li>postgres (STOPSIGNAL SIGINT): the fast shutdown; a smart one on SIGTERM; status 0;
 * <li>mysqld: SIGTERM is its shutdown signal (MY-013172 "Received SHUTDOWN from user &lt;via user
 *     signal&gt;", MY-010910 "Shutdown complete", MY-015016 "MySQL Server - end."), status 0;
 * <li>Python servers, {@code sleep}: no SIGTERM handler as PID 1, so killed after the timeout.
 * </ul>
 */
final class ContainerStops {
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("HUP", 1), Map.entry("INT", 2),
            Map.entry("QUIT", 3), Map.entry("KILL", 9), Map.entry("USR1", 10), Map.entry("USR2", 12),
            Map.entry("TERM", 15), Map.entry("WINCH", 28));

    private ContainerStops() {}

    /** A signal's short name ("SIGTERM", "term", "15" → "TERM"); "KILL" for null or empty. */
    static String name(String signal) {
        if (signal == null || signal.isEmpty()) {
            return "KILL";
        }
        String s = signal.toUpperCase(Locale.ROOT);
        if (s.startsWith("SIG")) {
            s = s.substring(3);
        }
        for (Map.Entry<String, Integer> e : NUMBERS.entrySet()) {
            if (s.equals(String.valueOf(e.getValue()))) {
                return e.getKey();
            }
        }
        return s;
    }

    private static final java.util.Set<String> LINUX = java.util.Set.of("ABRT", "ALRM", "BUS", "CHLD", "CLD", "CONT",
            "FPE", "HUP", "ILL", "INT", "IO", "IOT", "KILL", "PIPE", "POLL", "PROF", "PWR", "QUIT", "SEGV", "STKFLT",
            "STOP", "SYS", "TERM", "TRAP", "TSTP", "TTIN", "TTOU", "URG", "USR1", "USR2", "VTALRM", "WINCH", "XCPU",
            "XFSZ", "RTMIN", "RTMAX");

    /**
     * moby/sys/signal ParseSignal (linux SignalMap: names with or without SIG, any case; RTMIN+n and
     * RTMAX-n up to 15; a non-zero number), and for kill also ValidSignalForPlatform (numbers 1 to 64
     * but 32 and 33): the daemon's error, or empty.
     */
    static Optional<String> invalid(String raw, boolean platformCheck) {
        if (raw.matches("[+-]?[0-9]+")) {
            long n;
            try {
                n = Long.parseLong(raw);
            } catch (NumberFormatException e) {
                return Optional.of("invalid signal: " + raw);
            }
            if (n == 0 || n != (int) n) {
                return Optional.of("invalid signal: " + raw);
            }
            if (platformCheck && (n < 1 || n > 64 || n == 32 || n == 33)) {
                return Optional.of("the linux daemon does not support signal " + n);
            }
            return Optional.empty();
        }
        String s = raw.toUpperCase(Locale.ROOT);
        s = s.startsWith("SIG") ? s.substring(3) : s;
        if (LINUX.contains(s) || s.matches("RTMIN\\+([1-9]|1[0-5])") || s.matches("RTMAX-([1-9]|1[0-4])")) {
            return Optional.empty();
        }
        return Optional.of("invalid signal: " + raw);
    }

    /** The signal {@code docker stop} sends: {@code -s}, else the container's StopSignal, else SIGTERM. */
    static String stopSignal(String requested, String configured) {
        if (requested != null && !requested.isEmpty()) {
            return name(requested);
        }
        return configured == null || configured.isEmpty() ? "TERM" : name(configured);
    }

    /**
     * Whether sending {@code signal} cancels the restart policy (moby daemon/kill.go killWithSignal:
     * ExitOnNext for SIGKILL, the container's StopSignal, or any signal when it has none).
     */
    static boolean cancelsRestart(String signal, String stopSignal) {
        String sig = name(signal);
        return sig.equals("KILL") || stopSignal == null || stopSignal.isEmpty() || sig.equals(name(stopSignal));
    }

    /** Whether moby counts the container as running (State.Running: running, paused or restarting). */
    static boolean running(Container c) {
        ContainerState.Status s = c.state().status();
        return s == ContainerState.Status.RUNNING || s == ContainerState.Status.PAUSED
                || s == ContainerState.Status.RESTARTING;
    }

    /** The state of a restarting container whose restart was cancelled: exited, with its last exit code and time. */
    static ContainerState exitedFromRestarting(ContainerState s) {
        return new ContainerState(ContainerState.Status.EXITED, s.exitCode(), s.startedAt(), s.finishedAt());
    }

    /**
     * Sends {@code signal} to a running, unpaused container's server: when the server ends on it,
     * its shutdown lines go to the container's log and its exit status is returned.
     */
    static Optional<Integer> signal(Engine engine, ContainerRuntime runtime, Container c, String signal) {
        if (runtime.paused(c.id())) {
            return Optional.empty();
        }
        Optional<Interrupts.Ending> ending = ending(name(signal), runtime.server(c.id()), c,
                ContainerRuntime.environment(c, runtime.hostname(c)), runtime.options(c.id()).tty(),
                runtime.rootfs(c.id()).orElseGet(MemoryFs::new), engine.clock().instant());
        if (ending.isEmpty()) {
            return Optional.empty();
        }
        Output out = engine.logged(c.id(), Output.DISCARD);
        for (Servers.Line line : ending.get().lines()) {
            if (line.stderr()) {
                out.stderr(line.text());
            } else {
                out.stdout(line.text());
            }
        }
        return Optional.of(ending.get().status());
    }

    /** What {@code server} does on {@code sig} (a short name); empty when it ignores it. */
    static Optional<Interrupts.Ending> ending(String sig, Servers.Plan.Serve server, Container c,
                                              Map<String, String> env, boolean tty, MemoryFs rootfs, Instant now) {
        if (sig.equals("INT")) {
            return Interrupts.sigint(server, c, env, tty, rootfs, now);
        }
        if (server == null) {
            return Optional.empty();
        }
        String process = server.processes().get(0);
        List<Servers.Line> lines = new ArrayList<>();
        if (process.startsWith("nginx") && sig.equals("QUIT")) {
            String t = LogTimes.NGINX.format(now) + " [notice] ";
            lines.add(Servers.Line.err(t + "1#1: signal 3 (SIGQUIT) received, shutting down"));
            lines.add(Servers.Line.err(t + "29#29: gracefully shutting down"));
            lines.add(Servers.Line.err(t + "30#30: gracefully shutting down"));
            Interrupts.nginxWorkersExit(lines, t);
            return Optional.of(new Interrupts.Ending(lines, 0));
        }
        if (process.startsWith("nginx") && sig.equals("TERM")) {
            // the fast shutdown of SIGINT, named after SIGTERM (ngx_signal_handler)
            return Interrupts.sigint(server, c, env, tty, rootfs, now).map(e -> new Interrupts.Ending(
                    e.lines().stream().map(l -> new Servers.Line(l.stderr(),
                            l.text().replace("signal 2 (SIGINT)", "signal 15 (SIGTERM)"))).toList(), e.status()));
        }
        if (process.startsWith("httpd") && sig.equals("WINCH")) {
            lines.add(Servers.Line.err("[" + LogTimes.APACHE.format(now) + "] [mpm_event:notice] [pid 1:tid 1] AH00492: caught"
                    + " SIGWINCH, shutting down gracefully"));
            return Optional.of(new Interrupts.Ending(lines, 0));
        }
        if (process.startsWith("httpd") && sig.equals("TERM")) {
            return Interrupts.sigint(server, c, env, tty, rootfs, now);
        }
        if (process.startsWith("redis-server") && sig.equals("TERM")) {
            return Interrupts.sigint(server, c, env, tty, rootfs, now).map(e -> new Interrupts.Ending(
                    e.lines().stream().map(l -> new Servers.Line(l.stderr(),
                            l.text().replace("Received SIGINT", "Received SIGTERM"))).toList(), e.status()));
        }
        if (process.equals("postgres") && sig.equals("TERM")) {
            String t = LogTimes.POSTGRES.format(now);
            lines.add(Servers.Line.err(t + " [1] LOG:  received smart shutdown request"));
            return Interrupts.sigint(server, c, env, tty, rootfs, now).map(e -> {
                List<Servers.Line> all = new ArrayList<>(lines);
                // after the request line, the same steps as the fast shutdown but the aborting one
                e.lines().stream().skip(2).forEach(all::add);
                return new Interrupts.Ending(all, e.status());
            });
        }
        if (process.startsWith("mysqld") && sig.equals("TERM")) {
            String version = env.getOrDefault("MYSQL_VERSION", "9.3.0-1.el9").replaceAll("-.*", "");
            String t = LogTimes.MYSQL.format(now);
            lines.add(Servers.Line.err(t + " 0 [System] [MY-013172] [Server] Received SHUTDOWN from user <via user"
                    + " signal>. Shutting down mysqld (Version: " + version + ")."));
            lines.add(Servers.Line.err(t + " 0 [System] [MY-010910] [Server] /usr/sbin/mysqld: Shutdown complete"
                    + " (mysqld " + version + ")  MySQL Community Server - GPL."));
            lines.add(Servers.Line.err(t + " 0 [System] [MY-015016] [Server] MySQL Server - end."));
            return Optional.of(new Interrupts.Ending(lines, 0));
        }
        return Optional.empty();
    }
}
