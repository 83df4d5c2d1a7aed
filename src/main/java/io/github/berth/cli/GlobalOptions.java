package io.github.berth.cli;

import io.github.berth.fs.VPath;
import io.github.berth.shell.ShellState;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * docker's own options before the command ({@code docker --debug ps}, {@code docker -l warn ps},
 * {@code docker -c default ps}), parsed with pflag's rules as cobra's root command parses them
 * (docker/cli v28.2.2 cmd/docker/docker.go, cli/flags/options.go, cli/command/cli.go Initialize).
 * Each was checked with the 28.2.2 client on this machine. berth's sandbox has one engine, the
 * default context at unix:///var/run/docker.sock: another context is not found, as on a machine
 * where none was created; another socket cannot be reached; a TCP or SSH host is not simulated.
 */
final class GlobalOptions {
    /** What is left to run (the command and its arguments), or what docker prints instead. */
    sealed interface Result {
        /** @param help {@code --help} was given; @param version {@code -v} was, with no command after it */
        record Run(List<String> rest, boolean help, boolean version, String notices) implements Result {}

        record Refused(String text, int exit) implements Result {}
    }

    static final String USAGE = "Usage:  docker [OPTIONS] COMMAND [ARG...]";
    private static final String DEFAULT_HOST = "unix:///var/run/docker.sock";
    private static final List<String> LEVELS = List.of("panic", "fatal", "error", "warn", "warning", "info", "debug",
            "trace");

    private GlobalOptions() {}

    /** cmd/docker/docker.go: what -v and --version print. */
    static final String VERSION_LINE = "Docker version 28.2.2, build e6534b4";

    static Result parse(List<String> args, ShellState state) {
        // cli/config.Dir and the --tls* defaults, as Docker's overview shows them
        String home = nonEmpty(state.var("HOME"), "/home/learner");
        String configDir = nonEmpty(state.var("DOCKER_CONFIG"), home + "/.docker");
        String certDir = nonEmpty(state.var("DOCKER_CERT_PATH"), configDir);
        CommandSpec root = new CommandSpec("docker", "[OPTIONS] COMMAND [ARG...]", "",
                Overview.globalFlags(configDir, certDir), new ArgsRule.AtLeast(0), false);
        FlagParser.Result parsed = FlagParser.parse(root, args);
        if (parsed instanceof FlagParser.Result.Error error) {
            return new Result.Refused(error.message() + "\n\n" + USAGE + "\n\nRun 'docker --help' for more information",
                    125);
        }
        FlagParser.Result.Ok ok = (FlagParser.Result.Ok) parsed;
        ParsedArgs flags = ok.args();
        String level = flags.value("log-level");
        if (level != null && !LEVELS.contains(level.toLowerCase(Locale.ROOT))) {
            return new Result.Refused("Unable to parse logging level: " + level, 1); // logrus.ParseLevel
        }
        List<String> rest = flags.positionals();
        if (rest.isEmpty() || ok.help()) {
            return new Result.Run(rest, ok.help(), flags.bool("version") && !ok.help(), ok.notices());
        }
        Optional<String> endpoint = endpointError(flags, state, configDir, certDir);
        if (endpoint.isPresent()) {
            return new Result.Refused(endpoint.get(), 1);
        }
        return new Result.Run(rest, false, false, ok.notices());
    }

    /** cli.go Initialize and resolveDockerEndpoint, for the sandbox's one engine. */
    private static Optional<String> endpointError(ParsedArgs flags, ShellState state, String configDir,
                                                  String certDir) {
        String dir = flags.value("config") != null ? flags.value("config") : configDir;
        List<String> hosts = flags.flags().getOrDefault("host", List.of());
        String context = flags.value("context");
        if (!hosts.isEmpty() && context != null && !context.isEmpty()) {
            return Optional.of("conflicting options: cannot specify both --host and --context");
        }
        String failed = "Failed to initialize: unable to resolve docker endpoint: ";
        if (context != null && !context.isEmpty() && !context.equals("default")) {
            return Optional.of(failed + "context " + GoQuote.string(context) + ": context not found: open " + dir
                    + "/contexts/meta/" + sha256(context) + "/meta.json: no such file or directory");
        }
        if (hosts.size() > 1) {
            return Optional.of(failed + "Specify only one -H");
        }
        if (flags.bool("tls") || flags.bool("tlsverify")) {
            String ca = flags.value("tlscacert") != null ? flags.value("tlscacert") : certDir + "/ca.pem";
            if (state.fs().lookup(VPath.resolve(state.cwd(), ca)).isEmpty()) {
                return Optional.of(failed + "open " + ca + ": no such file or directory");
            }
        }
        if (hosts.size() == 1 && !hosts.get(0).equals(DEFAULT_HOST)) {
            String host = hosts.get(0);
            if (host.startsWith("unix://")) {
                return Optional.of("Cannot connect to the Docker daemon at " + host + ". Is the docker daemon running?");
            }
            return Optional.of("docker -H " + host + ": berth's sandbox has one engine, at " + DEFAULT_HOST
                    + "; other hosts are not simulated");
        }
        return Optional.empty();
    }

    private static String nonEmpty(String value, String otherwise) {
        return value == null || value.isEmpty() ? otherwise : value;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
