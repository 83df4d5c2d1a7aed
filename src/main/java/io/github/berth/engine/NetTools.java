package io.github.berth.engine;

import io.github.berth.fs.Node;
import io.github.berth.shell.Output;
import io.github.berth.shell.Program;
import io.github.berth.shell.ShellState;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

/**
 * busybox's {@code ping} and {@code nslookup} (1.36/1.37: networking/ping.c, networking/nslookup.c),
 * which the busybox and alpine images have (Debian and Ubuntu images have neither). Run inside a
 * container: ping resolves as the C library does (/etc/hosts, then DNS) and is answered by the
 * containers sharing a network with this one, the container itself and the networks' gateways;
 * nslookup asks the nameserver of the container's /etc/resolv.conf: the embedded DNS at
 * 127.0.0.11 on a user-defined network, which knows the containers' names (and forwards other
 * names to the host's resolver, which berth's offline host cannot reach: SERVFAIL), or on the
 * default bridge the host's nameserver, which does not answer. Round-trip times are plausible
 * figures from a generator seeded by the container, the address and the moment, so a seeded
 * sandbox repeats them.
 */
final class NetTools {
    private static final String EMBEDDED_DNS = "127.0.0.11";

    private final Supplier<Engine> engine;

    NetTools(Supplier<Engine> engine) {
        this.engine = engine;
    }

    Program ping() {
        return this::ping;
    }

    Program nslookup() {
        return this::nslookup;
    }

    // ---- ping

    private int ping(List<String> argv, Output out, ShellState state) {
        Integer count = null;
        boolean quiet = false;
        int size = 56;
        String host = null;
        for (int i = 1; i < argv.size(); i++) {
            String a = argv.get(i);
            if ((a.equals("-c") || a.equals("-s") || a.equals("-w") || a.equals("-W") || a.equals("-i")
                    || a.equals("-t") || a.equals("-I") || a.equals("-p")) && i + 1 < argv.size()) {
                String value = argv.get(++i);
                if (a.equals("-c")) {
                    count = number(value);
                } else if (a.equals("-s")) {
                    size = number(value) == null ? size : number(value);
                }
            } else if (a.startsWith("-c") && a.length() > 2) {
                count = number(a.substring(2));
            } else if (a.equals("-q")) {
                quiet = true;
            } else if (a.startsWith("-") && a.length() > 1) {
                continue; // -4, -6, -n, -v, -A: no difference here
            } else if (host == null) {
                host = a;
            }
        }
        if (host == null) {
            out.stderr(PING_USAGE);
            return 1;
        }
        if (count != null && count < 1) {
            count = null;
        }
        Engine e = engine.get();
        Optional<Container> here = e.dns().containerOf(state.fs());
        String target = host;
        Optional<String> ip = here.flatMap(c -> e.dns().resolve(c, state.fs(), target));
        if (ip.isEmpty()) {
            out.errLine("ping: bad address '" + host + "'");
            return 1;
        }
        Container from = here.get();
        boolean answers = answers(e, from, ip.get());
        // without -c ping runs until Ctrl-C; berth's shells cannot interrupt a program, so it
        // stops after four, as if Ctrl-C came then
        int packets = count == null ? 4 : count;
        StringBuilder sb = new StringBuilder();
        sb.append("PING ").append(host).append(" (").append(ip.get()).append("): ").append(size).append(" data bytes\n");
        if (!answers && packets > 3 && sameSubnet(e, from, ip.get())) {
            // no one holds the address on the link: ARP gives up and sendto fails (libbb xsendto)
            out.stdout(sb.toString());
            out.errLine("ping: sendto: Host is unreachable");
            return 1;
        }
        Random times = new Random((from.id() + "|" + ip.get() + "|" + e.clock().instant().getEpochSecond()).hashCode());
        boolean local = ip.get().startsWith("127.") || ip.get().equals(e.networks().address(from.id()));
        long min = Long.MAX_VALUE;
        long max = 0;
        long sum = 0;
        int received = 0;
        for (int seq = 0; seq < packets; seq++) {
            if (!answers) {
                continue;
            }
            long micros = (local ? 25 : 50) + times.nextInt(local ? 40 : 110);
            if (seq == 0 && !local) {
                micros += 40 + times.nextInt(60); // the first packet waits for ARP
            }
            min = Math.min(min, micros);
            max = Math.max(max, micros);
            sum += micros;
            received++;
            if (!quiet) {
                sb.append(size + 8).append(" bytes from ").append(ip.get()).append(": seq=").append(seq)
                        .append(" ttl=64 time=").append(ms(micros)).append(" ms\n");
            }
        }
        sb.append("\n--- ").append(host).append(" ping statistics ---\n").append(packets)
                .append(" packets transmitted, ").append(received).append(" packets received, ")
                .append((packets - received) * 100 / packets).append("% packet loss\n");
        if (received > 0) {
            sb.append("round-trip min/avg/max = ").append(ms(min)).append('/').append(ms(sum / received)).append('/')
                    .append(ms(max)).append(" ms\n");
        }
        out.stdout(sb.toString());
        return received == 0 ? 1 : 0;
    }

    /** busybox's "%u.%03u" of microseconds. */
    private static String ms(long micros) {
        return micros / 1000 + "." + String.format("%03d", micros % 1000);
    }

    private static Integer number(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    /** Whether something answers an echo request to {@code ip}: itself, a running neighbour, or a gateway. */
    private static boolean answers(Engine e, Container from, String ip) {
        if (ip.startsWith("127.") || e.dns().reach(from, ip).isPresent()) {
            return true;
        }
        for (String network : e.networks().endpoints(from.id()).keySet()) {
            Optional<Networks.Network> n = e.networks().find(network);
            if (n.isPresent() && ip.equals(n.get().gateway())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code ip} lies in the subnet of one of the container's networks. */
    private static boolean sameSubnet(Engine e, Container from, String ip) {
        for (String network : e.networks().endpoints(from.id()).keySet()) {
            Optional<Networks.Network> n = e.networks().find(network);
            if (n.isPresent() && n.get().subnet() != null && inSubnet(ip, n.get().subnet())) {
                return true;
            }
        }
        return false;
    }

    private static boolean inSubnet(String ip, String subnet) {
        int slash = subnet.indexOf('/');
        int prefix = Integer.parseInt(subnet.substring(slash + 1));
        long mask = prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
        return (toLong(ip) & mask) == (toLong(subnet.substring(0, slash)) & mask);
    }

    private static long toLong(String ip) {
        String[] p = ip.split("\\.");
        long v = 0;
        for (String part : p) {
            v = v * 256 + Long.parseLong(part);
        }
        return v;
    }

    /** bb_show_usage's text (the header carries the busybox image's build time; alpine's busybox was built at another). */
    static final String PING_USAGE = """
            BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.

            Usage: ping [OPTIONS] HOST

            Send ICMP ECHO_REQUESTs to HOST

            \t-4,-6\t\tForce IP or IPv6 name resolution
            \t-c CNT\t\tSend only CNT pings
            \t-s SIZE\t\tSend SIZE data bytes in packets (default 56)
            \t-i SECS\t\tInterval
            \t-A\t\tPing as soon as reply is received
            \t-t TTL\t\tSet TTL
            \t-I IFACE/IP\tSource interface or IP address
            \t-W SEC\t\tSeconds to wait for the first response (default 10)
            \t\t\t(after all -c CNT packets are sent)
            \t-w SEC\t\tSeconds until ping exits (default:infinite)
            \t\t\t(can exit earlier with -c CNT)
            \t-q\t\tQuiet, only display output at start/finish
            \t-p HEXBYTE\tPayload pattern
            """;

    // ---- nslookup

    private int nslookup(List<String> argv, Output out, ShellState state) {
        List<String> words = new ArrayList<>();
        for (int i = 1; i < argv.size(); i++) {
            if (!argv.get(i).startsWith("-")) {
                words.add(argv.get(i));
            }
        }
        if (words.isEmpty() || words.size() > 2) {
            out.stderr(NSLOOKUP_USAGE);
            return 1;
        }
        String name = words.get(0);
        Engine e = engine.get();
        Optional<Container> here = e.dns().containerOf(state.fs());
        String server = words.size() == 2 ? words.get(1) : nameserver(state).orElse("127.0.0.1");
        boolean embedded = here.isPresent() && server.equals(EMBEDDED_DNS) && e.dns().embeddedDns(here.get().id());
        if (!embedded) {
            // the host's resolver (or any other server) cannot be reached from berth's offline host
            out.stdout(";; connection timed out; no servers could be reached\n\n");
            return 1;
        }
        StringBuilder sb = new StringBuilder("Server:\t\t" + server + "\nAddress:\t" + server + ":53\n\n");
        Container from = here.get();
        if (name.matches("[0-9]+\\.[0-9]+\\.[0-9]+\\.[0-9]+")) {
            String[] p = name.split("\\.");
            String ptr = p[3] + "." + p[2] + "." + p[1] + "." + p[0] + ".in-addr.arpa";
            Optional<String> owner = ptrName(e, from, name);
            if (owner.isEmpty()) {
                out.stdout(sb.append("** server can't find ").append(ptr).append(": SERVFAIL\n\n").toString());
                return 1;
            }
            out.stdout(sb.append("Non-authoritative answer:\n").append(ptr).append("\tname = ").append(owner.get())
                    .append("\n\n").toString());
            return 0;
        }
        Optional<String> ip = lookup(e, from, name);
        if (ip.isEmpty()) {
            // the embedded DNS forwards a name it does not know to the host's resolver, which is unreachable
            out.stdout(sb.append("** server can't find ").append(name).append(": SERVFAIL\n\n")
                    .append("** server can't find ").append(name).append(": SERVFAIL\n\n").toString());
            return 1;
        }
        // A, then AAAA: the embedded DNS answers an empty NOERROR for a container without IPv6
        sb.append("Non-authoritative answer:\nName:\t").append(name).append("\nAddress: ").append(ip.get()).append("\n\n");
        sb.append("Non-authoritative answer:\n\n");
        out.stdout(sb.toString());
        return 0;
    }

    /** The first nameserver of the container's /etc/resolv.conf. */
    private static Optional<String> nameserver(ShellState state) {
        if (!(state.fs().lookup("/etc/resolv.conf").orElse(null) instanceof Node.File file)) {
            return Optional.empty();
        }
        for (String line : new String(file.content(), StandardCharsets.UTF_8).split("\n")) {
            String[] w = line.trim().split("\\s+");
            if (w.length >= 2 && w[0].equals("nameserver")) {
                return Optional.of(w[1]);
            }
        }
        return Optional.empty();
    }

    /** What the embedded DNS answers for {@code name} on the user-defined networks {@code from} is on. */
    private static Optional<String> lookup(Engine e, Container from, String name) {
        for (Map.Entry<String, Networks.Endpoint> mine : e.networks().endpoints(from.id()).entrySet()) {
            if (List.of("bridge", "host", "none").contains(mine.getKey()) || mine.getValue().ip().isEmpty()) {
                continue;
            }
            for (Container other : e.containers()) {
                Networks.Endpoint ep = e.networks().endpoints(other.id()).get(mine.getKey());
                if (ep != null && !ep.ip().isEmpty() && ContainerDns.dnsNames(other, ep, e.runtime().hostname(other))
                        .stream().anyMatch(n -> n.equalsIgnoreCase(name))) {
                    return Optional.of(ep.ip());
                }
            }
            Optional<Container> linked = e.dns().links().aliased(from, name);
            Networks.Endpoint lep = linked.map(l -> e.networks().endpoints(l.id()).get(mine.getKey())).orElse(null);
            if (lep != null && !lep.ip().isEmpty()) {
                return Optional.of(lep.ip());
            }
        }
        return Optional.empty();
    }

    /** The embedded DNS's PTR answer: the container holding the address, as NAME.NETWORK. */
    private static Optional<String> ptrName(Engine e, Container from, String ip) {
        for (Map.Entry<String, Networks.Endpoint> mine : e.networks().endpoints(from.id()).entrySet()) {
            if (List.of("bridge", "host", "none").contains(mine.getKey())) {
                continue;
            }
            for (Container other : e.containers()) {
                Networks.Endpoint ep = e.networks().endpoints(other.id()).get(mine.getKey());
                if (ep != null && ep.ip().equals(ip)) {
                    return Optional.of(other.name() + "." + mine.getKey());
                }
            }
        }
        return Optional.empty();
    }

    static final String NSLOOKUP_USAGE = """
            BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.

            Usage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]

            Query DNS about HOST

            QUERY_TYPE: soa,ns,a,aaaa,cname,mx,txt,ptr,srv,any
            """;
}
