package io.github.berth.cli;

import java.util.List;
import java.util.Optional;

/**
 * The docker client's checks of run/create flags berth does not otherwise act on, in the order
 * docker/cli v28.2.2 cli/command/container/opts.go parse makes them (and validatePullOpt of run.go and
 * create.go); the texts are the client's (each checked with the real client on this machine).
 */
final class ContainerFlagChecks {
    private ContainerFlagChecks() {}

    static Optional<String> error(ParsedArgs args) {
        String mac = args.value("mac-address");
        if (mac != null && !mac.isEmpty() && !isMac(mac)) {
            return Optional.of(mac + " is not a valid mac address");
        }
        if (args.has("memory-swappiness")) {
            long swappiness = Long.parseLong(args.value("memory-swappiness"));
            if (swappiness != -1 && (swappiness < 0 || swappiness > 100)) {
                return Optional.of("invalid value: " + swappiness + ". Valid memory swappiness range is 0-100");
            }
        }
        String pid = value(args, "pid");
        if (!(pid.isEmpty() || pid.equals("host") || pid.startsWith("container:") && pid.length() > 10)) {
            return Optional.of("--pid: invalid PID mode");
        }
        String uts = value(args, "uts");
        if (!(uts.isEmpty() || uts.equals("host"))) {
            return Optional.of("--uts: invalid UTS mode");
        }
        String userns = value(args, "userns");
        if (!(userns.isEmpty() || userns.equals("host"))) {
            return Optional.of("--userns: invalid USER mode");
        }
        String cgroupns = value(args, "cgroupns");
        if (!(cgroupns.isEmpty() || cgroupns.equals("host") || cgroupns.equals("private"))) {
            return Optional.of("--cgroupns: invalid CGROUP mode");
        }
        List<String> health = List.of("health-cmd", "health-interval", "health-timeout", "health-retries",
                "health-start-period", "health-start-interval");
        if (args.bool("no-healthcheck") && health.stream().anyMatch(args::has)) {
            return Optional.of("--no-healthcheck conflicts with --health-* options");
        }
        for (String flag : List.of("health-interval", "health-timeout", "health-retries", "health-start-period",
                "health-start-interval")) {
            String v = args.value(flag);
            if (v != null && v.startsWith("-") && !v.matches("-0*(\\.0*)?[a-zµμ]*(0*(\\.0*)?[a-zµμ]+)*")) {
                return Optional.of("--" + flag + " cannot be negative");
            }
        }
        String logDriver = value(args, "log-driver");
        if (logDriver.equals("none") && args.has("log-opt")) {
            return Optional.of("invalid logging opts for driver none");
        }
        for (String opt : args.flags().getOrDefault("security-opt", List.of())) {
            // parseSecurityOpts: KEY=VALUE or KEY:VALUE with a value, or no-new-privileges alone
            int eq = opt.indexOf('=');
            String k = eq < 0 ? opt : opt.substring(0, eq);
            String v = eq < 0 ? null : opt.substring(eq + 1);
            if (eq < 0 && !k.equals("no-new-privileges")) {
                int colon = opt.indexOf(':');
                k = colon < 0 ? opt : opt.substring(0, colon);
                v = colon < 0 ? null : opt.substring(colon + 1);
            }
            if ((v == null || v.isEmpty()) && !k.equals("no-new-privileges")) {
                return Optional.of("Invalid --security-opt: " + GoQuote.string(opt));
            }
        }
        for (String opt : args.flags().getOrDefault("storage-opt", List.of())) {
            if (!opt.contains("=")) {
                return Optional.of("invalid storage option");
            }
        }
        String pull = args.value("pull");
        if (pull != null && !List.of("always", "missing", "never", "").contains(pull)) {
            return Optional.of("invalid pull option: '" + pull + "': must be one of \"always\", \"missing\" or \"never\"");
        }
        return Optional.empty();
    }

    private static String value(ParsedArgs args, String flag) {
        String v = args.value(flag);
        return v == null ? "" : v;
    }

    /** Go's net.ParseMAC: 6, 8 or 20 octets as xx:xx…, xx-xx… or xxxx.xxxx…. */
    static boolean isMac(String s) {
        String hex = "[0-9a-fA-F]";
        for (int octets : new int[] {6, 8, 20}) {
            String pair = hex + "{2}";
            if (s.matches(pair + "(?::" + pair + "){" + (octets - 1) + "}")
                    || s.matches(pair + "(?:-" + pair + "){" + (octets - 1) + "}")
                    || s.matches(hex + "{4}(?:\\." + hex + "{4}){" + (octets / 2 - 1) + "}")) {
                return true;
            }
        }
        return false;
    }
}
