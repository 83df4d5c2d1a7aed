package io.github.berth.cli;

import io.github.berth.shell.Output;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The management commands typed without one of their subcommands ({@code docker volume},
 * {@code docker network --help}, {@code docker container nope}) as docker/cli v28.2.2 answers
 * them: cli/command/*&#47;cmd.go run {@code command.ShowHelp(dockerCli.Err())} (the help on
 * stderr, status 0), {@code --help} prints it on stdout, an unknown subcommand is cli/cobra.go's
 * {@code docker: unknown command: docker volume foo} with the command's UseLine (status 1), and
 * an unknown flag its FlagErrorFunc (125). Checked against the docker 28.2.2 client. Docker's
 * whole listing is kept; a listed subcommand that berth has no simulation of says so.
 */
final class ManagementGroups {
    /** A management command: its cobra {@code Use}, {@code Short} and subcommands with theirs. */
    record Group(String name, String use, String description, List<Map.Entry<String, String>> commands) {}

    private static Map.Entry<String, String> c(String name, String description) {
        return Map.entry(name, description);
    }

    /** docker/cli v28.2.2 cli/command/{container,image,network,volume,system}/cmd.go, as the client prints them. */
    private static final Map<String, Group> GROUPS = Map.of(
            "container", new Group("container", "container", "Manage containers", List.of(
                    c("attach", "Attach local standard input, output, and error streams to a running container"),
                    c("commit", "Create a new image from a container's changes"),
                    c("cp", "Copy files/folders between a container and the local filesystem"),
                    c("create", "Create a new container"),
                    c("diff", "Inspect changes to files or directories on a container's filesystem"),
                    c("exec", "Execute a command in a running container"),
                    c("export", "Export a container's filesystem as a tar archive"),
                    c("inspect", "Display detailed information on one or more containers"),
                    c("kill", "Kill one or more running containers"),
                    c("logs", "Fetch the logs of a container"),
                    c("ls", "List containers"),
                    c("pause", "Pause all processes within one or more containers"),
                    c("port", "List port mappings or a specific mapping for the container"),
                    c("prune", "Remove all stopped containers"),
                    c("rename", "Rename a container"),
                    c("restart", "Restart one or more containers"),
                    c("rm", "Remove one or more containers"),
                    c("run", "Create and run a new container from an image"),
                    c("start", "Start one or more stopped containers"),
                    c("stats", "Display a live stream of container(s) resource usage statistics"),
                    c("stop", "Stop one or more running containers"),
                    c("top", "Display the running processes of a container"),
                    c("unpause", "Unpause all processes within one or more containers"),
                    c("update", "Update configuration of one or more containers"),
                    c("wait", "Block until one or more containers stop, then print their exit codes"))),
            "image", new Group("image", "image", "Manage images", List.of(
                    c("build", "Build an image from a Dockerfile"),
                    c("history", "Show the history of an image"),
                    c("import", "Import the contents from a tarball to create a filesystem image"),
                    c("inspect", "Display detailed information on one or more images"),
                    c("load", "Load an image from a tar archive or STDIN"),
                    c("ls", "List images"),
                    c("prune", "Remove unused images"),
                    c("pull", "Download an image from a registry"),
                    c("push", "Upload an image to a registry"),
                    c("rm", "Remove one or more images"),
                    c("save", "Save one or more images to a tar archive (streamed to STDOUT by default)"),
                    c("tag", "Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE"))),
            "network", new Group("network", "network", "Manage networks", List.of(
                    c("connect", "Connect a container to a network"),
                    c("create", "Create a network"),
                    c("disconnect", "Disconnect a container from a network"),
                    c("inspect", "Display detailed information on one or more networks"),
                    c("ls", "List networks"),
                    c("prune", "Remove all unused networks"),
                    c("rm", "Remove one or more networks"))),
            "volume", new Group("volume", "volume COMMAND", "Manage volumes", List.of(
                    c("create", "Create a volume"),
                    c("inspect", "Display detailed information on one or more volumes"),
                    c("ls", "List volumes"),
                    c("prune", "Remove unused local volumes"),
                    c("rm", "Remove one or more volumes"),
                    c("update", "Update a volume (cluster volumes only)"))),
            "system", new Group("system", "system", "Manage Docker", List.of(
                    c("df", "Show docker disk usage"),
                    c("events", "Get real time events from the server"),
                    c("info", "Display system-wide information"),
                    c("prune", "Remove unused data"))));

    private ManagementGroups() {}

    static Optional<Group> find(String name) {
        return Optional.ofNullable(GROUPS.get(name));
    }

    /** The group's help: cli/cobra.go's usage template for a command with subcommands. */
    static String help(Group g) {
        StringBuilder sb = new StringBuilder();
        sb.append("Usage:  docker ").append(g.name()).append(" COMMAND\n\n").append(g.description()).append("\n\nCommands:\n");
        int width = g.commands().stream().mapToInt(e -> e.getKey().length()).max().orElse(0);
        // cobra's rpad to the longest name, at least 11 ("{{rpad .Name .NamePadding}}")
        int pad = Math.max(width, 11);
        for (Map.Entry<String, String> e : g.commands()) {
            sb.append("  ").append(e.getKey()).append(" ".repeat(pad - e.getKey().length() + 1))
                    .append(e.getValue()).append('\n');
        }
        sb.append("\nRun 'docker ").append(g.name()).append(" COMMAND --help' for more information on a command.\n");
        return sb.toString();
    }

    /**
     * {@code docker GROUP ARGS…} where no registered command matched: the help, a flag error, an
     * unknown command, or (for a subcommand Docker has and berth does not) berth's own notice.
     */
    static int run(Group g, List<String> args, Output out) {
        String path = "docker " + g.name();
        if (args.isEmpty()) {
            out.stderr(help(g));
            return 0;
        }
        String first = args.get(0);
        if (first.equals("--")) {
            // after "--" every word is an argument: the help, or an unknown command (real client)
            if (args.size() == 1) {
                out.stderr(help(g));
                return 0;
            }
            return unknown(g, args.get(1), out);
        }
        if (first.equals("--help")) {
            out.stdout(help(g));
            return 0;
        }
        if (first.equals("-h")) {
            out.outLine("Flag shorthand -h has been deprecated, use --help");
            out.stdout(help(g));
            return 0;
        }
        if (first.startsWith("-") && !first.equals("-") && !first.equals("--")) {
            String error = first.startsWith("--") ? "unknown flag: " + first.split("=", 2)[0]
                    : "unknown shorthand flag: '" + first.charAt(1) + "' in " + first;
            out.errLine(error + "\n\nUsage:  docker " + g.use() + "\n\nRun '" + path + " --help' for more information");
            return 125;
        }
        boolean listed = g.commands().stream().anyMatch(e -> e.getKey().equals(first));
        if (listed) {
            out.errLine(path + " " + first + ": berth's sandbox does not simulate this command yet");
            return 1;
        }
        return unknown(g, first, out);
    }

    private static int unknown(Group g, String word, Output out) {
        out.errLine("docker: unknown command: docker " + g.name() + " " + word + "\n\nUsage:  docker " + g.use()
                + "\n\nRun 'docker " + g.name() + " --help' for more information");
        return 1;
    }
}
