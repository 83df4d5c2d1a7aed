package io.github.berth.sandbox;

import io.github.berth.engine.CurlOptions;
import io.github.berth.engine.Engine;
import io.github.berth.engine.HttpReply;
import io.github.berth.fs.VPath;
import io.github.berth.shell.Output;
import io.github.berth.shell.Program;
import io.github.berth.shell.ShellState;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code curl} on the learner's host: reaches only what the sandbox's containers publish on
 * localhost. Nothing leaves the sandbox: any other host does not resolve. {@code -i} shows the
 * response headers, {@code -s} silences errors, {@code -o FILE} writes the body to a workspace
 * file. Messages and exit codes as curl 8's (7 cannot connect, 6 cannot resolve, 52 empty
 * reply, 56 reset, 1 HTTP/0.9).
 */
final class Curl implements Program {
    static final String AGENT = "curl/8.5.0";
    private static final Pattern URL = Pattern.compile("^(?:(https?)://)?([^/:]+|\\[[^\\]]+\\])(?::([0-9]+))?(/.*)?$");

    private final Engine engine;

    Curl(Engine engine) {
        this.engine = engine;
    }

    @Override
    public int run(List<String> argv, Output out, ShellState state) {
        Optional<CurlOptions> options = CurlOptions.parse(argv, out);
        if (options.isEmpty()) {
            return 2;
        }
        CurlOptions o = options.get();
        boolean quietErrors = o.quietErrors();
        String url = o.url();
        if (url == null) {
            out.errLine("curl: no URL specified");
            out.errLine("curl: try 'curl --help' or 'curl --manual' for more information");
            return 2;
        }
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            return fail(out, quietErrors, 3, "URL rejected: Malformed input to a URL function");
        }
        String host = m.group(2);
        int port = m.group(3) == null ? (m.group(1) != null && m.group(1).equals("https") ? 443 : 80)
                : Integer.parseInt(m.group(3));
        String path = m.group(4) == null ? "/" : m.group(4);
        String ip = switch (host) {
            case "localhost", "127.0.0.1" -> "127.0.0.1";
            case "[::1]" -> "::1";
            case "0.0.0.0" -> "127.0.0.1";
            default -> null;
        };
        if (ip == null) {
            return fail(out, quietErrors, 6, "Could not resolve host: " + host);
        }
        HttpReply reply = engine.control().request(ip, port, o.head() ? "HEAD" : "GET", path, AGENT);
        String shownHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (reply instanceof HttpReply.Refused) {
            return fail(out, quietErrors, 7, "Failed to connect to " + shownHost + " port " + port
                    + " after 0 ms: Couldn't connect to server");
        }
        if (reply instanceof HttpReply.Reset) {
            return fail(out, quietErrors, 56, "Recv failure: Connection reset by peer");
        }
        if (reply instanceof HttpReply.Closed) {
            return fail(out, quietErrors, 52, "Empty reply from server");
        }
        if (reply instanceof HttpReply.Raw) {
            return fail(out, quietErrors, 1, "Received HTTP/0.9 when not allowed");
        }
        HttpReply.Http http = (HttpReply.Http) reply;
        int status = Integer.parseInt(http.statusLine().split(" ")[1]);
        if (o.fail() && status >= 400) {
            return fail(out, quietErrors, 22, "The requested URL returned error: " + status);
        }
        StringBuilder sb = new StringBuilder();
        if (o.include() || o.head()) {
            sb.append(http.statusLine()).append("\r\n");
            http.headers().forEach(h -> sb.append(h).append("\r\n"));
            sb.append("\r\n");
        }
        if (o.output() != null) {
            state.fs().writeFile(VPath.resolve(state.cwd(), o.output()), http.body());
            out.stdout(sb.toString());
            if (!o.silent()) {
                // curl's progress meter goes to stderr when the body goes to a file
                int n = http.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                out.stderr("  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n"
                        + "                                 Dload  Upload   Total   Spent    Left  Speed\n"
                        + String.format("100 %5d  100 %5d    0     0   %6d      0 --:--:-- --:--:-- --:--:-- %6d%n",
                                n, n, n * 1000, n * 1000));
            }
        } else {
            out.stdout(o.head() ? sb.toString() : sb + http.body());
        }
        return 0;
    }

    private static int fail(Output out, boolean quiet, int code, String message) {
        if (!quiet) {
            out.errLine("curl: (" + code + ") " + message);
        }
        return code;
    }
}
