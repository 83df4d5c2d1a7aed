package io.github.berth.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The top-level usage {@code docker} prints with no command (on stderr) or for {@code --help}
 * (on stdout): docker/cli v28.2.2 cli/cobra.go usageTemplate for the root command, whose commands
 * cmd/docker and cli/command/commands/commands.go register. Common Commands keep their
 * "category-top" order; the other sections are sorted by name as cobra sorts them; names are
 * padded to cobra's NamePadding (the longest name, at least 11) plus one.
 *
 * <p>The catalog lists every command a docker 28.2.2 client without CLI plugins shows; a command
 * berth implements takes its description from its own spec, so the two cannot drift apart.
 */
final class Overview {
    enum Section { COMMON, MANAGEMENT, SWARM, OTHER }

    record Entry(String name, Section section, String description) {}

    /** docker/cli v28.2.2: each command's Use name and Short, as the real client prints them. */
    static final List<Entry> CATALOG = List.of(
            new Entry("run", Section.COMMON, "Create and run a new container from an image"),
            new Entry("exec", Section.COMMON, "Execute a command in a running container"),
            new Entry("ps", Section.COMMON, "List containers"),
            new Entry("build", Section.COMMON, "Build an image from a Dockerfile"),
            new Entry("pull", Section.COMMON, "Download an image from a registry"),
            new Entry("push", Section.COMMON, "Upload an image to a registry"),
            new Entry("images", Section.COMMON, "List images"),
            new Entry("login", Section.COMMON, "Authenticate to a registry"),
            new Entry("logout", Section.COMMON, "Log out from a registry"),
            new Entry("search", Section.COMMON, "Search Docker Hub for images"),
            new Entry("version", Section.COMMON, "Show the Docker version information"),
            new Entry("info", Section.COMMON, "Display system-wide information"),
            new Entry("builder", Section.MANAGEMENT, "Manage builds"),
            new Entry("checkpoint", Section.MANAGEMENT, "Manage checkpoints"),
            new Entry("container", Section.MANAGEMENT, "Manage containers"),
            new Entry("context", Section.MANAGEMENT, "Manage contexts"),
            new Entry("image", Section.MANAGEMENT, "Manage images"),
            new Entry("manifest", Section.MANAGEMENT, "Manage Docker image manifests and manifest lists"),
            new Entry("network", Section.MANAGEMENT, "Manage networks"),
            new Entry("plugin", Section.MANAGEMENT, "Manage plugins"),
            new Entry("system", Section.MANAGEMENT, "Manage Docker"),
            new Entry("trust", Section.MANAGEMENT, "Manage trust on Docker images"),
            new Entry("volume", Section.MANAGEMENT, "Manage volumes"),
            new Entry("config", Section.SWARM, "Manage Swarm configs"),
            new Entry("node", Section.SWARM, "Manage Swarm nodes"),
            new Entry("secret", Section.SWARM, "Manage Swarm secrets"),
            new Entry("service", Section.SWARM, "Manage Swarm services"),
            new Entry("stack", Section.SWARM, "Manage Swarm stacks"),
            new Entry("swarm", Section.SWARM, "Manage Swarm"),
            new Entry("attach", Section.OTHER, "Attach local standard input, output, and error streams to a running container"),
            new Entry("commit", Section.OTHER, "Create a new image from a container's changes"),
            new Entry("cp", Section.OTHER, "Copy files/folders between a container and the local filesystem"),
            new Entry("create", Section.OTHER, "Create a new container"),
            new Entry("diff", Section.OTHER, "Inspect changes to files or directories on a container's filesystem"),
            new Entry("events", Section.OTHER, "Get real time events from the server"),
            new Entry("export", Section.OTHER, "Export a container's filesystem as a tar archive"),
            new Entry("history", Section.OTHER, "Show the history of an image"),
            new Entry("import", Section.OTHER, "Import the contents from a tarball to create a filesystem image"),
            new Entry("inspect", Section.OTHER, "Return low-level information on Docker objects"),
            new Entry("kill", Section.OTHER, "Kill one or more running containers"),
            new Entry("load", Section.OTHER, "Load an image from a tar archive or STDIN"),
            new Entry("logs", Section.OTHER, "Fetch the logs of a container"),
            new Entry("pause", Section.OTHER, "Pause all processes within one or more containers"),
            new Entry("port", Section.OTHER, "List port mappings or a specific mapping for the container"),
            new Entry("rename", Section.OTHER, "Rename a container"),
            new Entry("restart", Section.OTHER, "Restart one or more containers"),
            new Entry("rm", Section.OTHER, "Remove one or more containers"),
            new Entry("rmi", Section.OTHER, "Remove one or more images"),
            new Entry("save", Section.OTHER, "Save one or more images to a tar archive (streamed to STDOUT by default)"),
            new Entry("start", Section.OTHER, "Start one or more stopped containers"),
            new Entry("stats", Section.OTHER, "Display a live stream of container(s) resource usage statistics"),
            new Entry("stop", Section.OTHER, "Stop one or more running containers"),
            new Entry("tag", Section.OTHER, "Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE"),
            new Entry("top", Section.OTHER, "Display the running processes of a container"),
            new Entry("unpause", Section.OTHER, "Unpause all processes within one or more containers"),
            new Entry("update", Section.OTHER, "Update configuration of one or more containers"),
            new Entry("wait", Section.OTHER, "Block until one or more containers stop, then print their exit codes"));

    private static final int MIN_NAME_PADDING = 11;

    private Overview() {}

    /**
     * @param implemented berth's top-level commands by name (their specs' descriptions win)
     * @param configDir   docker's configuration directory ($DOCKER_CONFIG, else ~/.docker)
     * @param certDir     where TLS files default to ($DOCKER_CERT_PATH, else configDir)
     */
    static String render(Map<String, CommandSpec> implemented, String configDir, String certDir) {
        List<Entry> entries = new ArrayList<>();
        for (Entry e : CATALOG) {
            CommandSpec spec = implemented.get(e.name());
            entries.add(spec == null ? e : new Entry(e.name(), e.section(), spec.description()));
        }
        int width = Math.max(MIN_NAME_PADDING, entries.stream().mapToInt(e -> e.name().length()).max().orElse(0)) + 1;
        StringBuilder sb = new StringBuilder("Usage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers\n");
        section(sb, "Common Commands:", entries, Section.COMMON, width, false);
        section(sb, "Management Commands:", entries, Section.MANAGEMENT, width, true);
        section(sb, "Swarm Commands:", entries, Section.SWARM, width, true);
        section(sb, "Commands:", entries, Section.OTHER, width, true);
        sb.append("\nGlobal Options:\n").append(Help.flagUsages(globalFlags(configDir, certDir)));
        sb.append("\nRun 'docker COMMAND --help' for more information on a command.\n\n");
        sb.append("For more help on how to use Docker, head to https://docs.docker.com/go/guides/\n");
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, List<Entry> entries, Section section, int width,
                                boolean sorted) {
        List<Entry> shown = new ArrayList<>(entries.stream().filter(e -> e.section() == section).toList());
        if (sorted) {
            shown.sort(Comparator.comparing(Entry::name));
        }
        sb.append('\n').append(title).append('\n');
        for (Entry e : shown) {
            sb.append("  ").append(e.name()).append(" ".repeat(width - e.name().length())).append(e.description())
                    .append('\n');
        }
    }

    /** docker/cli v28.2.2 cli/flags/options.go InstallFlags and cmd/docker/docker.go (-v). */
    static List<FlagSpec> globalFlags(String configDir, String certDir) {
        return List.of(
                FlagSpec.value("config", (char) 0, "string",
                        "Location of client config files (default \"" + configDir + "\")"),
                FlagSpec.value("context", 'c', "string", "Name of the context to use to connect to the daemon"
                        + " (overrides DOCKER_HOST env var and default context set with \"docker context use\")"),
                FlagSpec.bool("debug", 'D', "Enable debug mode"),
                FlagSpec.value("host", 'H', "list", "Daemon socket to connect to"),
                FlagSpec.value("log-level", 'l', "string",
                        "Set the logging level (\"debug\", \"info\", \"warn\", \"error\", \"fatal\") (default \"info\")"),
                FlagSpec.bool("tls", (char) 0, "Use TLS; implied by --tlsverify"),
                FlagSpec.value("tlscacert", (char) 0, "string",
                        "Trust certs signed only by this CA (default \"" + certDir + "/ca.pem\")"),
                FlagSpec.value("tlscert", (char) 0, "string",
                        "Path to TLS certificate file (default \"" + certDir + "/cert.pem\")"),
                FlagSpec.value("tlskey", (char) 0, "string", "Path to TLS key file (default \"" + certDir + "/key.pem\")"),
                FlagSpec.bool("tlsverify", (char) 0, "Use TLS and verify the remote"),
                FlagSpec.bool("version", 'v', "Print version information and quit"));
    }
}
