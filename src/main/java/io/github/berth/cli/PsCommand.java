package io.github.berth.cli;

import io.github.berth.engine.Container;
import io.github.berth.engine.ContainerState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code docker ps}: the default table of docker/cli v28.2.2 cli/command/formatter/container.go
 * (ID, IMAGE, COMMAND quoted and cut to 20, CREATED, STATUS, PORTS, NAMES), newest first.
 */
final class PsCommand implements DockerCommand {
    private static final CommandSpec SPEC = new CommandSpec("ps", "[OPTIONS]", "List containers", List.of(
            FlagSpec.bool("all", 'a', "Show all containers (default shows just running)"),
            FlagSpec.value("last", 'n', "int", "Show n last created containers (includes all states) (default -1)"),
            FlagSpec.bool("latest", 'l', "Show the latest created container (includes all states)"),
            FlagSpec.bool("no-trunc", (char) 0, "Don't truncate output"),
            FlagSpec.bool("quiet", 'q', "Only display container IDs")),
            new ArgsRule.None(), true);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        List<Container> all = inv.engine().containers();
        long last = inv.args().has("last") ? Long.parseLong(inv.args().value("last")) : -1;
        if (inv.args().bool("latest")) {
            last = 1;
        }
        List<Container> shown = new ArrayList<>();
        for (Container c : all) {
            if (last > 0 && shown.size() >= last) {
                break;
            }
            if (last > 0 || inv.args().bool("all") || c.state().status() == ContainerState.Status.RUNNING) {
                shown.add(c);
            }
        }
        boolean trunc = !inv.args().bool("no-trunc");
        if (inv.args().bool("quiet")) {
            shown.forEach(c -> inv.out().outLine(trunc ? c.shortId() : c.id()));
            return 0;
        }
        Instant now = inv.engine().clock().instant();
        Table table = new Table().row(List.of("CONTAINER ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES"));
        for (Container c : shown) {
            String command = c.args().isEmpty() ? c.path() : c.path() + " " + joinArgs(c.args());
            table.row(List.of(trunc ? c.shortId() : c.id(), c.image(),
                    quote(trunc ? Table.ellipsis(command, 20) : command),
                    Units.humanDuration(Duration.between(c.created(), now)) + " ago",
                    status(c, now, inv.engine()), PortsColumn.of(inv.engine(), c), c.name()));
        }
        inv.out().stdout(table.render());
        return 0;
    }

    /** moby daemon/list.go: arguments with a space are shown in single quotes. */
    private static String joinArgs(List<String> args) {
        List<String> shown = new ArrayList<>();
        for (String arg : args) {
            shown.add(arg.contains(" ") ? "'" + arg + "'" : arg);
        }
        return String.join(" ", shown);
    }

    /** The STATUS column with " (Paused)" for a paused container (moby container/state.go). */
    static String status(Container c, Instant now, io.github.berth.engine.Engine engine) {
        String s = status(c, now);
        return engine.runtime().paused(c.id()) ? s + " (Paused)" : s;
    }

    /** The STATUS column, as moby's container State.String() words it. */
    static String status(Container c, Instant now) {
        ContainerState s = c.state();
        switch (s.status()) {
            case RUNNING:
                return "Up " + Units.humanDuration(Duration.between(s.startedAt(), now));
            case EXITED:
                return "Exited (" + s.exitCode() + ") " + Units.humanDuration(Duration.between(s.finishedAt(), now))
                        + " ago";
            case CREATED:
                return "Created";
            default:
                return s.status().word();
        }
    }

    /** Go's strconv.Quote for the printable text berth stores. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"' || ch == '\\') {
                sb.append('\\').append(ch);
            } else if (ch == '\n') {
                sb.append("\\n");
            } else if (ch == '\t') {
                sb.append("\\t");
            } else {
                sb.append(ch);
            }
        }
        return sb.append('"').toString();
    }
}
