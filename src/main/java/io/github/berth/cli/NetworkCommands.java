package io.github.berth.cli;

import io.github.berth.engine.Container;
import io.github.berth.engine.Lookup;
import io.github.berth.engine.Networks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * {@code docker network create|ls|inspect|rm|connect|disconnect} and {@code run --network}:
 * docker/cli v28.2.2 cli/command/network/*.go and formatter/network.go over the engine's
 * {@link Networks}; one small command class each.
 */
final class NetworkCommands {
    private NetworkCommands() {}

    /** {@code run --network NAME}: the network must exist (moby: "network NAME not found"). */
    static Optional<String> checkRunNetwork(Invocation inv) {
        String name = inv.args().value("network");
        if (name == null || name.equals("default")) {
            return Optional.empty();
        }
        if (name.startsWith("container:")) {
            return Optional.of("berth does not share a container's network namespace yet: " + name);
        }
        return Optional.empty(); // a missing network fails the start, not the create (Networks.connectMissing)
    }

    /**
     * {@code --network-alias} is for user-defined networks only (moby daemon/create.go
     * validateNetworkingConfig, runconfig/errors.go; docker/cli names the endpoint "default"
     * when no --network is given).
     */
    static Optional<String> checkRunAliases(Invocation inv) {
        List<String> aliases = inv.args().flags().getOrDefault("network-alias", List.of());
        String name = inv.args().value("network");
        String key = name == null ? "default" : name;
        if (aliases.isEmpty() || !List.of("default", "bridge", "host", "none").contains(key)) {
            return Optional.empty();
        }
        return Optional.of("invalid config for network " + key + ": invalid endpoint settings:\n"
                + "network-scoped alias is supported only for containers in user defined networks");
    }

    /** Connects a new container to its network: bridge unless {@code --network} says otherwise. */
    static void attachRun(Invocation inv, Container c) {
        String name = inv.args().value("network");
        Networks networks = inv.engine().networks();
        List<String> aliases = inv.args().flags().getOrDefault("network-alias", List.of());
        Optional<Networks.Network> n = networks.find(name == null || name.equals("default") ? "bridge" : name);
        if (n.isPresent()) {
            networks.connect(c, n.get(), aliases);
        } else {
            networks.connectMissing(c, name, aliases);
        }
    }

    /** The networks a container is on, by name ("bridge" for containers made before networks were tracked). */
    static Map<String, Networks.Endpoint> endpoints(io.github.berth.engine.Engine engine, Container c) {
        Map<String, Networks.Endpoint> eps = engine.networks().endpoints(c.id());
        return eps;
    }

    static Map<String, Object> json(io.github.berth.engine.Engine engine, Networks.Network n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Name", n.name());
        m.put("Id", n.id());
        m.put("Created", InspectJson.rfc3339Nano(n.created()));
        m.put("Scope", "local");
        m.put("Driver", n.driver());
        m.put("EnableIPv4", true);
        m.put("EnableIPv6", false);
        Map<String, Object> ipam = new LinkedHashMap<>();
        ipam.put("Driver", "default");
        ipam.put("Options", n.predefined() ? null : Map.of());
        List<Object> config = new ArrayList<>();
        if (n.subnet() != null) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("Subnet", n.subnet());
            c.put("Gateway", n.gateway());
            config.add(c);
        }
        ipam.put("Config", n.subnet() == null ? null : config);
        m.put("IPAM", ipam);
        m.put("Internal", n.internal());
        m.put("Attachable", false);
        m.put("Ingress", false);
        m.put("ConfigFrom", Map.of("Network", ""));
        m.put("ConfigOnly", false);
        Map<String, Object> members = new TreeMap<>();
        for (Container c : engine.containers()) {
            Networks.Endpoint ep = engine.networks().endpoints(c.id()).get(n.name());
            if (ep != null && c.state().status() == io.github.berth.engine.ContainerState.Status.RUNNING) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("Name", c.name());
                e.put("EndpointID", ep.endpointId());
                e.put("MacAddress", ep.mac());
                e.put("IPv4Address", ep.ip().isEmpty() ? "" : ep.ip() + "/" + ep.prefix());
                e.put("IPv6Address", "");
                members.put(c.id(), e);
            }
        }
        m.put("Containers", members);
        Map<String, Object> options = new LinkedHashMap<>();
        if (n.name().equals("bridge")) {
            options.put("com.docker.network.bridge.default_bridge", "true");
            options.put("com.docker.network.bridge.enable_icc", "true");
            options.put("com.docker.network.bridge.enable_ip_masquerade", "true");
            options.put("com.docker.network.bridge.host_binding_ipv4", "0.0.0.0");
            options.put("com.docker.network.bridge.name", "docker0");
            options.put("com.docker.network.driver.mtu", "1500");
        }
        m.put("Options", options);
        m.put("Labels", new TreeMap<String, Object>(n.labels()));
        return m;
    }

    static final class Create implements DockerCommand {
        private static final CommandSpec SPEC = new CommandSpec("create", "[OPTIONS] NETWORK", "Create a network",
                List.of(FlagSpec.value("driver", 'd', "string", "Driver to manage the Network (default \"bridge\")"),
                        FlagSpec.bool("internal", (char) 0, "Restrict external access to the network"),
                        FlagSpec.value("label", (char) 0, "list", "Set metadata on a network")),
                new ArgsRule.Exactly(1), true);

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(Invocation inv) {
            String name = inv.args().positionals().get(0);
            String driver = inv.args().has("driver") ? inv.args().value("driver") : "bridge";
            Optional<String> taken = inv.engine().networks().nameTaken(name);
            if (taken.isPresent()) {
                inv.out().errLine(DaemonErrors.PREFIX + taken.get());
                return 1;
            }
            if (!driver.equals("bridge")) {
                inv.out().errLine(DaemonErrors.PREFIX + "berth's sandbox has bridge networks only, not " + driver);
                return 1;
            }
            if (inv.engine().networks().freePool().isEmpty()) {
                inv.out().errLine(DaemonErrors.PREFIX + Networks.POOLS_FULL);
                return 1;
            }
            Networks.Network n = inv.engine().networks().create(name, driver,
                    VolumeCommands.keyValues(inv.args().flags().get("label")), inv.args().bool("internal"));
            inv.out().outLine(n.id());
            return 0;
        }
    }

    static final class Ls implements DockerCommand {
        private static final CommandSpec SPEC = new CommandSpec("ls", "[OPTIONS]", "List networks", List.of(
                FlagSpec.value("filter", 'f', "filter", "Provide filter values (e.g. \"driver=bridge\")"),
                FlagSpec.value("format", (char) 0, "string", PsCommand.FORMAT_HELP),
                FlagSpec.bool("no-trunc", (char) 0, "Do not truncate the output"),
                FlagSpec.bool("quiet", 'q', "Only display network IDs")),
                new ArgsRule.None(), true);
        private static final java.util.Set<String> ACCEPTED = java.util.Set.of("driver", "type", "name", "id",
                "label", "scope", "dangling");

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(Invocation inv) {
            Filters filters = Filters.of(inv.args().flags().get("filter"));
            var invalid = filters.validate(ACCEPTED);
            if (invalid.isPresent()) {
                inv.out().errLine(DaemonErrors.PREFIX + invalid.get());
                return 1;
            }
            boolean trunc = !inv.args().bool("no-trunc");
            String format = inv.args().has("format") ? inv.args().value("format") : "";
            if (format.isEmpty() || format.equals("table")) {
                format = inv.args().bool("quiet") ? "{{.ID}}" : "table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}";
            }
            List<Networks.Network> list = new ArrayList<>(inv.engine().networks().list());
            list.sort(Comparator.comparing(Networks.Network::name));
            List<GoStruct> rows = new ArrayList<>();
            for (Networks.Network n : list) {
                if (!filters.match("name", n.name()) || !filters.exactMatch("driver", n.driver())
                        || !filters.match("id", n.id()) || !filters.matchKVList("label", n.labels())
                        || filters.contains("type") && !filters.get("type").contains(n.predefined() ? "builtin"
                        : "custom")) {
                    continue;
                }
                Map<String, Supplier<Object>> f = new LinkedHashMap<>();
                f.put("CreatedAt", () -> ContainerRows.createdAt(n.created()));
                f.put("Driver", () -> n.driver());
                f.put("ID", () -> trunc ? n.id().substring(0, 12) : n.id());
                f.put("IPv4", () -> "true");
                f.put("IPv6", () -> "false");
                f.put("Internal", () -> String.valueOf(n.internal()));
                f.put("Labels", () -> String.join(",", new TreeMap<>(n.labels()).entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).toList()));
                f.put("Name", () -> n.name());
                f.put("Scope", () -> "local");
                rows.add(new GoStruct("*formatter.networkContext", f, Map.of("Label",
                        k -> n.labels().getOrDefault(k, ""))));
            }
            ListFormat.Result r = ListFormat.write(format, ListFormat.header(Map.of("ID", "NETWORK ID", "Name",
                    "NAME", "Driver", "DRIVER", "Scope", "SCOPE", "IPv4", "IPV4", "IPv6", "IPV6", "Internal",
                    "INTERNAL", "Labels", "LABELS", "CreatedAt", "CREATED AT")), rows);
            if (r.error() != null) {
                inv.out().errLine(r.error());
                return 1;
            }
            inv.out().stdout(r.output());
            return 0;
        }
    }

    static final class Inspect implements DockerCommand {
        private static final CommandSpec SPEC = new CommandSpec("inspect", "[OPTIONS] NETWORK [NETWORK...]",
                "Display detailed information on one or more networks", List.of(
                        FlagSpec.value("format", 'f', "string", InspectCommand.FORMAT_HELP),
                        FlagSpec.bool("verbose", 'v', "Verbose output for diagnostics")), new ArgsRule.AtLeast(1), true);

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(Invocation inv) {
            List<Object> outcomes = new ArrayList<>();
            for (String name : inv.args().positionals()) {
                var n = inv.engine().networks().find(name);
                if (n.isPresent()) {
                    outcomes.add(json(inv.engine(), n.get()));
                } else {
                    outcomes.add(DaemonErrors.PREFIX + "network " + name + " not found");
                }
            }
            return InspectCommand.print(inv, outcomes);
        }
    }

    static final class Rm implements DockerCommand {
        private static final CommandSpec SPEC = new CommandSpec("rm", "NETWORK [NETWORK...]",
                "Remove one or more networks", List.of(FlagSpec.bool("force", 'f',
                        "Do not error if the network does not exist")), new ArgsRule.AtLeast(1), true);

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(Invocation inv) {
            return DaemonErrors.eachContainer(inv, name -> {
                Optional<String> e = inv.engine().networks().remove(name);
                return e.isPresent() && inv.args().bool("force") && e.get().endsWith(" not found") ? Optional.empty()
                        : e;
            });
        }
    }

    /** connect and disconnect: NETWORK CONTAINER, nothing printed on success. */
    static final class Connect implements DockerCommand {
        private final boolean connect;
        private final CommandSpec spec;

        Connect(boolean connect) {
            this.connect = connect;
            this.spec = connect
                    ? new CommandSpec("connect", "[OPTIONS] NETWORK CONTAINER", "Connect a container to a network",
                            List.of(FlagSpec.value("alias", (char) 0, "strings",
                                    "Add network-scoped alias for the container")), new ArgsRule.Exactly(2), true)
                    : new CommandSpec("disconnect", "[OPTIONS] NETWORK CONTAINER",
                            "Disconnect a container from a network", List.of(FlagSpec.bool("force", 'f',
                                    "Force the container to disconnect from a network")), new ArgsRule.Exactly(2), true);
        }

        @Override
        public CommandSpec spec() {
            return spec;
        }

        @Override
        public int run(Invocation inv) {
            String net = inv.args().positionals().get(0);
            String name = inv.args().positionals().get(1);
            var n = inv.engine().networks().find(net);
            if (n.isEmpty()) {
                inv.out().errLine(DaemonErrors.PREFIX + "network " + net + " not found");
                return 1;
            }
            Lookup lookup = inv.engine().find(name);
            if (lookup instanceof Lookup.Missing missing) {
                inv.out().errLine(DaemonErrors.PREFIX + missing.message());
                return 1;
            }
            Container c = ((Lookup.Found) lookup).container();
            List<String> aliases = connect ? inv.args().flags().getOrDefault("alias", List.of()).stream()
                    .flatMap(a -> java.util.Arrays.stream(a.split(","))).toList() : List.of();
            if (connect && !aliases.isEmpty() && n.get().predefined()) {
                inv.out().errLine(DaemonErrors.PREFIX + "invalid endpoint settings:\n"
                        + "network-scoped alias is supported only for containers in user defined networks");
                return 1;
            }
            Optional<String> error = connect ? inv.engine().networks().connect(c, n.get(), aliases)
                    : inv.engine().networks().disconnect(c, n.get());
            if (error.isPresent()) {
                inv.out().errLine(DaemonErrors.PREFIX + error.get());
                return 1;
            }
            return 0;
        }
    }
}
