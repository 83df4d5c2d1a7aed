package io.github.berth.cli;

import io.github.berth.engine.Volumes;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * {@code docker volume create|ls|inspect|rm|prune}: docker/cli v28.2.2 cli/command/volume/*.go
 * and formatter/volume.go over the engine's {@link Volumes}; one small command class each.
 */
final class VolumeCommands {
    private VolumeCommands() {}

    static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
            .withZone(ZoneOffset.UTC);

    /** The volume as {@code GET /volumes/{name}} returns it (keys in the API's order). */
    static Map<String, Object> json(Volumes.Volume v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("CreatedAt", RFC3339.format(v.createdAt()));
        m.put("Driver", "local");
        m.put("Labels", v.anonymous() && v.labels().isEmpty() ? null : new TreeMap<String, Object>(v.labels()));
        m.put("Mountpoint", v.mountpoint());
        m.put("Name", v.name());
        m.put("Options", v.anonymous() && v.options().isEmpty() ? null : new TreeMap<String, Object>(v.options()));
        m.put("Scope", "local");
        return m;
    }

    static Map<String, String> keyValues(List<String> values) {
        Map<String, String> m = new LinkedHashMap<>();
        if (values != null) {
            for (String kv : values) {
                int eq = kv.indexOf('=');
                m.put(eq < 0 ? kv : kv.substring(0, eq), eq < 0 ? "" : kv.substring(eq + 1));
            }
        }
        return m;
    }

    static final class Create implements DockerCommand {
        private static final CommandSpec SPEC = new CommandSpec("create", "[OPTIONS] [VOLUME]", "Create a volume",
                List.of(FlagSpec.value("driver", 'd', "string", "Specify volume driver name (default \"local\")"),
                        FlagSpec.value("label", (char) 0, "list", "Set metadata for a volume"),
                        FlagSpec.value("opt", 'o', "map", "Set driver specific options (default map[])")),
                new ArgsRule.AtMost(1), true);

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(Invocation inv) {
            String driver = inv.args().has("driver") ? inv.args().value("driver") : "local";
            if (!driver.equals("local")) {
                // moby volume/drivers: plugins are looked up, and berth has none
                inv.out().errLine(DaemonErrors.PREFIX + "create " + (inv.args().positionals().isEmpty() ? ""
                        : inv.args().positionals().get(0)) + ": error looking up volume plugin " + driver
                        + ": plugin \"" + driver + "\" not found");
                return 1;
            }
            String name = inv.args().positionals().isEmpty() ? "" : inv.args().positionals().get(0);
            if (!name.isEmpty() && !name.matches("[a-zA-Z0-9][a-zA-Z0-9_.-]+")) {
                inv.out().errLine(DaemonErrors.PREFIX + "create " + name + ": \"" + name + "\" includes invalid"
                        + " characters for a local volume name, only \"[a-zA-Z0-9][a-zA-Z0-9_.-]\" are allowed."
                        + " If you intended to pass a host directory, use absolute path");
                return 1;
            }
            Volumes.Volume v = inv.engine().volumes().create(name, keyValues(inv.args().flags().get("label")),
                    keyValues(inv.args().flags().get("opt")));
            inv.out().outLine(v.name());
            return 0;
        }
    }

    static final class Ls implements DockerCommand {
        private static final CommandSpec SPEC = new CommandSpec("ls", "[OPTIONS]", "List volumes", List.of(
                FlagSpec.value("filter", 'f', "filter", "Provide filter values (e.g. \"dangling=true\")"),
                FlagSpec.value("format", (char) 0, "string", PsCommand.FORMAT_HELP),
                FlagSpec.bool("quiet", 'q', "Only display volume names")),
                new ArgsRule.None(), true);
        private static final java.util.Set<String> ACCEPTED = java.util.Set.of("driver", "label", "name", "dangling");

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
            String format = inv.args().has("format") ? inv.args().value("format") : "";
            boolean quiet = inv.args().bool("quiet");
            if (format.isEmpty() || format.equals("table")) {
                format = quiet ? "{{.Name}}" : "table {{.Driver}}\t{{.Name}}";
            }
            List<GoStruct> rows = new ArrayList<>();
            for (Volumes.Volume v : inv.engine().volumes().list()) {
                boolean used = !inv.engine().volumes().users(v.name()).isEmpty();
                if (!filters.match("name", v.name()) || !filters.exactMatch("driver", "local")
                        || !filters.matchKVList("label", v.labels())
                        || filters.contains("dangling") && filters.get("dangling").contains("true") == used) {
                    continue;
                }
                Map<String, Supplier<Object>> f = new LinkedHashMap<>();
                f.put("Availability", () -> "N/A");
                f.put("Driver", () -> "local");
                f.put("Group", () -> "N/A");
                f.put("Labels", () -> String.join(",", new TreeMap<>(v.labels()).entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).toList()));
                f.put("Links", () -> "N/A");
                f.put("Mountpoint", () -> v.mountpoint());
                f.put("Name", () -> v.name());
                f.put("Scope", () -> "local");
                f.put("Size", () -> "N/A");
                f.put("Status", () -> "N/A");
                rows.add(new GoStruct("*formatter.volumeContext", f, Map.of("Label", k -> v.labels().getOrDefault(k,
                        ""))));
            }
            ListFormat.Result r = ListFormat.write(format, ListFormat.header(Map.of("Name", "VOLUME NAME",
                    "Driver", "DRIVER", "Scope", "SCOPE", "Mountpoint", "MOUNTPOINT", "Labels", "LABELS",
                    "Links", "LINKS", "Size", "SIZE", "Group", "GROUP", "Availability", "AVAILABILITY",
                    "Status", "STATUS")), rows);
            if (r.error() != null) {
                inv.out().errLine(r.error());
                return 1;
            }
            inv.out().stdout(r.output());
            return 0;
        }
    }

    static final class Inspect implements DockerCommand {
        private static final CommandSpec SPEC = new CommandSpec("inspect", "[OPTIONS] VOLUME [VOLUME...]",
                "Display detailed information on one or more volumes", List.of(FlagSpec.value("format", 'f',
                        "string", InspectCommand.FORMAT_HELP)), new ArgsRule.AtLeast(1), true);

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(Invocation inv) {
            List<Object> outcomes = new ArrayList<>();
            for (String name : inv.args().positionals()) {
                var v = inv.engine().volumes().get(name);
                if (v.isPresent()) {
                    outcomes.add(json(v.get()));
                } else {
                    outcomes.add(DaemonErrors.PREFIX + "get " + name + ": no such volume");
                }
            }
            return InspectCommand.print(inv, outcomes);
        }
    }

    static final class Rm implements DockerCommand {
        private static final CommandSpec SPEC = new CommandSpec("rm", "[OPTIONS] VOLUME [VOLUME...]",
                "Remove one or more volumes", List.of(FlagSpec.bool("force", 'f',
                        "Force the removal of one or more volumes")), new ArgsRule.AtLeast(1), true);

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(Invocation inv) {
            return DaemonErrors.eachContainer(inv, name -> inv.engine().volumes().remove(name,
                    inv.args().bool("force")));
        }
    }

    static final class Prune implements DockerCommand {
        private static final CommandSpec SPEC = new CommandSpec("prune", "[OPTIONS]", "Remove unused local volumes",
                List.of(FlagSpec.bool("all", 'a', "Remove all unused volumes, not just anonymous ones"),
                        FlagSpec.value("filter", (char) 0, "filter", "Provide filter values (e.g. \"label=<label>\")"),
                        FlagSpec.bool("force", 'f', "Do not prompt for confirmation")),
                new ArgsRule.None(), true);

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(Invocation inv) {
            boolean all = inv.args().bool("all");
            if (!inv.args().bool("force") && !ImagePruneCommand.confirm(inv, all
                    ? "WARNING! This will remove all local volumes not used by at least one container.\n"
                    + "Are you sure you want to continue?"
                    : "WARNING! This will remove anonymous local volumes not used by at least one container.\n"
                    + "Are you sure you want to continue?")) {
                return 0;
            }
            List<String> removed = inv.engine().volumes().prune(all);
            StringBuilder out = new StringBuilder();
            if (!removed.isEmpty()) {
                out.append("Deleted Volumes:\n");
                removed.forEach(n -> out.append(n).append('\n'));
                out.append('\n');
            }
            out.append("Total reclaimed space: 0B\n");
            inv.out().stdout(out.toString());
            return 0;
        }
    }
}
