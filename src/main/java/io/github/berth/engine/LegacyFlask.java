package io.github.berth.engine;

import io.github.berth.fs.VPath;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code python app.py} on Python 2.7 (Ubuntu 16.04's python) for a Flask app, with the Flask
 * 1.1.4 and Werkzeug 1.0.1 that pip installs there. Flask's banner (flask/cli.py
 * show_server_banner at 1.1.4) goes through click.echo to standard output, which click flushes,
 * so it reaches the logs without a terminal; its warning is red and its second line dim only on
 * a terminal (click strips the colours otherwise). Werkzeug's "Running on" line and the request
 * log go through the "werkzeug" logger's StreamHandler to standard error (serving.py
 * log_startup and WSGIRequestHandler.log at 1.0.1), the request line in click's colours even
 * without a terminal (log_request styles it before logging). The dev server answers HTTP/1.0 with
 * Content-Type, Content-Length, then Server and Date (serving.py run_wsgi write()).
 */
final class LegacyFlask {
    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    /** BaseHTTPRequestHandler.date_time_string: the day always in two digits. */
    private static final String SITE = "/usr/local/lib/python2.7/dist-packages";

    private LegacyFlask() {}

    /** The plan for {@code python SCRIPT}, or empty when the script is not a Flask app. */
    static Optional<Servers.Plan> plan(String script, String version, Servers.Launch at) {
        String path = VPath.resolve(at.cwd(), script);
        Optional<String> source = Servers.read(at.fs(), path);
        if (source.isEmpty()) {
            // Python 2 names the script as it was given
            return Optional.of(new Servers.Plan.Exit(2, List.of(Servers.Line.err("python: can't open file '" + script
                    + "': [Errno 2] No such file or directory"))));
        }
        String code = source.get();
        if (!code.contains("flask")) {
            return Optional.empty();
        }
        FlaskScript app = FlaskScript.parse(code);
        if (at.fs().lookup(SITE + "/flask").isEmpty()) {
            return Optional.of(new Servers.Plan.Exit(1, List.of(new Servers.Line(true,
                    "Traceback (most recent call last):\n  File \"" + script + "\", line " + app.importLine()
                            + ", in <module>\n    " + app.importText() + "\nImportError: No module named flask\n"))));
        }
        String h = app.host();
        int p = app.port();
        String body = app.body();
        // Flask.name: the script's name without .py when the app's import name is __main__
        String name = VPath.name(path).replaceAll("\\.py$", "");
        List<Servers.Line> log = new ArrayList<>();
        log.add(Servers.Line.out(" * Serving Flask app \"" + name + "\" (lazy loading)"));
        log.add(Servers.Line.out(" * Environment: production"));
        String warning = "   WARNING: This is a development server. Do not use it in a production deployment.";
        String use = "   Use a production WSGI server instead.";
        log.add(Servers.Line.out(at.tty() ? "\033[31m" + warning + "\033[0m" : warning));
        log.add(Servers.Line.out(at.tty() ? "\033[2m" + use + "\033[0m" : use));
        log.add(Servers.Line.out(" * Debug mode: off"));
        log.add(Servers.Line.err(" * Running on http://" + h + ":" + p + "/ (Press CTRL+C to quit)"));
        boolean reachable = h.equals("0.0.0.0") || h.equals(at.ip());
        Servers.Site site = (method, req, agent, now, accessLog) -> {
            if (!reachable) {
                return new HttpReply.Reset();
            }
            boolean root = req.equals("/");
            String text = root ? body : "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2 Final//EN\">\n"
                    + "<title>404 Not Found</title>\n<h1>Not Found</h1>\n<p>The requested URL was not found on the"
                    + " server. If you entered the URL manually please check your spelling and try again.</p>\n";
            String length = String.valueOf(Servers.bytes(text));
            // log_request styles the request line with click whatever the stream is: white for 2xx, yellow for 404
            String styled = (root ? "\033[37m" : "\033[33m") + method + " " + req + " HTTP/1.1\033[0m";
            accessLog.add(Servers.Line.err("172.17.0.1 - - [" + LOG_TIME.format(now) + "] \"" + styled + "\" "
                    + (root ? "200" : "404") + " -"));
            return new HttpReply.Http("HTTP/1.0 " + (root ? "200 OK" : "404 NOT FOUND"), List.of(
                    "Content-Type: text/html; charset=utf-8", "Content-Length: " + length,
                    "Server: Werkzeug/1.0.1 Python/" + version, "Date: " + LogTimes.HTTP_DATE.format(now)), text);
        };
        return Optional.of(new Servers.Plan.Serve(log, p, site, List.of("python " + script)));
    }
}
