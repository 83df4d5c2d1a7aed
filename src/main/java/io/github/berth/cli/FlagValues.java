package io.github.berth.cli;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checks pflag's and docker/cli's flag value types make when a flag is set, worded as they word
 * them: {@code uint16} and {@code uint} (strconv.ParseUint), {@code bytes} (opts.MemBytes: go-units
 * RAMInBytes), {@code duration} (time.ParseDuration) and {@code decimal} (opts.NanoCPUs: big.Rat).
 */
final class FlagValues {
    private FlagValues() {}

    /** Why {@code value} is not a {@code type}, as the text after "flag: "; null when it is one (or unchecked). */
    static String error(String type, String value) {
        switch (type) {
            case "uint16":
            case "uint":
                GoStrconv.ParsedInt n = GoStrconv.parseUint(value, type.equals("uint") ? 64 : 16);
                return n.error() == null ? null
                        : "strconv.ParseUint: parsing " + GoQuote.string(value) + ": " + n.error();
            case "bytes":
                return ramInBytes(value);
            case "duration":
                return duration(value);
            case "decimal":
                return nanoCpus(value);
            default:
                return null;
        }
    }

    /**
     * The validators docker/cli gives some list flags (opts.ValidateAttach, ValidateIPAddress,
     * ValidateDNSSearch, ValidateLabel, ValidateLink), by flag name; null when the value passes.
     */
    static String listError(String command, String flag, String value) {
        switch (flag) {
            case "attach":
                return List.of("stdin", "stdout", "stderr").contains(value.toLowerCase(java.util.Locale.ROOT)) ? null
                        : "valid streams are STDIN, STDOUT and STDERR";
            case "dns":
                return isIp(value.strip()) ? null : "IP address is not correctly formatted: " + value;
            case "dns-search": {
                String v = value.replaceAll("^ +| +$", "");
                // validateDomain: a letter somewhere, the whole value a domain, shorter than 255
                return v.equals(".") || v.matches(".*[a-zA-Z].*") && DOMAIN.matcher(v).matches() && v.length() < 255 ? null
                        : v + " is not a valid domain";
            }
            case "label": {
                int eq = value.indexOf('=');
                return command.equals("build") || !(eq < 0 ? value : value.substring(0, eq)).isBlank() ? null
                        : "invalid label '" + value + "': empty name";
            }
            case "add-host": {
                // opts.ValidateExtraHost: NAME=IP or NAME:IP, the IP maybe in brackets, or host-gateway
                int cut = value.indexOf('=') >= 0 ? value.indexOf('=') : value.indexOf(':');
                String k = cut < 0 ? value : value.substring(0, cut);
                if (cut < 0 || k.isEmpty() || k.contains(":")) {
                    return "bad format for add-host: " + GoQuote.string(value);
                }
                String v = value.substring(cut + 1);
                if (v.equals("host-gateway")) {
                    return null;
                }
                if (v.length() > 2 && v.startsWith("[") && v.endsWith("]")) {
                    v = v.substring(1, v.length() - 1);
                }
                return isIp(v.strip()) ? null : "invalid IP address in add-host: " + GoQuote.string(v);
            }
            case "sysctl": {
                // opts.ValidateSysctl: the namespaced sysctls Docker allows
                int eq = value.indexOf('=');
                String k = eq < 0 ? "" : value.substring(0, eq);
                return List.of("kernel.msgmax", "kernel.msgmnb", "kernel.msgmni", "kernel.sem", "kernel.shmall",
                        "kernel.shmmax", "kernel.shmmni", "kernel.shm_rmid_forced").contains(k)
                        || !k.isEmpty() && (k.startsWith("net.") || k.startsWith("fs.mqueue.")) ? null
                        : "sysctl '" + value + "' is not allowed";
            }
            case "ulimit":
                return ulimit(value);
            case "link":
                return value.isEmpty() ? "empty string specified for links"
                        : value.split(":", -1).length > 2 ? "bad format for links: " + value : null;
            default:
                return null;
        }
    }

    /** go-units v0.5.0 ParseUlimit: NAME=SOFT[:HARD]. */
    private static String ulimit(String value) {
        int eq = value.indexOf('=');
        if (eq < 0) {
            return "invalid ulimit argument: " + value;
        }
        String name = value.substring(0, eq);
        if (!List.of("core", "cpu", "data", "fsize", "locks", "memlock", "msgqueue", "nice", "nofile", "nproc", "rss",
                "rtprio", "rttime", "sigpending", "stack").contains(name)) {
            return "invalid ulimit type: " + name;
        }
        String[] limits = value.substring(eq + 1).split(":", -1);
        if (limits.length > 2) {
            return "too many limit value arguments - " + value.substring(eq + 1) + ", can only have up to two,"
                    + " `soft[:hard]`";
        }
        long[] parsed = new long[limits.length];
        for (int i = limits.length - 1; i >= 0; i--) {
            String n = limits[i];
            if (!n.matches("[+-]?[0-9]+")) {
                return "strconv.ParseInt: parsing " + GoQuote.string(n) + ": invalid syntax";
            }
            java.math.BigInteger big = new java.math.BigInteger(n);
            if (big.bitLength() > 63) {
                return "strconv.ParseInt: parsing " + GoQuote.string(n) + ": value out of range";
            }
            parsed[i] = big.longValue();
        }
        long soft = parsed[0];
        long hard = limits.length == 2 ? parsed[1] : soft;
        if (hard != -1) {
            if (soft == -1) {
                return "ulimit soft limit must be less than or equal to hard limit: soft: -1 (unlimited), hard: " + hard;
            }
            if (soft > hard) {
                return "ulimit soft limit must be less than or equal to hard limit: " + soft + " > " + hard;
            }
        }
        return null;
    }

    private static final Pattern DOMAIN = Pattern.compile(
            "(?::?(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\\-]*[a-zA-Z0-9])\\.)*(?:[A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9\\-]*[A-Za-z0-9]))");
    private static final String OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(?:\\." + OCTET + "){3}");

    /** Go's net.ParseIP: dotted IPv4 (no leading zeros) or IPv6, a trailing IPv4 allowed. */
    static boolean isIp(String s) {
        if (IPV4.matcher(s).matches()) {
            return true;
        }
        if (!s.contains(":") || s.contains(":::")) {
            return false;
        }
        String text = s;
        int groups = 0;
        int lastColon = text.lastIndexOf(':');
        if (text.indexOf('.') >= 0) {
            if (!IPV4.matcher(text.substring(lastColon + 1)).matches()) {
                return false;
            }
            text = text.substring(0, lastColon + 1) + "0:0";
        }
        int dc = text.indexOf("::");
        if (dc >= 0 && text.indexOf("::", dc + 1) >= 0) {
            return false;
        }
        String[] halves = dc >= 0 ? new String[] {text.substring(0, dc), text.substring(dc + 2)} : new String[] {text};
        for (String half : halves) {
            if (half.isEmpty()) {
                continue;
            }
            for (String g : half.split(":", -1)) {
                if (!g.matches("[0-9a-fA-F]{1,4}")) {
                    return false;
                }
                groups++;
            }
        }
        return dc >= 0 ? groups < 8 : groups == 8;
    }

    private static final Pattern GO_DECIMAL_FLOAT = Pattern.compile(
            "[+-]?(?:[0-9](?:_?[0-9])*(?:\\.(?:[0-9](?:_?[0-9])*)?)?|\\.[0-9](?:_?[0-9])*)(?:[eE][+-]?[0-9](?:_?[0-9])*)?");
    private static final Pattern GO_HEX_FLOAT = Pattern.compile(
            "[+-]?0[xX](?:_?[0-9a-fA-F](?:_?[0-9a-fA-F])*(?:\\.[0-9a-fA-F]*)?|\\.[0-9a-fA-F]+)[pP][+-]?[0-9]+");

    /** go-units v0.5.0 parseSize with the binary units (RAMInBytes). */
    private static String ramInBytes(String size) {
        int sep = -1;
        for (int i = size.length() - 1; i >= 0; i--) {
            if ("01234567890. ".indexOf(size.charAt(i)) >= 0) {
                sep = i;
                break;
            }
        }
        if (sep == -1) {
            return "invalid size: '" + size + "'";
        }
        String num = size.charAt(sep) != ' ' ? size.substring(0, sep + 1) : size.substring(0, sep);
        String sfx = size.substring(sep + 1);
        if (!GO_DECIMAL_FLOAT.matcher(num).matches() && !GO_HEX_FLOAT.matcher(num).matches()) {
            return "strconv.ParseFloat: parsing " + GoQuote.string(num) + ": invalid syntax";
        }
        double parsed;
        try {
            parsed = Double.parseDouble(num.replace("_", ""));
        } catch (NumberFormatException e) {
            return "strconv.ParseFloat: parsing " + GoQuote.string(num) + ": invalid syntax";
        }
        if (Double.isInfinite(parsed)) {
            return "strconv.ParseFloat: parsing " + GoQuote.string(num) + ": value out of range";
        }
        if (parsed < 0) {
            return "invalid size: '" + size + "'"; // go-units rejects negative sizes
        }
        if (sfx.isEmpty()) {
            return null;
        }
        String lower = sfx.toLowerCase(java.util.Locale.ROOT);
        boolean ok = sfx.length() <= 3 && (lower.equals("b") || "kmgtp".indexOf(lower.charAt(0)) >= 0
                && (lower.length() == 1 || lower.length() == 2 && lower.charAt(1) == 'b'
                || lower.length() == 3 && lower.substring(1).equals("ib")));
        return ok ? null : "invalid suffix: '" + (sfx.length() > 3 ? sfx : lower) + "'";
    }

    private static final Map<String, Long> DURATION_UNITS = Map.of("ns", 1L, "us", 1_000L, "\u00b5s", 1_000L,
            "\u03bcs", 1_000L, "ms", 1_000_000L, "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);

    /** Go's time.ParseDuration: "1h30m", "1.5s", "-2ms". */
    private static String duration(String orig) {
        String invalid = "time: invalid duration " + GoQuote.string(orig);
        String s = orig;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return null;
        }
        if (s.isEmpty()) {
            return invalid;
        }
        BigDecimal total = BigDecimal.ZERO;
        while (!s.isEmpty()) {
            char c = s.charAt(0);
            if (!(c == '.' || c >= '0' && c <= '9')) {
                return invalid;
            }
            int i = 0;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            String whole = s.substring(0, i);
            String fraction = "";
            s = s.substring(i);
            if (!s.isEmpty() && s.charAt(0) == '.') {
                int j = 1;
                while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                    j++;
                }
                fraction = s.substring(1, j);
                s = s.substring(j);
            }
            if (whole.isEmpty() && fraction.isEmpty()) {
                return invalid;
            }
            int u = 0;
            while (u < s.length() && s.charAt(u) != '.' && !(s.charAt(u) >= '0' && s.charAt(u) <= '9')) {
                u++;
            }
            if (u == 0) {
                return "time: missing unit in duration " + GoQuote.string(orig);
            }
            String unit = s.substring(0, u);
            s = s.substring(u);
            Long nanos = DURATION_UNITS.get(unit);
            if (nanos == null) {
                return "time: unknown unit " + GoQuote.string(unit) + " in duration " + GoQuote.string(orig);
            }
            BigDecimal part = new BigDecimal((whole.isEmpty() ? "0" : whole) + (fraction.isEmpty() ? "" : "." + fraction));
            total = total.add(part.multiply(BigDecimal.valueOf(nanos)));
            if (total.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                return invalid;
            }
        }
        return null;
    }

    private static final Pattern RAT_DECIMAL = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final Pattern RAT_FRACTION = Pattern.compile("([+-]?[0-9]+)/([0-9]+)");

    /** docker/cli opts.ParseCPUs: a rational number (big.Rat SetString) that is a whole number of nano CPUs. */
    private static String nanoCpus(String value) {
        if (GoStrconv.parseInt(value).error() == null) {
            return null; // big.Rat takes Go's integer literals too (0x10, 0b1, 1_0)
        }
        BigDecimal nano;
        var fraction = RAT_FRACTION.matcher(value);
        if (fraction.matches() && !new BigInteger(fraction.group(2)).equals(BigInteger.ZERO)) {
            BigInteger num = new BigInteger(fraction.group(1)).multiply(BigInteger.valueOf(1_000_000_000L));
            BigInteger[] qr = num.divideAndRemainder(new BigInteger(fraction.group(2)));
            return qr[1].signum() == 0 ? null : "value is too precise";
        } else if (RAT_DECIMAL.matcher(value).matches()) {
            try {
                nano = new BigDecimal(value.startsWith("+") ? value.substring(1) : value).movePointRight(9);
            } catch (NumberFormatException | ArithmeticException e) {
                return "failed to parse " + value + " as a rational number"; // an exponent beyond big.Rat's too
            }
        } else {
            return "failed to parse " + value + " as a rational number";
        }
        return nano.stripTrailingZeros().scale() <= 0 ? null : "value is too precise";
    }
}
