package io.github.berth.cli;

import io.github.berth.engine.ContainerOptions;
import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import io.github.berth.shell.ShellState;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The container options of {@code docker run} and {@code docker create}, parsed and checked as
 * docker/cli v28.2.2 does client-side (cli/command/container/opts.go, opts/env.go, opts/envfile.go,
 * opts/parse.go and go-connections nat.ParsePortSpecs for -p and --expose).
 */
final class RunOptions {
    /** The flags run and create share (docker/cli addFlags), besides --name. */
    static final List<FlagSpec> FLAGS = List.of(
            FlagSpec.value("entrypoint", (char) 0, "string", "Overwrite the default ENTRYPOINT of the image"),
            FlagSpec.value("env", 'e', "list", "Set environment variables"),
            FlagSpec.value("env-file", (char) 0, "list", "Read in a file of environment variables"),
            FlagSpec.value("expose", (char) 0, "list", "Expose a port or a range of ports"),
            FlagSpec.value("hostname", 'h', "string", "Container host name"),
            FlagSpec.bool("interactive", 'i', "Keep STDIN open even if not attached"),
            FlagSpec.value("label", 'l', "list", "Set meta data on a container"),
            FlagSpec.value("label-file", (char) 0, "list", "Read in a line delimited file of labels"),
            FlagSpec.value("link", (char) 0, "list", "Add link to another container"),
            FlagSpec.value("publish", 'p', "list", "Publish a container's port(s) to the host"),
            FlagSpec.bool("publish-all", 'P', "Publish all exposed ports to random ports"),
            FlagSpec.value("restart", (char) 0, "string", "Restart policy to apply when a container exits (default \"no\")"),
            FlagSpec.bool("tty", 't', "Allocate a pseudo-TTY"),
            FlagSpec.value("user", 'u', "string", "Username or UID (format: <name|uid>[:<group|gid>])"),
            FlagSpec.value("workdir", 'w', "string", "Working directory inside the container"));

    private RunOptions() {}

    /** {@code own} and the shared flags, sorted by name as docker's help lists them. */
    static List<FlagSpec> withCommon(List<FlagSpec> own) {
        List<FlagSpec> all = new ArrayList<>(own);
        all.addAll(FLAGS);
        all.sort(java.util.Comparator.comparing(FlagSpec::name));
        return all;
    }

    /** Options, or a client-side error: {@link FlagError} is worded as pflag's, {@link Invalid} as "docker: …". */
    sealed interface Parsed {
        record Ok(ContainerOptions options) implements Parsed {}

        record FlagError(String message) implements Parsed {}

        record Invalid(String message) implements Parsed {}
    }

    static Parsed parse(ParsedArgs args, ShellState state) {
        List<String> env = new ArrayList<>();
        for (String file : values(args, "env-file")) {
            Object read = envFile(file, state, true);
            if (read instanceof String error) {
                return new Parsed.Invalid(error);
            }
            @SuppressWarnings("unchecked")
            List<String> lines = (List<String>) read;
            env.addAll(lines);
        }
        for (String e : values(args, "env")) {
            int eq = e.indexOf('=');
            String key = eq < 0 ? e : e.substring(0, eq);
            if (key.isEmpty()) {
                return new Parsed.FlagError("invalid argument \"" + e + "\" for \"-e, --env\" flag: invalid environment"
                        + " variable: " + e);
            }
            String host = eq < 0 ? state.var(key) : null;
            env.add(eq >= 0 || host == null ? e : key + "=" + host);
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (String file : values(args, "label-file")) {
            // opts.ReadKVStrings: the kvfile parser of --env-file, where a bare name is left out
            Object read = envFile(file, state, false);
            if (read instanceof String error) {
                return new Parsed.Invalid(error);
            }
            @SuppressWarnings("unchecked")
            List<String> lines = (List<String>) read;
            for (String line : lines) {
                int eq = line.indexOf('=');
                labels.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        for (String l : values(args, "label")) {
            int eq = l.indexOf('=');
            String key = eq < 0 ? l : l.substring(0, eq);
            if (key.isBlank()) {
                return new Parsed.FlagError("invalid argument \"" + l + "\" for \"-l, --label\" flag: invalid label '"
                        + l + "': empty name");
            }
            labels.put(key, eq < 0 ? "" : l.substring(eq + 1));
        }
        List<ContainerOptions.PortBinding> ports = new ArrayList<>();
        for (String spec : values(args, "publish")) {
            Object parsed = PortSpec.parse(spec);
            if (parsed instanceof String error) {
                return new Parsed.Invalid(error);
            }
            @SuppressWarnings("unchecked")
            List<ContainerOptions.PortBinding> bindings = (List<ContainerOptions.PortBinding>) parsed;
            ports.addAll(bindings);
        }
        List<String> exposed = new ArrayList<>();
        for (String e : values(args, "expose")) {
            Object parsed = PortSpec.expose(e);
            if (parsed instanceof String error) {
                return new Parsed.Invalid(error);
            }
            @SuppressWarnings("unchecked")
            List<String> list = (List<String>) parsed;
            exposed.addAll(list);
        }
        String restart = args.value("restart") == null ? "no" : args.value("restart");
        if (!restart.isEmpty() && !restart.equals("no") && args.bool("rm")) {
            return new Parsed.Invalid("conflicting options: cannot specify both --restart and --rm");
        }
        // opts.ParseRestartPolicy: a name before any colon; a count after it, if any, that strconv.Atoi takes
        int colon = restart.indexOf(':');
        if (colon == 0) {
            return new Parsed.Invalid("invalid restart policy format: no policy provided before colon");
        }
        String count = colon < 0 ? "" : restart.substring(colon + 1);
        if (!count.isEmpty() && !(count.matches("[+-]?[0-9]+") && new java.math.BigInteger(count).bitLength() < 64)) {
            return new Parsed.Invalid("invalid restart policy format: maximum retry count must be an integer");
        }
        if (colon > 0) {
            // the policy as the daemon receives it: a count of 0 (or none: "on-failure:") is no count
            long max = count.isEmpty() ? 0 : Long.parseLong(count);
            restart = restart.substring(0, colon) + (max == 0 ? "" : ":" + max);
        }
        if (values(args, "volume").contains("")) {
            return new Parsed.Invalid("invalid empty volume spec"); // cli/compose/loader ParseVolume, client-side
        }
        Optional<String> networkError = networkError(args);
        if (networkError.isPresent()) {
            return new Parsed.Invalid(networkError.get());
        }
        List<String> entrypoint = null;
        if (args.has("entrypoint")) {
            String ep = args.value("entrypoint");
            entrypoint = ep.isEmpty() ? List.of() : List.of(ep); // one string, not split (opts.go)
        }
        return new Parsed.Ok(new ContainerOptions(env, nonNull(args.value("workdir")), nonNull(args.value("user")),
                nonNull(args.value("hostname")), labels, entrypoint, restart.isEmpty() ? "no" : restart, ports,
                exposed, args.bool("publish-all"), args.bool("interactive"), args.bool("tty")));
    }

    /**
     * The daemon's check of the restart policy (api/types/container/hostconfig.go
     * ValidateRestartPolicy), empty when it is fine.
     */
    static Optional<String> restartError(String policy) {
        int colon = policy.indexOf(':');
        String name = colon < 0 ? policy : policy.substring(0, colon);
        if (!List.of("no", "always", "on-failure", "unless-stopped").contains(name)) {
            return Optional.of("invalid restart policy: unknown policy '" + name
                    + "'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'");
        }
        if (colon >= 0 && !name.equals("on-failure")) {
            return Optional.of("invalid restart policy: maximum retry count can only be used with 'on-failure'");
        }
        return Optional.empty();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static List<String> values(ParsedArgs args, String name) {
        return args.flags().getOrDefault(name, List.of());
    }

    /** opts/envfile.go (kvfile): NAME=value lines, comments and blank lines skipped, a bare NAME taken from the environment. */
    /**
     * opts.go parseNetworkAttachmentOpt: each --network needs a name, and --network-alias needs a
     * user-defined network (not default, bridge, host, none or container:…); without --network the
     * container joins the default one.
     */
    private static Optional<String> networkError(ParsedArgs args) {
        List<String> networks = values(args, "network");
        for (String n : networks) {
            if (n.isBlank()) {
                return Optional.of("no name set for network");
            }
        }
        if (!values(args, "network-alias").isEmpty()) {
            String mode = networks.isEmpty() ? "default" : networks.get(0);
            if (List.of("default", "bridge", "host", "none").contains(mode) || mode.startsWith("container:")) {
                return Optional.of("network-scoped aliases are only supported for user-defined networks");
            }
        }
        return Optional.empty();
    }

    static Object envFile(String file, ShellState state, boolean lookUp) {
        String path = VPath.resolve(state.cwd(), file);
        Optional<Node> node = state.fs().lookup(path);
        if (node.isEmpty() || file.isEmpty()) {
            return "open " + file + ": no such file or directory"; // os.Open(""): ENOENT
        }
        if (!(node.get() instanceof Node.File f)) {
            return "read " + file + ": is a directory";
        }
        List<String> env = new ArrayList<>();
        for (String raw : new String(f.content(), StandardCharsets.UTF_8).split("\n")) {
            String line = raw.stripLeading();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String name = eq < 0 ? line : line.substring(0, eq);
            if (name.isEmpty()) {
                return "invalid env file (" + file + "): no variable name on line '" + line + "'";
            }
            if (name.chars().anyMatch(Character::isWhitespace)) {
                return "invalid env file (" + file + "): variable '" + name + "' contains whitespaces";
            }
            if (eq >= 0) {
                env.add(line);
            } else if (lookUp && state.var(name) != null) {
                env.add(name + "=" + state.var(name));
            }
        }
        return env;
    }
}
