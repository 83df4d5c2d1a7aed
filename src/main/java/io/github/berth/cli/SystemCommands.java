package io.github.berth.cli;

import io.github.berth.engine.Container;
import io.github.berth.engine.ContainerState;
import io.github.berth.engine.Engine;
import io.github.berth.engine.GoText;
import io.github.berth.engine.Image;
import io.github.berth.engine.Networks;
import io.github.berth.engine.Volumes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code docker system df|prune}, {@code docker version} and {@code docker info}: docker/cli
 * v28.2.2 cli/command/system/*.go and formatter/disk_usage.go. The client parts are what the
 * 28.2.2 client prints; the server parts say plainly that the daemon is berth's sandbox engine.
 */
final class SystemCommands {
    private SystemCommands() {}

    private static Set<String> usedImages(Engine engine) {
        Set<String> used = new HashSet<>();
        engine.containers().forEach(c -> used.add(c.imageId()));
        return used;
    }

    private static boolean active(Container c) {
        ContainerState.Status s = c.state().status();
        return s == ContainerState.Status.RUNNING || s == ContainerState.Status.PAUSED
                || s == ContainerState.Status.RESTARTING;
    }

    static final class Df implements DockerCommand {
        private static final CommandSpec SPEC = new CommandSpec("df", "[OPTIONS]", "Show docker disk usage", List.of(
                FlagSpec.value("format", (char) 0, "string", PsCommand.FORMAT_HELP),
                FlagSpec.bool("verbose", 'v', "Show detailed information on space usage")),
                new ArgsRule.None(), true);

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(Invocation inv) {
            Engine engine = inv.engine();
            List<Image> images = engine.images();
            Set<String> used = usedImages(engine);
            long total = 0;
            long usedSize = 0;
            int activeImages = 0;
            for (Image i : images) {
                total += i.size();
                if (used.contains(i.id())) {
                    activeImages++;
                    usedSize += i.size();
                }
            }
            long reclaimable = total - usedSize;
            List<Container> containers = engine.containers();
            long running = containers.stream().filter(SystemCommands::active).count();
            List<Volumes.Volume> volumes = engine.volumes().list();
            long activeVolumes = volumes.stream().filter(v -> !engine.volumes().users(v.name()).isEmpty()).count();
            if (inv.args().bool("verbose")) {
                return verbose(inv, images, used, containers, volumes);
            }
            Table t = new Table().row(List.of("TYPE", "TOTAL", "ACTIVE", "SIZE", "RECLAIMABLE"));
            t.row(List.of("Images", String.valueOf(images.size()), String.valueOf(activeImages), Units.humanSize4(total),
                    total > 0 ? Units.humanSize4(reclaimable) + " (" + reclaimable * 100 / total + "%)" : "0B"));
            t.row(List.of("Containers", String.valueOf(containers.size()), String.valueOf(running), "0B", "0B"));
            t.row(List.of("Local Volumes", String.valueOf(volumes.size()), String.valueOf(activeVolumes), "0B", "0B"));
            t.row(List.of("Build Cache", "0", "0", "0B", "0B"));
            inv.out().stdout(t.render());
            return 0;
        }

        /** system/df.go verbose: the images, containers, volumes and build cache tables, each with a title. */
        private int verbose(Invocation inv, List<Image> images, Set<String> used, List<Container> containers,
                            List<Volumes.Volume> volumes) {
            StringBuilder sb = new StringBuilder("Images space usage:\n\n");
            Table it = new Table().row(List.of("REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE", "SHARED SIZE",
                    "UNIQUE SIZE", "CONTAINERS"));
            java.time.Instant now = inv.engine().clock().instant();
            for (Image i : images) {
                long count = containers.stream().filter(c -> c.imageId().equals(i.id())).count();
                List<String> tags = i.repoTags().isEmpty() ? List.of("<none>:<none>") : i.repoTags();
                for (String tag : tags) {
                    int colon = tag.lastIndexOf(':');
                    it.row(List.of(tag.substring(0, colon), tag.substring(colon + 1), i.shortId(),
                            Units.humanDuration(java.time.Duration.between(i.created(), now)) + " ago",
                            Units.humanSize4(i.size()), "0B", Units.humanSize4(i.size()), String.valueOf(count)));
                }
            }
            sb.append(it.render()).append("\nContainers space usage:\n\n");
            Table ct = new Table().row(List.of("CONTAINER ID", "IMAGE", "COMMAND", "LOCAL VOLUMES", "SIZE", "CREATED",
                    "STATUS", "NAMES"));
            for (Container c : containers) {
                long local = inv.engine().volumes().mounts(c.id()).stream().filter(m -> m.type().equals("volume"))
                        .count();
                ct.row(List.of(c.shortId(), c.image(), GoText.quote(Table.ellipsis(ContainerRows.command(c), 20)),
                        String.valueOf(local), "0B", Units.humanDuration(java.time.Duration.between(c.created(), now))
                                + " ago", PsCommand.status(c, now), c.name()));
            }
            sb.append(ct.render()).append("\nLocal Volumes space usage:\n\n");
            Table vt = new Table().row(List.of("VOLUME NAME", "LINKS", "SIZE"));
            for (Volumes.Volume v : volumes) {
                vt.row(List.of(v.name(), String.valueOf(inv.engine().volumes().users(v.name()).size()), "0B"));
            }
            sb.append(vt.render()).append("\nBuild cache usage: 0B\n\n");
            sb.append(new Table().row(List.of("CACHE ID", "CACHE TYPE", "SIZE", "CREATED", "LAST USED", "USAGE",
                    "SHARED")).render());
            inv.out().stdout(sb.toString());
            return 0;
        }
    }

    static final class Prune implements DockerCommand {
        private static final CommandSpec SPEC = new CommandSpec("prune", "[OPTIONS]", "Remove unused data", List.of(
                FlagSpec.bool("all", 'a', "Remove all unused images not just dangling ones"),
                FlagSpec.value("filter", (char) 0, "filter", "Provide filter values (e.g. \"label=<key>=<value>\")"),
                FlagSpec.bool("force", 'f', "Do not prompt for confirmation"),
                FlagSpec.bool("volumes", (char) 0, "Prune anonymous volumes")),
                new ArgsRule.None(), true);

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(Invocation inv) {
            boolean all = inv.args().bool("all");
            boolean volumes = inv.args().bool("volumes");
            if (!inv.args().bool("force")) {
                StringBuilder w = new StringBuilder("WARNING! This will remove:\n  - all stopped containers\n"
                        + "  - all networks not used by at least one container\n");
                if (volumes) {
                    w.append("  - all anonymous volumes not used by at least one container\n");
                }
                w.append(all ? "  - all images without at least one container associated to them\n"
                        : "  - all dangling images\n");
                w.append(all ? "  - all build cache\n" : "  - unused build cache\n");
                w.append("\nAre you sure you want to continue?");
                if (!ImagePruneCommand.confirm(inv, w.toString())) {
                    return 0;
                }
            }
            Engine engine = inv.engine();
            StringBuilder out = new StringBuilder();
            List<String> removed = new ArrayList<>();
            for (Container c : engine.containers()) {
                if (!active(c)) {
                    engine.remove(c.id());
                    removed.add(c.id());
                }
            }
            if (!removed.isEmpty()) {
                out.append("Deleted Containers:\n");
                removed.forEach(id -> out.append(id).append('\n'));
                out.append('\n');
            }
            List<String> nets = new ArrayList<>();
            for (Networks.Network n : engine.networks().list()) {
                if (!n.predefined() && engine.networks().remove(n.id()).isEmpty()) {
                    nets.add(n.name());
                }
            }
            if (!nets.isEmpty()) {
                out.append("Deleted Networks:\n");
                nets.forEach(n -> out.append(n).append('\n'));
                out.append('\n');
            }
            if (volumes) {
                List<String> vols = engine.volumes().prune(false);
                if (!vols.isEmpty()) {
                    out.append("Deleted Volumes:\n");
                    vols.forEach(v -> out.append(v).append('\n'));
                    out.append('\n');
                }
            }
            var pruned = engine.localImages().prune(all);
            if (!pruned.lines().isEmpty()) {
                out.append("Deleted Images:\n");
                pruned.lines().forEach(d -> out.append(d.deleted() ? "deleted: " : "untagged: ").append(d.value())
                        .append('\n'));
                out.append('\n');
            }
            out.append("Total reclaimed space: ").append(Units.humanSize4(pruned.reclaimed())).append('\n');
            inv.out().stdout(out.toString());
            return 0;
        }
    }

    static final class Version implements DockerCommand {
        private static final CommandSpec SPEC = new CommandSpec("version", "[OPTIONS]",
                "Show the Docker version information", List.of(FlagSpec.value("format", 'f', "string",
                        InspectCommand.FORMAT_HELP)), new ArgsRule.None(), true);

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(Invocation inv) {
            String format = inv.args().value("format");
            if (format != null && !format.isEmpty()) {
                return VersionFormat.print(inv, format);
            }
            // the 28.2.2 client's own lines (docker version on the development machine), tabwriter(20, 1, 1)
            inv.out().stdout("Client:\n"
                    + " Version:           28.2.2\n"
                    + " API version:       1.50\n"
                    + " Go version:        go1.24.3\n"
                    + " Git commit:        e6534b4\n"
                    + " Built:             Fri May 30 12:07:14 2025\n"
                    + " OS/Arch:           linux/amd64\n"
                    + " Context:           default\n"
                    + "\n"
                    + "Server: berth sandbox engine (a simulation inside berth, not a Docker daemon)\n"
                    + " Engine:\n"
                    + "  Version:          berth (answers as Docker Engine 28.2.2 would)\n"
                    + "  API version:      1.50 (minimum version 1.24)\n"
                    + "  Go version:       none (berth is written in Java)\n"
                    + "  Git commit:       none\n"
                    + "  Built:            with berth\n"
                    + "  OS/Arch:          linux/amd64\n"
                    + "  Experimental:     false\n");
            return 0;
        }
    }

    static final class Info implements DockerCommand {
        private static final CommandSpec SPEC = new CommandSpec("info", "[OPTIONS]",
                "Display system-wide information", List.of(FlagSpec.value("format", 'f', "string",
                        InspectCommand.FORMAT_HELP)), new ArgsRule.None(), true);

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(Invocation inv) {
            Engine engine = inv.engine();
            List<Container> containers = engine.containers();
            long running = containers.stream().filter(c -> c.state().status() == ContainerState.Status.RUNNING).count();
            long paused = containers.stream().filter(c -> c.state().status() == ContainerState.Status.PAUSED).count();
            inv.out().stdout("Client:\n"
                    + " Version:    28.2.2\n"
                    + " Context:    default\n"
                    + " Debug Mode: false\n"
                    + "\n"
                    + "Server:\n"
                    + " Containers: " + containers.size() + "\n"
                    + "  Running: " + running + "\n"
                    + "  Paused: " + paused + "\n"
                    + "  Stopped: " + (containers.size() - running - paused) + "\n"
                    + " Images: " + engine.images().size() + "\n"
                    + " Server Version: berth sandbox engine (answers as Docker Engine 28.2.2, API 1.50)\n"
                    + " Storage Driver: overlay2 (simulated in memory)\n"
                    + " Logging Driver: json-file\n"
                    + " Cgroup Driver: systemd\n"
                    + " Cgroup Version: 2\n"
                    + " Plugins:\n"
                    + "  Volume: local\n"
                    + "  Network: bridge host null\n"
                    + "  Log: json-file\n"
                    + " Swarm: inactive\n"
                    + " Default Runtime: runc\n"
                    + " Operating System: berth's sandbox (no real kernel: nothing runs on your machine)\n"
                    + " OSType: linux\n"
                    + " Architecture: x86_64\n"
                    + " Name: berth\n"
                    + " Docker Root Dir: /var/lib/docker\n"
                    + " Debug Mode: false\n"
                    + " Experimental: false\n"
                    + " Live Restore Enabled: false\n");
            return 0;
        }
    }
}
