package io.github.berth.cli;

import io.github.berth.engine.Container;
import io.github.berth.engine.Engine;
import io.github.berth.engine.GoText;
import io.github.berth.shell.Output;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code docker ps}'s default table ({@link ContainerRows#DEFAULT_TABLE} through Go's tabwriter,
 * minimum width 10, padding 3), written directly: a first pass finds each column's width, a
 * second writes the rows, in pieces of whole lines ({@link LineChunks}). It gives the same text
 * as the template and {@link GoTabwriter} (PsTableTest compares them), fast enough for 10,000
 * containers (EngineBench).
 */
final class PsTable {
    private static final int MIN_WIDTH = 10;
    private static final int PADDING = 3;
    private static final String SPACES = " ".repeat(64);

    /**
     * Quoted, cut COMMAND texts by container id: a container's path and arguments are fixed when
     * it is created, so the text cannot change while the id exists.
     */
    private final Map<String, String> commands = new HashMap<>();
    private final DurationTexts durations = new DurationTexts();

    void write(List<Container> shown, Engine engine, boolean trunc, boolean size, Instant now, Output out) {
        int n = shown.size();
        if (commands.size() > 2 * n + 1000) {
            commands.clear();
        }
        String[] command = new String[n];
        String[] created = new String[n];
        String[] status = new String[n];
        String[] ports = new String[n];
        String[] sizes = size ? new String[n] : null;
        int idWidth = "CONTAINER ID".length();
        int imageWidth = "IMAGE".length();
        int commandWidth = "COMMAND".length();
        int createdWidth = "CREATED".length();
        int statusWidth = "STATUS".length();
        int portsWidth = "PORTS".length();
        int namesWidth = "NAMES".length();
        for (int i = 0; i < n; i++) {
            Container c = shown.get(i);
            command[i] = trunc ? commands.computeIfAbsent(c.id(), id -> commandText(c, true)) : commandText(c, false);
            created[i] = durations.ago(c.created(), now);
            status[i] = status(c, now, engine);
            ports[i] = PortsColumn.of(engine, c);
            if (size) {
                sizes[i] = ContainerRows.size(c, engine, true);
                namesWidth = Math.max(namesWidth, width(c.name()));
            }
            idWidth = Math.max(idWidth, trunc ? 12 : c.id().length());
            imageWidth = Math.max(imageWidth, width(c.image()));
            commandWidth = Math.max(commandWidth, width(command[i]));
            createdWidth = Math.max(createdWidth, width(created[i]));
            statusWidth = Math.max(statusWidth, width(status[i]));
            portsWidth = Math.max(portsWidth, width(ports[i]));
        }
        idWidth = cellWidth(idWidth);
        imageWidth = cellWidth(imageWidth);
        commandWidth = cellWidth(commandWidth);
        createdWidth = cellWidth(createdWidth);
        statusWidth = cellWidth(statusWidth);
        portsWidth = cellWidth(portsWidth);
        namesWidth = cellWidth(namesWidth);
        LineChunks lines = new LineChunks(out);
        StringBuilder sb = lines.text();
        cell(sb, "CONTAINER ID", idWidth);
        cell(sb, "IMAGE", imageWidth);
        cell(sb, "COMMAND", commandWidth);
        cell(sb, "CREATED", createdWidth);
        cell(sb, "STATUS", statusWidth);
        cell(sb, "PORTS", portsWidth);
        if (size) {
            cell(sb, "NAMES", namesWidth);
            sb.append("SIZE");
        } else {
            sb.append("NAMES");
        }
        lines.endLine();
        for (int i = 0; i < n; i++) {
            Container c = shown.get(i);
            String id = c.id();
            int idLength = trunc ? 12 : id.length();
            sb.append(id, 0, idLength);
            pad(sb, idWidth - idLength);
            cell(sb, c.image(), imageWidth);
            cell(sb, command[i], commandWidth);
            cell(sb, created[i], createdWidth);
            cell(sb, status[i], statusWidth);
            cell(sb, ports[i], portsWidth);
            if (size) {
                cell(sb, c.name(), namesWidth);
                sb.append(sizes[i]);
            } else {
                sb.append(c.name());
            }
            lines.endLine();
        }
        lines.flush();
    }

    /** The COMMAND column: quoted as Go's %q quotes, cut to 20 characters unless --no-trunc. */
    static String commandText(Container c, boolean trunc) {
        String command = ContainerRows.command(c);
        return GoText.quote(trunc ? Table.ellipsis(command, 20) : command);
    }

    /** The STATUS column, with " (Paused)" for a paused container (moby container/state.go). */
    private String status(Container c, Instant now, Engine engine) {
        String s = durations.status(c, now);
        return engine.runtime().paused(c.id()) ? s + " (Paused)" : s;
    }

    /** A column's width: its widest cell plus the padding, at least the minimum width. */
    private static int cellWidth(int widest) {
        return Math.max(MIN_WIDTH, widest + PADDING);
    }

    private static void cell(StringBuilder sb, String text, int width) {
        sb.append(text);
        pad(sb, width - width(text));
    }

    private static void pad(StringBuilder sb, int count) {
        for (; count > SPACES.length(); count -= SPACES.length()) {
            sb.append(SPACES);
        }
        if (count > 0) {
            sb.append(SPACES, 0, count);
        }
    }

    /** Go's tabwriter counts runes (utf8.RuneCount), as Java counts code points. */
    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }
}
