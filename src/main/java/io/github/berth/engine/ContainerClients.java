package io.github.berth.engine;

import io.github.berth.fs.VPath;
import io.github.berth.shell.Output;
import io.github.berth.shell.Program;
import io.github.berth.shell.ShellState;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The network clients of the images' filesystems, run inside a container: {@code curl} (Debian
 * bookworm's 7.88.1 in python and node, Alpine's in nginx:alpine), busybox's {@code wget}
 * (alpine, busybox) and glibc's {@code getent hosts}. Names resolve through the container's
 * /etc/hosts and, on a user-defined network, the embedded DNS ({@link ContainerDns}); addresses
 * reach the containers that share a network with this one, and {@code localhost} is the
 * container itself, never the host's published ports. Outside a container (a build's RUN) no
 * name resolves. Messages as curl's (lib/strerror.c, "Failed to connect to %s port %d after %d
 * ms"), busybox 1.36's (libbb/xconnect.c "bad address '%s'", "can't connect to remote host";
 * networking/wget.c) and glibc getent's (exit 2 for a key not found).
 */
final class ContainerClients {
    private static final Pattern URL = Pattern.compile("^(?:(https?)://)?([^/:]+)(?::([0-9]+))?(/.*)?$");

    private final Supplier<Engine> engine;

    ContainerClients(Supplier<Engine> engine) {
        this.engine = engine;
    }

    /** Where a client runs: its container (if any) and the address it speaks from. */
    private record Here(Container container, String ip) {}

    private Optional<Here> here(ShellState state) {
        Engine e = engine.get();
        return e.dns().containerOf(state.fs())
                .map(c -> new Here(c, e.networks().address(c.id())));
    }

    private Optional<String> resolve(Optional<Here> here, ShellState state, String host) {
        if (here.isEmpty()) {
            return Optional.empty();
        }
        return engine.get().dns().resolve(here.get().container(), state.fs(), host);
    }

    /** One HTTP GET to {@code ip:port} from where the client runs; Refused when nothing there. */
    private HttpReply get(Here here, String ip, int port, String method, String path, String agent) {
        Optional<Container> target = engine.get().dns().reach(here.container(), ip);
        if (target.isEmpty()) {
            return new HttpReply.Refused();
        }
        return engine.get().control().request(target.get(), port, method, path, agent, here.ip());
    }

    Program curl() {
        return this::curl;
    }

    Program wget() {
        return this::wget;
    }

    Program getent() {
        return this::getent;
    }

    private int curl(List<String> argv, Output out, ShellState state) {
        Optional<CurlOptions> options = CurlOptions.parse(argv, out);
        if (options.isEmpty()) {
            return 2;
        }
        CurlOptions o = options.get();
        boolean quiet = o.quietErrors();
        String url = o.url();
        if (url == null) {
            out.errLine("curl: no URL specified!");
            out.errLine("curl: try 'curl --help' or 'curl --manual' for more information");
            return 2;
        }
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            return curlFail(out, quiet, 3, "URL using bad/illegal format or missing URL");
        }
        String host = m.group(2);
        int port = m.group(3) == null ? ("https".equals(m.group(1)) ? 443 : 80) : Integer.parseInt(m.group(3));
        String path = m.group(4) == null ? "/" : m.group(4);
        Optional<Here> here = here(state);
        Optional<String> ip = resolve(here, state, host);
        if (ip.isEmpty()) {
            return curlFail(out, quiet, 6, "Could not resolve host: " + host);
        }
        boolean alpine = state.fs().lookup("/etc/alpine-release").isPresent();
        HttpReply reply = get(here.get(), ip.get(), port, o.head() ? "HEAD" : "GET", path,
                alpine ? "curl/8.12.1" : "curl/7.88.1");
        if (reply instanceof HttpReply.Refused) {
            return curlFail(out, quiet, 7, "Failed to connect to " + host + " port " + port
                    + " after 0 ms: Couldn't connect to server");
        }
        if (reply instanceof HttpReply.Closed || reply instanceof HttpReply.Reset) {
            return curlFail(out, quiet, 52, "Empty reply from server");
        }
        if (reply instanceof HttpReply.Raw) {
            return curlFail(out, quiet, 1, "Received HTTP/0.9 when not allowed");
        }
        HttpReply.Http http = (HttpReply.Http) reply;
        int status = Integer.parseInt(http.statusLine().split(" ")[1]);
        if (o.fail() && status >= 400) {
            return curlFail(out, quiet, 22, "The requested URL returned error: " + status);
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
        } else {
            out.stdout(o.head() ? sb.toString() : sb + http.body());
        }
        return 0;
    }

    private static int curlFail(Output out, boolean quiet, int code, String message) {
        if (!quiet) {
            out.errLine("curl: (" + code + ") " + message);
        }
        return code;
    }

    /** busybox wget: {@code -q}, {@code -O FILE} ({@code -} for stdout), {@code -qO-}; the body saved as the URL's last name. */
    private int wget(List<String> argv, Output out, ShellState state) {
        boolean quiet = false;
        String file = null;
        String url = null;
        for (int i = 1; i < argv.size(); i++) {
            String a = argv.get(i);
            if (a.startsWith("-") && !a.startsWith("--") && a.length() > 1) {
                for (int j = 1; j < a.length(); j++) {
                    char c = a.charAt(j);
                    if (c == 'q') {
                        quiet = true;
                    } else if (c == 'O') {
                        file = j + 1 < a.length() ? a.substring(j + 1) : i + 1 < argv.size() ? argv.get(++i) : null;
                        break;
                    }
                }
            } else if (a.equals("--quiet")) {
                quiet = true;
            } else {
                url = a;
            }
        }
        if (url == null) {
            // busybox's usage (networking/wget.c wget_trivial_usage), without its build banner
            out.errLine("Usage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n"
                    + "\t[--post-data STR | --post-file FILE] [-Y on/off]\n"
                    + "\t[--no-check-certificate] [-P DIR] [-U AGENT] [-T SEC] URL...");
            return 1;
        }
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            out.errLine("wget: bad address '" + url + "'");
            return 1;
        }
        String host = m.group(2);
        int port = m.group(3) == null ? 80 : Integer.parseInt(m.group(3));
        String path = m.group(4) == null ? "/" : m.group(4);
        Optional<Here> here = here(state);
        Optional<String> ip = resolve(here, state, host);
        if (ip.isEmpty()) {
            out.errLine("wget: bad address '" + host + "'");
            return 1;
        }
        if (!quiet) {
            out.errLine("Connecting to " + host + " (" + ip.get() + ":" + port + ")");
        }
        HttpReply reply = get(here.get(), ip.get(), port, "GET", path, "Wget");
        if (reply instanceof HttpReply.Refused) {
            out.errLine("wget: can't connect to remote host (" + ip.get() + "): Connection refused");
            return 1;
        }
        if (!(reply instanceof HttpReply.Http http)) {
            out.errLine("wget: error getting response: Connection reset by peer");
            return 1;
        }
        int status = Integer.parseInt(http.statusLine().split(" ")[1]);
        if (status >= 400) {
            out.errLine("wget: server returned error: " + http.statusLine());
            return 1;
        }
        String name = file != null ? file : path.endsWith("/") ? "index.html" : path.substring(path.lastIndexOf('/') + 1);
        if (name.equals("-")) {
            if (!quiet) {
                out.errLine("writing to stdout");
            }
            out.stdout(http.body());
            if (!quiet) {
                out.errLine("written to stdout");
            }
        } else {
            if (!quiet) {
                out.errLine("saving to '" + name + "'");
            }
            state.fs().writeFile(VPath.resolve(state.cwd(), name), http.body().getBytes(StandardCharsets.UTF_8), 0644);
            if (!quiet) {
                out.errLine("'" + name + "' saved");
            }
        }
        return 0;
    }

    /** glibc {@code getent hosts NAME…}: "ADDRESS        NAME" per name found (%-15s), status 2 if one is not. */
    private int getent(List<String> argv, Output out, ShellState state) {
        if (argv.size() < 3 || !argv.get(1).equals("hosts") && !argv.get(1).equals("ahostsv4")) {
            if (argv.size() < 2) {
                out.errLine("Usage: getent [OPTION...] database [key ...]");
                return 1;
            }
            if (!argv.get(1).equals("hosts")) {
                out.errLine("Unknown database: " + argv.get(1));
                out.errLine("Try `getent --help' or `getent --usage' for more information.");
                return 1;
            }
            return 0;
        }
        Optional<Here> here = here(state);
        int status = 0;
        for (String key : argv.subList(2, argv.size())) {
            Optional<String> ip = resolve(here, state, key);
            if (ip.isEmpty()) {
                status = 2;
                continue;
            }
            out.stdout(String.format("%-15s %s%n", ip.get(), key));
        }
        return status;
    }
}
