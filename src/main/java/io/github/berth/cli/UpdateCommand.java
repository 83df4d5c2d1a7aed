package io.github.berth.cli;

import io.github.berth.engine.ContainerUpdates;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code docker update}: docker/cli v28.2.2 cli/command/container/update.go (at least one flag,
 * the restart policy parsed by opts/parse.go ParseRestartPolicy, each container's name printed
 * as given when it was updated, the daemon's errors joined after them, status 1), opts/opts.go
 * (MemBytes and MemSwapBytes through go-units RAMInBytes, NanoCPUs as a rational number) and moby
 * v28.2.2 daemon/update.go, daemon/daemon_unix.go verifyPlatformContainerResources (6MB minimum,
 * CPUs up to the host's two, swap not below memory) and container/container_unix.go
 * UpdateContainer. The restart policy, memory, memory-swap and cpus are kept; the other
 * resource flags are parsed and checked by the client only.
 */
final class UpdateCommand implements DockerCommand {
    /** The sandbox host's CPUs (moby compares --cpus with runtime.NumCPU()). */
    static final int HOST_CPUS = 2;

    private static final CommandSpec SPEC = new CommandSpec("update", "[OPTIONS] CONTAINER [CONTAINER...]",
            "Update configuration of one or more containers", List.of(
                    FlagSpec.value("blkio-weight", (char) 0, "uint16",
                            "Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)"),
                    FlagSpec.value("cpu-period", (char) 0, "int", "Limit CPU CFS (Completely Fair Scheduler) period"),
                    FlagSpec.value("cpu-quota", (char) 0, "int", "Limit CPU CFS (Completely Fair Scheduler) quota"),
                    FlagSpec.value("cpu-rt-period", (char) 0, "int", "Limit the CPU real-time period in microseconds"),
                    FlagSpec.value("cpu-rt-runtime", (char) 0, "int",
                            "Limit the CPU real-time runtime in microseconds"),
                    FlagSpec.value("cpu-shares", 'c', "int", "CPU shares (relative weight)"),
                    FlagSpec.value("cpus", (char) 0, "decimal", "Number of CPUs"),
                    FlagSpec.value("cpuset-cpus", (char) 0, "string", "CPUs in which to allow execution (0-3, 0,1)"),
                    FlagSpec.value("cpuset-mems", (char) 0, "string", "MEMs in which to allow execution (0-3, 0,1)"),
                    FlagSpec.value("memory", 'm', "bytes", "Memory limit"),
                    FlagSpec.value("memory-reservation", (char) 0, "bytes", "Memory soft limit"),
                    FlagSpec.value("memory-swap", (char) 0, "bytes",
                            "Swap limit equal to memory plus swap: -1 to enable unlimited swap"),
                    FlagSpec.value("pids-limit", (char) 0, "int", "Tune container pids limit (set -1 for unlimited)"),
                    FlagSpec.value("restart", (char) 0, "string", "Restart policy to apply when a container exits")),
            new ArgsRule.AtLeast(1), true);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        long[] sizes = new long[3];
        String[] sizeFlags = {"memory", "memory-swap", "memory-reservation"};
        for (int i = 0; i < sizeFlags.length; i++) {
            String value = last(inv, sizeFlags[i]);
            if (value == null || (i == 1 && value.equals("-1"))) {
                sizes[i] = value == null ? 0 : -1;
                continue;
            }
            Object parsed = ramInBytes(value);
            if (parsed instanceof String error) {
                return flagError(inv, sizeFlags[i], value, error);
            }
            sizes[i] = (Long) parsed;
        }
        long nanoCpus = 0;
        String cpus = last(inv, "cpus");
        if (cpus != null) {
            Object parsed = parseCpus(cpus);
            if (parsed instanceof String error) {
                return flagError(inv, "cpus", cpus, error);
            }
            nanoCpus = (Long) parsed;
        }
        if (inv.args().flags().isEmpty()) {
            inv.out().errLine("you must provide one or more flags when using this command");
            return 1;
        }
        String restart = "";
        String policy = last(inv, "restart");
        if (policy != null && !policy.isEmpty()) {
            int colon = policy.indexOf(':');
            String name = colon < 0 ? policy : policy.substring(0, colon);
            String count = colon < 0 ? "" : policy.substring(colon + 1);
            if (colon == 0) {
                inv.out().errLine("invalid restart policy format: no policy provided before colon");
                return 1;
            }
            if (!count.isEmpty() && !count.matches("[+-]?[0-9]{1,18}")) {
                inv.out().errLine("invalid restart policy format: maximum retry count must be an integer");
                return 1;
            }
            int max = count.isEmpty() ? 0 : Integer.parseInt(count.startsWith("+") ? count.substring(1) : count);
            restart = max == 0 ? name : name + ":" + max;
        }
        // moby daemon/update.go ContainerUpdate: verifyContainerSettings before any container is looked up
        Optional<String> invalid = restart.isEmpty() ? Optional.empty() : RunOptions.restartError(restart);
        if (invalid.isEmpty()) {
            invalid = resourceError(sizes[0], sizes[1], nanoCpus);
        }
        List<String> errors = new ArrayList<>();
        for (String name : inv.args().positionals()) {
            String error = invalid.isPresent() ? invalid.get()
                    : inv.engine().updates().update(name, new ContainerUpdates.Request(restart, sizes[0], sizes[1],
                            nanoCpus));
            if (error == null) {
                inv.out().stdout(name + "\n");
            } else {
                errors.add(DaemonErrors.PREFIX + error);
            }
        }
        return DaemonErrors.finish(inv.out(), errors);
    }

    private static Optional<String> resourceError(long memory, long swap, long nanoCpus) {
        if (memory != 0 && memory < 6 * 1024 * 1024) {
            return Optional.of("Minimum memory limit allowed is 6MB");
        }
        if (memory > 0 && swap > 0 && swap < memory) {
            return Optional.of("Minimum memoryswap limit should be larger than memory limit, see usage");
        }
        if (nanoCpus != 0 && (nanoCpus < 0 || nanoCpus > HOST_CPUS * 1_000_000_000L)) {
            return Optional.of("range of CPUs is from 0.01 to " + HOST_CPUS + ".00, as there are only " + HOST_CPUS
                    + " CPUs available");
        }
        return Optional.empty();
    }

    private static String last(Invocation inv, String flag) {
        List<String> values = inv.args().flags().get(flag);
        return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
    }

    private static int flagError(Invocation inv, String flag, String value, String error) {
        String names = flag.equals("memory") ? "-m, --memory" : "--" + flag;
        inv.out().errLine("invalid argument \"" + value + "\" for \"" + names + "\" flag: " + error + "\n\nUsage:  "
                + inv.commandPath() + " " + SPEC.usage() + "\n\nRun '" + inv.commandPath()
                + " --help' for more information");
        return 125;
    }

    /** go-units RAMInBytes as vendored by docker/cli v28.2.2 (size.go parseSize): bytes, or the error text. */
    static Object ramInBytes(String text) {
        int sep = -1;
        for (int i = text.length() - 1; i >= 0; i--) {
            if ("01234567890. ".indexOf(text.charAt(i)) >= 0) {
                sep = i;
                break;
            }
        }
        if (sep == -1) {
            return "invalid size: '" + text + "'";
        }
        String num = text.charAt(sep) != ' ' ? text.substring(0, sep + 1) : text.substring(0, sep);
        String sfx = text.substring(sep + 1);
        double size;
        if (!num.matches("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?")) {
            return "strconv.ParseFloat: parsing \"" + num + "\": invalid syntax";
        }
        size = Double.parseDouble(num);
        if (size < 0) {
            return "invalid size: '" + text + "'";
        }
        if (sfx.isEmpty()) {
            return (long) size;
        }
        String lower = sfx.toLowerCase(java.util.Locale.ROOT);
        String bad = "invalid suffix: '" + lower + "'";
        if (sfx.length() > 3) {
            return "invalid suffix: '" + sfx + "'";
        }
        if (lower.charAt(0) == 'b') {
            return lower.length() > 1 ? bad : (Object) (long) size;
        }
        int power = "kmgtp".indexOf(lower.charAt(0));
        if (power < 0) {
            return bad;
        }
        size *= Math.pow(1024, power + 1);
        if ((lower.length() == 2 && lower.charAt(1) != 'b') || (lower.length() == 3 && !lower.substring(1).equals("ib"))) {
            return bad;
        }
        return (long) size;
    }

    /** opts.ParseCPUs: a rational number times 1e9 that must come out whole; nano CPUs, or the error text. */
    static Object parseCpus(String value) {
        BigDecimal cpus;
        try {
            int slash = value.indexOf('/');
            if (slash >= 0) {
                BigDecimal a = new BigDecimal(value.substring(0, slash));
                BigDecimal b = new BigDecimal(value.substring(slash + 1));
                BigDecimal nano = a.multiply(BigDecimal.valueOf(1_000_000_000L));
                if (b.signum() == 0) {
                    return "failed to parse " + value + " as a rational number";
                }
                BigDecimal[] qr = nano.divideAndRemainder(b);
                if (qr[1].signum() != 0) {
                    return "value is too precise";
                }
                return qr[0].longValueExact();
            }
            cpus = new BigDecimal(value);
        } catch (NumberFormatException | ArithmeticException e) {
            return "failed to parse " + value + " as a rational number";
        }
        BigDecimal nano = cpus.multiply(BigDecimal.valueOf(1_000_000_000L));
        if (nano.stripTrailingZeros().scale() > 0) {
            return "value is too precise";
        }
        return nano.longValue();
    }
}
