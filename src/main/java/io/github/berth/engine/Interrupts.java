package io.github.berth.engine;

import io.github.berth.fs.VPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What SIGINT does to a running container's process: the signal Ctrl-C sends, passed on by the
 * docker client's sig-proxy (docker/cli v28.2.2 cli/command/container/signals.go
 * ForwardAllSignals: {@code POST /containers/{id}/kill?signal=INT}) or by the container's own
 * terminal with {@code -t}. A process that has no handler for it ignores it, because it is the
 * container's PID 1 (pid_namespaces(7)): berth's waiting processes ({@code sleep}), and mysqld,
 * which by design only shuts down on SIGTERM (docker-library/mysql#522). The servers that
 * handle it write their shutdown lines and exit, as recorded from the official images:
 * <ul>
 * <li>nginx: a fast shutdown (ngx_signal_handler "signal 2 (SIGINT) received, exiting"; its
 *     workers 29 and 30 exit and the master reaps them), status 0, on stderr;
 * <li>httpd: mpm_event's AH00491 "caught SIGTERM, shutting down" (it says SIGTERM for SIGINT
 *     too), status 0;
 * <li>redis 7.4: "Received SIGINT scheduling shutdown...", then the final RDB snapshot, status 0;
 * <li>postgres 17: a fast shutdown with its shutdown checkpoint, status 0 (the checkpoint's
 *     figures are plausible, not measured);
 * <li>{@code python -m http.server}: "Keyboard interrupt received, exiting." on stdout (its
 *     buffered banner is written then, at exit), status 0 (Lib/http/server.py test());
 * <li>a Flask app: werkzeug's serve_forever catches KeyboardInterrupt, so the script ends
 *     quietly with status 0;
 * <li>any other Python server script: the KeyboardInterrupt traceback (python 3.12's frames) and
 *     status 130, as Python exits after an uncaught KeyboardInterrupt.
 * </ul>
 */
final class Interrupts {

    private Interrupts() {}

    /** How a process ends on SIGINT: what it writes, and its exit status. */
    record Ending(List<Servers.Line> lines, int status) {}

    /**
     * What {@code server} (null for a process that is not one of the servers) does on SIGINT;
     * empty when it ignores the signal and keeps running.
     */
    static Optional<Ending> sigint(Servers.Plan.Serve server, Container c, Map<String, String> env, boolean tty,
                                   io.github.berth.fs.MemoryFs rootfs, Instant now) {
        if (server == null) {
            return Optional.empty();
        }
        String process = server.processes().get(0);
        List<Servers.Line> lines = new ArrayList<>();
        if (process.startsWith("nginx")) {
            String t = LogTimes.NGINX.format(now) + " [notice] ";
            lines.add(Servers.Line.err(t + "1#1: signal 2 (SIGINT) received, exiting"));
            nginxWorkersExit(lines, t);
            return Optional.of(new Ending(lines, 0));
        }
        if (process.startsWith("httpd")) {
            lines.add(Servers.Line.err("[" + LogTimes.APACHE.format(now) + "] [mpm_event:notice] [pid 1:tid 1] AH00491: caught"
                    + " SIGTERM, shutting down"));
            return Optional.of(new Ending(lines, 0));
        }
        if (process.startsWith("redis-server")) {
            String m = "1:M " + LogTimes.REDIS.format(now);
            lines.add(Servers.Line.out("1:signal-handler (" + now.getEpochSecond() + ") Received SIGINT scheduling"
                    + " shutdown..."));
            lines.add(Servers.Line.out(m + " * User requested shutdown..."));
            lines.add(Servers.Line.out(m + " * Saving the final RDB snapshot before exiting."));
            lines.add(Servers.Line.out(m + " * DB saved on disk"));
            lines.add(Servers.Line.out(m + " # Redis is now ready to exit, bye bye..."));
            return Optional.of(new Ending(lines, 0));
        }
        if (process.equals("postgres")) {
            String t = LogTimes.POSTGRES.format(now);
            lines.add(Servers.Line.err(t + " [1] LOG:  received fast shutdown request"));
            lines.add(Servers.Line.err(t + " [1] LOG:  aborting any active transactions"));
            lines.add(Servers.Line.err(t + " [1] LOG:  background worker \"logical replication launcher\" (PID 67)"
                    + " exited with exit code 1"));
            lines.add(Servers.Line.err(t + " [62] LOG:  shutting down"));
            lines.add(Servers.Line.err(t + " [62] LOG:  checkpoint starting: shutdown immediate"));
            lines.add(Servers.Line.err(t + " [62] LOG:  checkpoint complete: wrote 3 buffers (0.0%); 0 WAL file(s)"
                    + " added, 0 removed, 0 recycled; write=0.002 s, sync=0.001 s, total=0.008 s; sync files=2,"
                    + " longest=0.001 s, average=0.001 s; distance=0 kB, estimate=0 kB; lsn=0/1913110,"
                    + " redo lsn=0/1913110"));
            lines.add(Servers.Line.err(t + " [1] LOG:  database system is shut down"));
            return Optional.of(new Ending(lines, 0));
        }
        if (process.startsWith("python -m http.server")) {
            if (!tty && env.getOrDefault("PYTHONUNBUFFERED", "").isEmpty()) {
                // stdout is a pipe, so the banner waited in Python's buffer until now
                lines.add(Servers.Line.out("Serving HTTP on 0.0.0.0 port " + server.port() + " (http://0.0.0.0:"
                        + server.port() + "/) ..."));
            }
            lines.add(Servers.Line.out(""));
            lines.add(Servers.Line.out("Keyboard interrupt received, exiting."));
            return Optional.of(new Ending(lines, 0));
        }
        if (process.startsWith("python ")) {
            boolean flask = server.log().stream().anyMatch(l -> l.text().startsWith(" * Serving Flask app"));
            if (flask) {
                return Optional.of(new Ending(lines, 0));
            }
            return Optional.of(new Ending(traceback(c, env, rootfs), 130));
        }
        return Optional.empty(); // mysqld: SIGINT is not one of its shutdown signals
    }

    /** Python 3.12's traceback for a KeyboardInterrupt in socketserver's serve_forever. */
    private static List<Servers.Line> traceback(Container c, Map<String, String> env,
                                                io.github.berth.fs.MemoryFs rootfs) {
        String script = c.args().isEmpty() ? "app.py" : c.args().get(0);
        String cwd = c.config().workingDir().isEmpty() ? "/" : c.config().workingDir();
        String path = VPath.resolve(cwd, script);
        String source = Servers.read(rootfs, path).orElse("");
        String[] lines = source.split("\n", -1);
        int line = 1;
        String text = "";
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("serve_forever(")) {
                line = i + 1;
                text = lines[i].strip();
                break;
            }
        }
        String minor = env.getOrDefault("PYTHON_VERSION", "3.12.11").replaceAll("^(\\d+\\.\\d+).*", "$1");
        String lib = "/usr/local/lib/python" + minor + "/";
        List<Servers.Line> out = new ArrayList<>();
        out.add(Servers.Line.err("Traceback (most recent call last):"));
        out.add(Servers.Line.err("  File \"" + path + "\", line " + line + ", in <module>"));
        out.add(Servers.Line.err("    " + text));
        out.add(Servers.Line.err("  File \"" + lib + "socketserver.py\", line 235, in serve_forever"));
        out.add(Servers.Line.err("    ready = selector.select(poll_interval)"));
        out.add(Servers.Line.err("            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"));
        out.add(Servers.Line.err("  File \"" + lib + "selectors.py\", line 415, in select"));
        out.add(Servers.Line.err("    fd_event_list = self._selector.poll(timeout)"));
        out.add(Servers.Line.err("                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^"));
        out.add(Servers.Line.err("KeyboardInterrupt"));
        return out;
    }

    /** The two workers' exit and the master's, after the master's line about the signal (nginx 1.27). */
    static void nginxWorkersExit(List<Servers.Line> lines, String t) {
        lines.add(Servers.Line.err(t + "29#29: exiting"));
        lines.add(Servers.Line.err(t + "30#30: exiting"));
        lines.add(Servers.Line.err(t + "29#29: exit"));
        lines.add(Servers.Line.err(t + "30#30: exit"));
        lines.add(Servers.Line.err(t + "1#1: signal 17 (SIGCHLD) received from 29"));
        lines.add(Servers.Line.err(t + "1#1: worker process 29 exited with code 0"));
        lines.add(Servers.Line.err(t + "1#1: worker process 30 exited with code 0"));
        lines.add(Servers.Line.err(t + "1#1: exit"));
    }
}
