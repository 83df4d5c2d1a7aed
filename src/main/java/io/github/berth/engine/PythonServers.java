package io.github.berth.engine;

import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code python -m http.server [PORT]} and {@code python app.py} for a Flask app or an
 * http.server script. Python's stdout is block-buffered without a terminal, so a banner printed
 * with print() reaches the logs only with {@code -t} or PYTHONUNBUFFERED; request logs go to
 * stderr, which is not buffered.
 */
final class PythonServers {
    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final Pattern WRITE = Pattern.compile("wfile\\.write\\(b?['\"](.*?)['\"]");
    private static final Pattern SERVER_PORT = Pattern.compile("\\(\\s*['\"][^'\"]*['\"]\\s*,\\s*([0-9]+)\\s*\\)");

    private PythonServers() {}

    static Optional<Servers.Plan> plan(String argv0, List<String> args, Servers.Launch at) {
        String v = PythonVersions.of(at.env().get("PYTHON_VERSION"), at.fs(), argv0);
        if (PythonVersions.two(v) && !args.isEmpty() && args.get(0).endsWith(".py")) {
            Optional<Servers.Plan> legacy = LegacyFlask.plan(args.get(0), v, at);
            if (legacy.isPresent()) {
                return legacy;
            }
        }
        if (args.size() >= 2 && args.get(0).equals("-m") && args.get(1).equals("http.server")) {
            int port = args.size() >= 3 && args.get(2).matches("[0-9]{1,5}") ? Integer.parseInt(args.get(2)) : 8000;
            return Optional.of(httpServer(port, at));
        }
        if (args.isEmpty() || !args.get(0).endsWith(".py")) {
            return Optional.empty();
        }
        String path = VPath.resolve(at.cwd(), args.get(0));
        Optional<String> source = Servers.read(at.fs(), path);
        if (source.isEmpty()) {
            return Optional.of(new Servers.Plan.Exit(2, List.of(Servers.Line.err("python: can't open file '" + path
                    + "': [Errno 2] No such file or directory"))));
        }
        String code = source.get();
        if (code.contains("flask")) {
            return Optional.of(flask(path, code, at));
        }
        if (code.contains("HTTPServer") || code.contains("http.server")) {
            Matcher port = SERVER_PORT.matcher(code);
            Matcher body = WRITE.matcher(code);
            String text = body.find() ? unescape(body.group(1)) : "";
            int p = port.find() ? Integer.parseInt(port.group(1)) : 8000;
            Servers.Site site = (method, req, agent, now, log) -> {
                log.add(Servers.Line.err("172.17.0.1 - - [" + LOG_TIME.format(now) + "] \"" + method + " " + req
                        + " HTTP/1.1\" 200 -"));
                return new HttpReply.Http("HTTP/1.0 200 OK", List.of("Server: BaseHTTP/0.6 Python/" + version(at),
                        "Date: " + LogTimes.HTTP_DATE.format(now)), text);
            };
            return Optional.of(new Servers.Plan.Serve(List.of(), p, site, List.of("python " + String.join(" ", args))));
        }
        return Optional.empty();
    }

    private static String version(Servers.Launch at) {
        return at.env().getOrDefault("PYTHON_VERSION", "3.12.11");
    }

    private static Servers.Plan httpServer(int port, Servers.Launch at) {
        List<Servers.Line> log = new ArrayList<>();
        if (at.tty() || !at.env().getOrDefault("PYTHONUNBUFFERED", "").isEmpty()) {
            log.add(Servers.Line.out("Serving HTTP on 0.0.0.0 port " + port + " (http://0.0.0.0:" + port + "/) ..."));
        }
        Servers.Site site = (method, path, agent, now, accessLog) -> {
            String dir = VPath.resolve(at.cwd(), "." + path);
            Optional<String> index = Servers.read(at.fs(), VPath.resolve(dir, "index.html"));
            String body;
            String type;
            if (at.fs().isDirectory(dir) && index.isEmpty()) {
                StringBuilder sb = new StringBuilder("<!DOCTYPE HTML>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                        + "<title>Directory listing for " + path + "</title>\n</head>\n<body>\n<h1>Directory listing for "
                        + path + "</h1>\n<hr>\n<ul>\n");
                for (String name : at.fs().list(dir)) {
                    String shown = at.fs().isDirectory(VPath.resolve(dir, name)) ? name + "/" : name;
                    sb.append("<li><a href=\"").append(shown).append("\">").append(shown).append("</a></li>\n");
                }
                body = sb.append("</ul>\n<hr>\n</body>\n</html>\n").toString();
                type = "text/html; charset=utf-8";
            } else if (index.isPresent()) {
                body = index.get();
                type = "text/html";
            } else {
                Optional<String> file = Servers.read(at.fs(), dir);
                if (file.isEmpty()) {
                    accessLog.add(Servers.Line.err("172.17.0.1 - - [" + LOG_TIME.format(now) + "] code 404, message File"
                            + " not found"));
                    accessLog.add(Servers.Line.err("172.17.0.1 - - [" + LOG_TIME.format(now) + "] \"" + method + " " + path
                            + " HTTP/1.1\" 404 -"));
                    String notFound = "<!DOCTYPE HTML>\n<html lang=\"en\">\n    <head>\n        <meta charset=\"utf-8\">\n"
                            + "        <title>Error response</title>\n    </head>\n    <body>\n        <h1>Error response</h1>\n"
                            + "        <p>Error code: 404</p>\n        <p>Message: File not found.</p>\n"
                            + "        <p>Error code explanation: 404 - Nothing matches the given URI.</p>\n    </body>\n</html>\n";
                    return new HttpReply.Http("HTTP/1.0 404 File not found", List.of(
                            "Server: SimpleHTTP/0.6 Python/" + version(at),
                            "Date: " + LogTimes.HTTP_DATE.format(now),
                            "Connection: close", "Content-Type: text/html;charset=utf-8",
                            "Content-Length: " + Servers.bytes(notFound)), notFound);
                }
                body = file.get();
                type = "application/octet-stream";
            }
            accessLog.add(Servers.Line.err("172.17.0.1 - - [" + LOG_TIME.format(now) + "] \"" + method + " " + path
                    + " HTTP/1.1\" 200 -"));
            return new HttpReply.Http("HTTP/1.0 200 OK", List.of("Server: SimpleHTTP/0.6 Python/" + version(at),
                    "Date: " + LogTimes.HTTP_DATE.format(now),
                    "Content-type: " + type, "Content-Length: " + Servers.bytes(body)), body);
        };
        return new Servers.Plan.Serve(log, port, site, List.of("python -m http.server" + (port == 8000 ? "" : " " + port)));
    }

    /** A Flask app: werkzeug's development-server banner on stderr; without flask installed, the ImportError. */
    private static Servers.Plan flask(String path, String code, Servers.Launch at) {
        String minor = version(at).replaceAll("^(\\d+\\.\\d+).*", "$1");
        boolean installed = at.fs().lookup("/usr/local/lib/python" + minor + "/site-packages/flask").isPresent();
        FlaskScript app = FlaskScript.parse(code);
        if (!installed) {
            return new Servers.Plan.Exit(1, List.of(new Servers.Line(true, "Traceback (most recent call last):\n"
                    + "  File \"" + path + "\", line " + app.importLine() + ", in <module>\n    " + app.importText() + "\n"
                    + "ModuleNotFoundError: No module named 'flask'\n")));
        }
        String h = app.host();
        int p = app.port();
        String body = app.body();
        String module = VPath.name(path).replaceAll("\\.py$", "");
        List<Servers.Line> log = new ArrayList<>();
        log.add(Servers.Line.out(" * Serving Flask app '" + module + "'"));
        log.add(Servers.Line.out(" * Debug mode: off"));
        log.add(Servers.Line.err("WARNING: This is a development server. Do not use it in a production deployment. Use a"
                + " production WSGI server instead."));
        if (h.equals("0.0.0.0")) {
            log.add(Servers.Line.err(" * Running on all addresses (0.0.0.0)"));
            log.add(Servers.Line.err(" * Running on http://127.0.0.1:" + p));
            log.add(Servers.Line.err(" * Running on http://" + at.ip() + ":" + p));
        } else {
            log.add(Servers.Line.err(" * Running on http://" + h + ":" + p));
        }
        log.add(Servers.Line.err("Press CTRL+C to quit"));
        boolean reachable = h.equals("0.0.0.0") || h.equals(at.ip());
        Servers.Site site = (method, req, agent, now, accessLog) -> {
            if (!reachable) {
                return new HttpReply.Reset();
            }
            boolean root = req.equals("/");
            accessLog.add(Servers.Line.err("172.17.0.1 - - [" + LOG_TIME.format(now) + "] \"" + method + " " + req
                    + " HTTP/1.1\" " + (root ? "200" : "404") + " -"));
            String text = root ? body : "<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n"
                    + "<h1>Not Found</h1>\n<p>The requested URL was not found on the server. If you entered the URL"
                    + " manually please check your spelling and try again.</p>\n";
            return new HttpReply.Http("HTTP/1.1 " + (root ? "200 OK" : "404 NOT FOUND"), List.of(
                    "Server: Werkzeug/3.1.3 Python/" + version(at),
                    "Date: " + LogTimes.HTTP_DATE.format(now),
                    "Content-Type: text/html; charset=utf-8", "Content-Length: " + Servers.bytes(text),
                    "Connection: close"), text);
        };
        return new Servers.Plan.Serve(log, p, site, List.of("python " + VPath.name(path)));
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\t", "\t").replace("\\\"", "\"").replace("\\'", "'");
    }

}
