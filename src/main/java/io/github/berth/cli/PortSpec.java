package io.github.berth.cli;

import io.github.berth.engine.ContainerOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code -p} and {@code --expose} as go-connections' nat package parses them (ParsePortSpec,
 * SplitProtoPort, ParsePortRange), with its error texts.
 */
final class PortSpec {
    private PortSpec() {}

    /** The bindings of one {@code -p} spec, or the error text. */
    static Object parse(String raw) {
        String[] parts = raw.split(":", -1);
        String ip;
        String hostPort;
        String containerPort;
        int n = parts.length;
        if (n == 1) {
            ip = "";
            hostPort = "";
            containerPort = parts[0];
        } else if (n == 2) {
            ip = "";
            hostPort = parts[0];
            containerPort = parts[1];
        } else {
            ip = String.join(":", java.util.Arrays.copyOfRange(parts, 0, n - 2));
            hostPort = parts[n - 2];
            containerPort = parts[n - 1];
        }
        if (!ip.isEmpty()) {
            String bare = ip.replaceAll("^\\[+|\\]+$", "");
            if (!isIp(bare)) {
                return "invalid IP address: " + ip;
            }
            ip = bare;
        }
        String proto = "tcp";
        int slash = containerPort.indexOf('/');
        if (slash >= 0) {
            String p = containerPort.substring(slash + 1);
            containerPort = containerPort.substring(0, slash);
            if (!p.isEmpty()) {
                proto = p;
            }
        }
        if (containerPort.isEmpty()) {
            return "no port specified: " + raw + "<empty>";
        }
        int[] cr = range(containerPort);
        if (cr == null) {
            return "invalid containerPort: " + containerPort;
        }
        int[] hr = hostPort.isEmpty() ? null : range(hostPort);
        if (!hostPort.isEmpty() && hr == null) {
            return "invalid hostPort: " + hostPort;
        }
        if (hr != null && cr[1] - cr[0] != hr[1] - hr[0] && cr[1] != cr[0]) {
            return "invalid ranges specified for container and host Ports: " + containerPort + " and " + hostPort;
        }
        String lower = proto.toLowerCase(java.util.Locale.ROOT);
        if (!lower.equals("tcp") && !lower.equals("udp") && !lower.equals("sctp")) {
            return "invalid proto: " + proto;
        }
        List<ContainerOptions.PortBinding> bindings = new ArrayList<>();
        for (int i = 0; i <= cr[1] - cr[0]; i++) {
            String host = hostPort;
            if (hr != null && cr[1] - cr[0] == hr[1] - hr[0]) {
                host = String.valueOf(hr[0] + i);
            }
            bindings.add(new ContainerOptions.PortBinding((cr[0] + i) + "/" + lower, ip, host));
        }
        return bindings;
    }

    /** The ports of one {@code --expose} value ({@code 80}, {@code 8000-8002/udp}), or the error text (opts.go). */
    static Object expose(String raw) {
        // opts.go: no colon; nat.SplitProtoPort, then nat.ParsePortRange (strconv.ParseUint(…, 10, 16) per end)
        if (raw.contains(":")) {
            return "invalid port format for --expose: " + raw;
        }
        String[] parts = raw.split("/", -1);
        String port = raw;
        String proto = "tcp";
        if (raw.isEmpty() || parts[0].isEmpty()) {
            port = "";
            proto = "";
        } else if (parts.length > 1) {
            port = parts[0];
            proto = parts[1].isEmpty() ? "tcp" : parts[1];
        }
        String invalid = "invalid range format for --expose: " + raw + ", error: ";
        if (port.isEmpty()) {
            return invalid + "empty string specified for ports";
        }
        String[] ends = port.split("-", -1);
        String[] checked = ends.length == 1 ? new String[] {ends[0]} : new String[] {ends[0], ends[1]};
        int[] values = new int[checked.length];
        for (int k = 0; k < checked.length; k++) {
            String e = checked[k];
            if (!e.matches("[0-9]+")) {
                return invalid + "strconv.ParseUint: parsing " + GoQuote.string(e) + ": invalid syntax";
            }
            if (e.replaceFirst("^0+(?=.)", "").length() > 5 || Integer.parseInt(e.replaceFirst("^0+(?=.)", "")) > 65535) {
                return invalid + "strconv.ParseUint: parsing " + GoQuote.string(e) + ": value out of range";
            }
            values[k] = Integer.parseInt(e.replaceFirst("^0+(?=.)", ""));
        }
        int start = values[0];
        int end = values[values.length - 1];
        if (end < start) {
            return invalid + "invalid range specified for port: " + port;
        }
        List<String> ports = new ArrayList<>();
        for (int p = start; p <= end; p++) {
            ports.add(p + "/" + proto);
        }
        return ports;
    }

    /** nat.ParsePortRange: {@code N} or {@code N-M}, each a 16-bit unsigned number, start not after end. */
    private static int[] range(String s) {
        int dash = s.indexOf('-');
        String a = dash < 0 ? s : s.substring(0, dash);
        String b = dash < 0 ? s : s.substring(dash + 1);
        if (!a.matches("[0-9]{1,5}") || !b.matches("[0-9]{1,5}")) {
            return null;
        }
        int start = Integer.parseInt(a);
        int end = Integer.parseInt(b);
        if (start > 65535 || end > 65535 || end < start) {
            return null;
        }
        return new int[] {start, end};
    }

    private static boolean isIp(String s) {
        if (s.matches("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})")) {
            for (String part : s.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return false;
                }
            }
            return true;
        }
        return s.contains(":") && s.matches("[0-9a-fA-F:.]+");
    }
}
