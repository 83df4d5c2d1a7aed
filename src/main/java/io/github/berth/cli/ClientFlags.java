package io.github.berth.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The flags the docker 28.2.2 client declares for a command that berth's sandbox does not act on.
 * They are parsed (so a typo is still "unknown flag", a bad value still pflag's "invalid argument")
 * and listed by {@code --help} exactly as the client lists them against a Linux daemon that is not a
 * swarm manager (docker/cli cmd/docker/docker.go hideUnsupportedFeatures hides the "ostype: windows"
 * and "swarm: manager" flags then); using one says plainly that the sandbox does not simulate it.
 * Texts recorded from {@code docker COMMAND --help} on this machine; cgroupns's from
 * cli/command/container/opts.go (its usage has line breaks).
 */
final class ClientFlags {
    private static final List<FlagSpec> CONTAINER = List.of(
            FlagSpec.value("add-host", (char) 0, "list", "Add a custom host-to-IP mapping (host:ip)"),
            FlagSpec.value("annotation", (char) 0, "map", "Add an annotation to the container (passed through to the OCI runtime) (default map[])"),
            FlagSpec.value("attach", 'a', "list", "Attach to STDIN, STDOUT or STDERR"),
            FlagSpec.value("blkio-weight", (char) 0, "uint16", "Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)"),
            FlagSpec.value("blkio-weight-device", (char) 0, "list", "Block IO weight (relative device weight) (default [])"),
            FlagSpec.value("cap-add", (char) 0, "list", "Add Linux capabilities"),
            FlagSpec.value("cap-drop", (char) 0, "list", "Drop Linux capabilities"),
            FlagSpec.value("cgroup-parent", (char) 0, "string", "Optional parent cgroup for the container"),
            FlagSpec.value("cgroupns", (char) 0, "string", "Cgroup namespace to use (host|private)\n'host':    Run the container in the Docker host's cgroup namespace\n'private': Run the container in its own private cgroup namespace\n'':        Use the cgroup namespace as configured by the\n           default-cgroupns-mode option on the daemon (default)"),
            FlagSpec.value("cidfile", (char) 0, "string", "Write the container ID to the file"),
            FlagSpec.value("cpu-period", (char) 0, "int", "Limit CPU CFS (Completely Fair Scheduler) period"),
            FlagSpec.value("cpu-quota", (char) 0, "int", "Limit CPU CFS (Completely Fair Scheduler) quota"),
            FlagSpec.value("cpu-rt-period", (char) 0, "int", "Limit CPU real-time period in microseconds"),
            FlagSpec.value("cpu-rt-runtime", (char) 0, "int", "Limit CPU real-time runtime in microseconds"),
            FlagSpec.value("cpu-shares", 'c', "int", "CPU shares (relative weight)"),
            FlagSpec.value("cpus", (char) 0, "decimal", "Number of CPUs"),
            FlagSpec.value("cpuset-cpus", (char) 0, "string", "CPUs in which to allow execution (0-3, 0,1)"),
            FlagSpec.value("cpuset-mems", (char) 0, "string", "MEMs in which to allow execution (0-3, 0,1)"),
            FlagSpec.value("device", (char) 0, "list", "Add a host device to the container"),
            FlagSpec.value("device-cgroup-rule", (char) 0, "list", "Add a rule to the cgroup allowed devices list"),
            FlagSpec.value("device-read-bps", (char) 0, "list", "Limit read rate (bytes per second) from a device (default [])"),
            FlagSpec.value("device-read-iops", (char) 0, "list", "Limit read rate (IO per second) from a device (default [])"),
            FlagSpec.value("device-write-bps", (char) 0, "list", "Limit write rate (bytes per second) to a device (default [])"),
            FlagSpec.value("device-write-iops", (char) 0, "list", "Limit write rate (IO per second) to a device (default [])"),
            FlagSpec.bool("disable-content-trust", (char) 0, "Skip image verification (default true)"),
            FlagSpec.value("dns", (char) 0, "list", "Set custom DNS servers"),
            FlagSpec.value("dns-option", (char) 0, "list", "Set DNS options"),
            FlagSpec.value("dns-search", (char) 0, "list", "Set custom DNS search domains"),
            FlagSpec.value("domainname", (char) 0, "string", "Container NIS domain name"),
            FlagSpec.value("gpus", (char) 0, "gpu-request", "GPU devices to add to the container ('all' to pass all GPUs)"),
            FlagSpec.value("group-add", (char) 0, "list", "Add additional groups to join"),
            FlagSpec.value("health-cmd", (char) 0, "string", "Command to run to check health"),
            FlagSpec.value("health-interval", (char) 0, "duration", "Time between running the check (ms|s|m|h) (default 0s)"),
            FlagSpec.value("health-retries", (char) 0, "int", "Consecutive failures needed to report unhealthy"),
            FlagSpec.value("health-start-interval", (char) 0, "duration", "Time between running the check during the start period (ms|s|m|h) (default 0s)"),
            FlagSpec.value("health-start-period", (char) 0, "duration", "Start period for the container to initialize before starting health-retries countdown (ms|s|m|h) (default 0s)"),
            FlagSpec.value("health-timeout", (char) 0, "duration", "Maximum time to allow one check to run (ms|s|m|h) (default 0s)"),
            FlagSpec.bool("init", (char) 0, "Run an init inside the container that forwards signals and reaps processes"),
            FlagSpec.value("ip", (char) 0, "string", "IPv4 address (e.g., 172.30.100.104)"),
            FlagSpec.value("ip6", (char) 0, "string", "IPv6 address (e.g., 2001:db8::33)"),
            FlagSpec.value("ipc", (char) 0, "string", "IPC mode to use"),
            FlagSpec.value("isolation", (char) 0, "string", "Container isolation technology"),
            FlagSpec.value("kernel-memory", (char) 0, "bytes", "Kernel memory limit"),
            FlagSpec.value("link-local-ip", (char) 0, "list", "Container IPv4/IPv6 link-local addresses"),
            FlagSpec.value("log-driver", (char) 0, "string", "Logging driver for the container"),
            FlagSpec.value("log-opt", (char) 0, "list", "Log driver options"),
            FlagSpec.value("mac-address", (char) 0, "string", "Container MAC address (e.g., 92:d0:c6:0a:29:33)"),
            FlagSpec.value("memory", 'm', "bytes", "Memory limit"),
            FlagSpec.value("memory-reservation", (char) 0, "bytes", "Memory soft limit"),
            FlagSpec.value("memory-swap", (char) 0, "bytes", "Swap limit equal to memory plus swap: '-1' to enable unlimited swap"),
            FlagSpec.value("memory-swappiness", (char) 0, "int", "Tune container memory swappiness (0 to 100) (default -1)"),
            FlagSpec.bool("no-healthcheck", (char) 0, "Disable any container-specified HEALTHCHECK"),
            FlagSpec.bool("oom-kill-disable", (char) 0, "Disable OOM Killer"),
            FlagSpec.value("oom-score-adj", (char) 0, "int", "Tune host's OOM preferences (-1000 to 1000)"),
            FlagSpec.value("pid", (char) 0, "string", "PID namespace to use"),
            FlagSpec.value("pids-limit", (char) 0, "int", "Tune container pids limit (set -1 for unlimited)"),
            FlagSpec.value("platform", (char) 0, "string", "Set platform if server is multi-platform capable"),
            FlagSpec.bool("privileged", (char) 0, "Give extended privileges to this container"),
            FlagSpec.bool("read-only", (char) 0, "Mount the container's root filesystem as read only"),
            FlagSpec.value("runtime", (char) 0, "string", "Runtime to use for this container"),
            FlagSpec.value("security-opt", (char) 0, "list", "Security Options"),
            FlagSpec.value("shm-size", (char) 0, "bytes", "Size of /dev/shm"),
            FlagSpec.value("stop-signal", (char) 0, "string", "Signal to stop the container"),
            FlagSpec.value("stop-timeout", (char) 0, "int", "Timeout (in seconds) to stop a container"),
            FlagSpec.value("storage-opt", (char) 0, "list", "Storage driver options for the container"),
            FlagSpec.value("sysctl", (char) 0, "map", "Sysctl options (default map[])"),
            FlagSpec.value("tmpfs", (char) 0, "list", "Mount a tmpfs directory"),
            FlagSpec.value("ulimit", (char) 0, "ulimit", "Ulimit options (default [])"),
            FlagSpec.bool("use-api-socket", (char) 0, "Bind mount Docker API socket and required auth"),
            FlagSpec.value("userns", (char) 0, "string", "User namespace to use"),
            FlagSpec.value("uts", (char) 0, "string", "UTS namespace to use"),
            FlagSpec.value("volume-driver", (char) 0, "string", "Optional volume driver for the container"),
            FlagSpec.value("volumes-from", (char) 0, "list", "Mount volumes from the specified container(s)"));
    private static final List<FlagSpec> RUN_ONLY = List.of(
            FlagSpec.value("detach-keys", (char) 0, "string", "Override the key sequence for detaching a container"),
            FlagSpec.value("pull", (char) 0, "string", "Pull image before running (\"always\", \"missing\", \"never\") (default \"missing\")"));
    private static final List<FlagSpec> CREATE_ONLY = List.of(
            FlagSpec.value("pull", (char) 0, "string", "Pull image before creating (\"always\", \"|missing\", \"never\") (default \"missing\")"));
    private static final List<FlagSpec> IMAGE_PULL = List.of(
            FlagSpec.bool("all-tags", 'a', "Download all tagged images in the repository"),
            FlagSpec.bool("disable-content-trust", (char) 0, "Skip image verification (default true)"),
            FlagSpec.value("platform", (char) 0, "string", "Set platform if server is multi-platform capable"));
    private static final List<FlagSpec> IMAGE_PUSH = List.of(
            FlagSpec.bool("disable-content-trust", (char) 0, "Skip image signing (default true)"),
            FlagSpec.value("platform", (char) 0, "string", "Push a platform-specific manifest as a single-platform image to the registry. Image index won't be pushed, meaning that other manifests, including attestations won't be preserved. 'os[/arch[/variant]]': Explicit platform (eg. linux/amd64)"));
    private static final List<FlagSpec> IMAGE_RM = List.of(
            FlagSpec.value("platform", (char) 0, "strings", "Remove only the given platform variant. Formatted as \"os[/arch[/variant]]\" (e.g., \"linux/amd64\")"));
    private static final List<FlagSpec> IMAGE_LS = List.of(
            FlagSpec.bool("tree", (char) 0, "List multi-platform images as a tree (EXPERIMENTAL)"));
    private static final List<FlagSpec> NETWORK_CONNECT = List.of(
            FlagSpec.value("driver-opt", (char) 0, "strings", "driver options for the network"),
            FlagSpec.value("gw-priority", (char) 0, "int", "Highest gw-priority provides the default gateway. Accepts positive and negative values."),
            FlagSpec.value("ip", (char) 0, "string", "IPv4 address (e.g., \"172.30.100.104\")"),
            FlagSpec.value("ip6", (char) 0, "string", "IPv6 address (e.g., \"2001:db8::33\")"),
            FlagSpec.value("link", (char) 0, "list", "Add link to another container"),
            FlagSpec.value("link-local-ip", (char) 0, "strings", "Add a link-local address for the container"));
    private static final List<FlagSpec> NETWORK_CREATE = List.of(
            FlagSpec.bool("attachable", (char) 0, "Enable manual container attachment"),
            FlagSpec.value("aux-address", (char) 0, "map", "Auxiliary IPv4 or IPv6 addresses used by Network driver (default map[])"),
            FlagSpec.value("config-from", (char) 0, "string", "The network from which to copy the configuration"),
            FlagSpec.bool("config-only", (char) 0, "Create a configuration only network"),
            FlagSpec.value("gateway", (char) 0, "strings", "IPv4 or IPv6 Gateway for the master subnet"),
            FlagSpec.bool("ingress", (char) 0, "Create swarm routing-mesh network"),
            FlagSpec.value("ip-range", (char) 0, "strings", "Allocate container ip from a sub-range"),
            FlagSpec.value("ipam-driver", (char) 0, "string", "IP Address Management Driver (default \"default\")"),
            FlagSpec.value("ipam-opt", (char) 0, "map", "Set IPAM driver specific options (default map[])"),
            FlagSpec.bool("ipv4", (char) 0, "Enable or disable IPv4 address assignment (default true)"),
            FlagSpec.bool("ipv6", (char) 0, "Enable or disable IPv6 address assignment"),
            FlagSpec.value("opt", 'o', "map", "Set driver specific options (default map[])"),
            FlagSpec.value("scope", (char) 0, "string", "Control the network's scope"),
            FlagSpec.value("subnet", (char) 0, "strings", "Subnet in CIDR format that represents a network segment"));

    private static final Map<String, List<FlagSpec>> BY_PATH = Map.of(
            "container run", join(CONTAINER, RUN_ONLY),
            "container create", join(CONTAINER, CREATE_ONLY),
            "image pull", IMAGE_PULL,
            "image push", IMAGE_PUSH,
            "image rm", IMAGE_RM,
            "image ls", IMAGE_LS,
            "network connect", NETWORK_CONNECT,
            "network create", NETWORK_CREATE);

    /** Values that ask for nothing but what the sandbox does anyway (the flag's default). */
    private static final Set<String> DEFAULTS = Set.of("disable-content-trust=true", "pull=missing");

    private ClientFlags() {}

    private static List<FlagSpec> join(List<FlagSpec> a, List<FlagSpec> b) {
        List<FlagSpec> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** {@code spec} with the client's other flags for the command at {@code canonicalPath} ("container ls"). */
    static CommandSpec complete(String canonicalPath, CommandSpec spec) {
        List<FlagSpec> extra = BY_PATH.get(canonicalPath);
        if (extra == null) {
            return spec;
        }
        List<FlagSpec> flags = new ArrayList<>(spec.flags());
        for (FlagSpec flag : extra) {
            if (spec.flag(flag.name()).isEmpty()) {
                flags.add(flag);
            }
        }
        return new CommandSpec(spec.name(), spec.usage(), spec.description(), flags, spec.args(), spec.interspersed());
    }

    /** What the command prints on standard error instead of running, and its status. */
    record Refusal(String text, int exit) {}

    /**
     * The client's own checks of these flags' values for run and create (opts.go parse, run.go
     * validatePullOpt: "docker: …", status 125), then "docker run: berth's sandbox does not simulate
     * --cpus yet" (status 1) when a parsed flag is one of them.
     */
    static Optional<Refusal> refusal(String canonicalPath, String typedPath, ParsedArgs args) {
        List<FlagSpec> extra = BY_PATH.get(canonicalPath);
        if (extra == null) {
            return Optional.empty();
        }
        if (canonicalPath.equals("container run") || canonicalPath.equals("container create")) {
            Optional<String> invalid = ContainerFlagChecks.error(args);
            if (invalid.isPresent()) {
                return Optional.of(new Refusal("docker: " + invalid.get() + "\n\nRun '" + typedPath
                        + " --help' for more information", 125));
            }
        }
        List<String> used = extra.stream().map(FlagSpec::name)
                .filter(name -> args.has(name) && !DEFAULTS.contains(name + "=" + args.value(name)))
                .map(name -> "--" + name).collect(Collectors.toList());
        if (used.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(typedPath + ": berth's sandbox does not simulate " + String.join(", ", used)
                + " yet", 1));
    }
}
