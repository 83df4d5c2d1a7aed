package io.github.berth.engine;

import io.github.berth.fs.MemoryFs;
import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The long-running processes of the official images and what their entrypoint scripts do
 * first: nginx, httpd, redis, postgres, mysql, {@code python -m http.server} and
 * {@code python app.py}. Each writes its real startup lines and then runs until stopped,
 * answering on its port; an entrypoint given another command execs it, as {@code exec "$@"} does.
 */
final class Servers {
    /** The kernel berth's daemon reports (nginx's "OS:" line). */
    static final String KERNEL = "6.8.0-60-generic";
    private static final DateTimeFormatter CLF = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Servers() {}

    /** One line a process wrote, on stdout or stderr (with its newline). */
    record Line(boolean stderr, String text) {
        static Line out(String text) {
            return new Line(false, text + "\n");
        }

        static Line err(String text) {
            return new Line(true, text + "\n");
        }
    }

    /** A request reaching a server: what it answers and the lines it logs. */
    interface Site {
        HttpReply answer(String method, String path, String userAgent, Instant now, List<Line> log);
    }

    /** How a process starts. */
    sealed interface Plan {
        /** It keeps running: its startup output, the port it listens on, what it answers, its processes for top. */
        record Serve(List<Line> log, int port, Site site, List<String> processes) implements Plan {}

        /** It ends at once with {@code status} after writing {@code log}. */
        record Exit(int status, List<Line> log) implements Plan {}

        /** An entrypoint script exec'ing another command. */
        record Exec(List<String> argv) implements Plan {}
    }

    /** What a process runs in: its environment, filesystem, directory, the time, its address, a terminal or not. */
    record Launch(Map<String, String> env, MemoryFs fs, String cwd, Instant now, String ip, boolean tty,
                  Function<String, Optional<String>> which) {}

    /** The plan for the program {@code marker} run as {@code argv}, or empty when it is not one of these. */
    static Optional<Plan> plan(String marker, List<String> argv, Launch at) {
        List<String> args = argv.subList(1, argv.size());
        String first = args.isEmpty() ? "" : args.get(0);
        switch (marker) {
            case "nginx-entrypoint":
                if (first.equals("nginx") || first.equals("nginx-debug")) {
                    List<Line> log = nginxEntrypoint(at);
                    log.addAll(((Plan.Serve) nginx(at)).log());
                    Plan.Serve served = (Plan.Serve) nginx(at);
                    return Optional.of(new Plan.Serve(log, 80, served.site(), served.processes()));
                }
                return Optional.of(new Plan.Exec(args));
            case "nginx":
                return Optional.of(nginx(at));
            case "httpd-foreground":
            case "httpd":
                return Optional.of(httpd(at));
            case "node-entrypoint":
                // docker-entrypoint.sh: node when $1 starts with "-" or is not a command
                if (args.isEmpty() || first.startsWith("-") || at.which().apply(first).isEmpty()) {
                    List<String> node = new ArrayList<>(List.of("node"));
                    node.addAll(args);
                    return Optional.of(new Plan.Exec(node));
                }
                return Optional.of(new Plan.Exec(args));
            case "redis-entrypoint":
                if (first.startsWith("-") || first.endsWith(".conf")) {
                    List<String> redis = new ArrayList<>(List.of("redis-server"));
                    redis.addAll(args);
                    return Optional.of(new Plan.Exec(redis));
                }
                return Optional.of(new Plan.Exec(args));
            case "redis-server":
                return Optional.of(redis(at));
            case "postgres-entrypoint":
                if (first.equals("postgres")) {
                    return Optional.of(postgres(at));
                }
                return Optional.of(new Plan.Exec(args));
            case "mysql-entrypoint":
                if (first.equals("mysqld")) {
                    return Optional.of(MysqlServer.plan(at));
                }
                return Optional.of(new Plan.Exec(args));
            case "python":
                return PythonServers.plan(argv.get(0), args, at);
            default:
                return Optional.empty();
        }
    }

    private static List<Line> nginxEntrypoint(Launch at) {
        String me = "/docker-entrypoint.sh";
        List<Line> log = new ArrayList<>();
        log.add(Line.out(me + ": /docker-entrypoint.d/ is not empty, will attempt to perform configuration"));
        log.add(Line.out(me + ": Looking for shell scripts in /docker-entrypoint.d/"));
        log.add(Line.out(me + ": Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh"));
        String conf = "/etc/nginx/conf.d/default.conf";
        String ipv6 = "10-listen-on-ipv6-by-default.sh: info: ";
        Optional<String> text = read(at.fs(), conf);
        if (text.isEmpty()) {
            log.add(Line.out(ipv6 + conf + " is not a file or does not exist"));
        } else if (text.get().contains("listen  [::]:80;")) {
            log.add(Line.out(ipv6 + "IPv6 listen already enabled"));
        } else {
            log.add(Line.out(ipv6 + "Getting the checksum of " + conf));
            log.add(Line.out(ipv6 + "Enabled listen on IPv6 in " + conf));
            at.fs().writeFile(conf, text.get().replace("listen       80;\n", "listen       80;\n    listen  [::]:80;\n"));
        }
        log.add(Line.out(me + ": Sourcing /docker-entrypoint.d/15-local-resolvers.envsh"));
        log.add(Line.out(me + ": Launching /docker-entrypoint.d/20-envsubst-on-templates.sh"));
        log.add(Line.out(me + ": Launching /docker-entrypoint.d/30-tune-worker-processes.sh"));
        log.add(Line.out(me + ": Configuration complete; ready for start up"));
        return log;
    }

    /** nginx's startup notices (ngx_event_process_init, ngx_log_os, ngx_start_worker_processes), on stderr. */
    private static Plan nginx(Launch at) {
        String version = at.env().getOrDefault("NGINX_VERSION", "1.27.4");
        boolean alpine = at.fs().lookup("/etc/alpine-release").isPresent()
                || read(at.fs(), "/etc/os-release").orElse("").contains("ID=alpine");
        String t = LogTimes.NGINX.format(at.now()) + " [notice] 1#1: ";
        List<Line> log = new ArrayList<>();
        log.add(Line.err(t + "using the \"epoll\" event method"));
        log.add(Line.err(t + "nginx/" + version));
        log.add(Line.err(t + "built by gcc " + (alpine ? "14.2.0 (Alpine 14.2.0) " : "12.2.0 (Debian 12.2.0-14) ")));
        log.add(Line.err(t + "OS: Linux " + KERNEL));
        log.add(Line.err(t + "getrlimit(RLIMIT_NOFILE): 1048576:1048576"));
        log.add(Line.err(t + "start worker processes"));
        log.add(Line.err(t + "start worker process 29"));
        log.add(Line.err(t + "start worker process 30"));
        Site site = (method, path, agent, now, accessLog) -> {
            String file = path.endsWith("/") ? path + "index.html" : path;
            Optional<Node.File> found = at.fs().lookup(VPath.resolve("/usr/share/nginx/html", "." + file))
                    .filter(n -> n instanceof Node.File).map(n -> (Node.File) n);
            Optional<String> body = found.map(f -> new String(f.content(), StandardCharsets.UTF_8));
            String status = body.isPresent() ? "200 OK" : "404 Not Found";
            String text = body.orElse(NginxPages.notFound(version));
            accessLog.add(Line.out("172.17.0.1 - - [" + CLF.format(now) + "] \"" + method + " " + path
                    + " HTTP/1.1\" " + status.substring(0, 3) + " " + bytes(text) + " \"-\" \"" + agent + "\" \"-\""));
            if (body.isEmpty()) {
                accessLog.add(Line.err(LogTimes.NGINX.format(now) + " [error] 29#29: *1 open() \"/usr/share/nginx/html"
                        + path + "\" failed (2: No such file or directory), client: 172.17.0.1, server: localhost,"
                        + " request: \"" + method + " " + path + " HTTP/1.1\", host: \"localhost\""));
            }
            if (found.isPresent()) {
                return new HttpReply.Http("HTTP/1.1 " + status, NginxStatic.headers(at.fs(), file, found.get(), version,
                        now), text);
            }
            return new HttpReply.Http("HTTP/1.1 " + status, List.of("Server: nginx/" + version,
                    "Date: " + LogTimes.HTTP_DATE.format(now),
                    "Content-Type: text/html", "Content-Length: " + bytes(text), "Connection: keep-alive"), text);
        };
        return new Plan.Serve(log, 80, site, List.of("nginx: master process nginx -g daemon off;",
                "nginx: worker process", "nginx: worker process"));
    }

    /** httpd 2.4.63's startup on stderr (AH00558 twice: once per config pass), the access log on stdout. */
    private static Plan httpd(Launch at) {
        String ah00558 = "AH00558: httpd: Could not reliably determine the server's fully qualified domain name,"
                + " using " + at.ip() + ". Set the 'ServerName' directive globally to suppress this message";
        String t = "[" + LogTimes.APACHE.format(at.now()) + "]";
        List<Line> log = List.of(Line.err(ah00558), Line.err(ah00558),
                Line.err(t + " [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/2.4.63 (Unix) configured -- resuming"
                        + " normal operations"),
                Line.err(t + " [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'"));
        Site site = (method, path, agent, now, accessLog) -> {
            String file = path.endsWith("/") ? path + "index.html" : path;
            Optional<String> body = read(at.fs(), VPath.resolve("/usr/local/apache2/htdocs", "." + file));
            String text = body.orElse("<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n"
                    + "<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n"
                    + "<p>The requested URL was not found on this server.</p>\n</body></html>\n");
            String status = body.isPresent() ? "200 OK" : "404 Not Found";
            accessLog.add(Line.out("172.17.0.1 - - [" + CLF.format(now) + "] \"" + method + " " + path + " HTTP/1.1\" "
                    + status.substring(0, 3) + " " + bytes(text)));
            return new HttpReply.Http("HTTP/1.1 " + status, List.of(
                    "Date: " + LogTimes.HTTP_DATE.format(now),
                    "Server: Apache/2.4.63 (Unix)", "Content-Length: " + bytes(text),
                    "Content-Type: text/html" + (body.isPresent() ? "" : "; charset=iso-8859-1")), text);
        };
        return new Plan.Serve(log, 80, site, List.of("httpd -DFOREGROUND", "httpd -DFOREGROUND",
                "httpd -DFOREGROUND", "httpd -DFOREGROUND"));
    }

    /** redis-server 7.4.1 without a config file (server.c's startup log), on stdout. */
    private static Plan redis(Launch at) {
        String c = "1:C " + LogTimes.REDIS.format(at.now());
        String m = "1:M " + LogTimes.REDIS.format(at.now());
        List<Line> log = List.of(
                Line.out(c + " * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo"),
                Line.out(c + " * Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started"),
                Line.out(c + " # Warning: no config file specified, using the default config. In order to specify a"
                        + " config file use redis-server /path/to/redis.conf"),
                Line.out(m + " * monotonic clock: POSIX clock_gettime"),
                Line.out(m + " * Running mode=standalone, port=6379."),
                Line.out(m + " * Server initialized"),
                Line.out(m + " * Ready to accept connections tcp"));
        // "GET / HTTP/1.1" is a GET with two arguments; the "Host:" line then ends the connection
        Site site = (method, path, agent, now, accessLog) -> {
            accessLog.add(Line.out("1:M " + LogTimes.REDIS.format(now) + " # Possible SECURITY ATTACK detected. It looks"
                    + " like somebody is sending POST or Host: commands to Redis. This is likely due to an attacker"
                    + " attempting to use Cross Protocol Scripting to compromise your Redis instance. Connection"
                    + " aborted."));
            return new HttpReply.Raw("-ERR wrong number of arguments for '" + method.toLowerCase(Locale.ROOT)
                    + "' command\r\n");
        };
        return new Plan.Serve(log, 6379, site, List.of("redis-server *:6379"));
    }

    /** docker-library/postgres docker-entrypoint.sh: refuses to initialise without a password. */
    private static Plan postgres(Launch at) {
        String password = at.env().getOrDefault("POSTGRES_PASSWORD", "");
        boolean trust = "trust".equals(at.env().get("POSTGRES_HOST_AUTH_METHOD"));
        if (password.isEmpty() && !trust) {
            return new Plan.Exit(1, List.of(new Line(true, """
                    Error: Database is uninitialized and superuser password is not specified.
                           You must specify POSTGRES_PASSWORD to a non-empty value for the
                           superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".

                           You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all
                           connections without a password. This is *not* recommended.

                           See PostgreSQL documentation about "trust":
                           https://www.postgresql.org/docs/current/auth-trust.html
                    """)));
        }
        return PostgresServer.plan(at);
    }

    static Optional<String> read(MemoryFs fs, String path) {
        return fs.lookup(path).filter(n -> n instanceof Node.File)
                .map(n -> new String(((Node.File) n).content(), StandardCharsets.UTF_8));
    }

    static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    static String clf(Instant now) {
        return CLF.format(now);
    }
}
