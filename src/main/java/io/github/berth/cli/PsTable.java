package io.github.berth.cli;

import io.github.berth.engine.Container;
import io.github.berth.engine.ContainerState;
import io.github.berth.engine.Engine;
import io.github.berth.engine.GoText;
import io.github.berth.shell.Output;
import java.time.Instant;
import java.util.List;

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
    /** How far ahead of its place a listing looks for a container's row in the last one. */
    private static final int LOOK_AHEAD = 256;

    /**
     * The rows of the last long listing, in its order: a listing walks them beside its own
     * containers, so a row found again costs one comparison, and rows made in one listing lie
     * together in memory (with 10,000 containers, reading scattered objects is what costs most).
     */
    private Row[] last = new Row[0];
    private int[] lastWidths = new int[0];
    /**
     * The pieces of text the last listing of exactly the rows in {@link #last} wrote, and the widths
     * they were written with: written again as they are when every row's line is unchanged.
     */
    private List<String> chunks;
    private int[] chunksWidths;
    private final DurationTexts durations = new DurationTexts();

    void write(List<Container> shown, Engine engine, boolean trunc, boolean size, Instant now, Output out) {
        int n = shown.size();
        Row[] rows = rows(shown, trunc);
        String[] created = new String[n];
        String[] status = new String[n];
        String[] ports = new String[n];
        String[] sizes = size ? new String[n] : null;
        int[] w = {"CONTAINER ID".length(), "IMAGE".length(), "COMMAND".length(), "CREATED".length(),
            "STATUS".length(), "PORTS".length(), "NAMES".length()};
        for (int i = 0; i < n; i++) {
            Row r = rows[i];
            created[i] = durations.ago(r.createdSeconds, r.createdNanos, now);
            status[i] = status(r, now, engine);
            ports[i] = r.running ? PortsColumn.of(engine, r.container) : "";
            if (size) {
                sizes[i] = ContainerRows.size(r.container, engine, true);
                w[6] = Math.max(w[6], r.nameWidth);
            }
            w[0] = Math.max(w[0], r.id.length());
            w[1] = Math.max(w[1], r.imageWidth);
            w[2] = Math.max(w[2], r.commandWidth);
            w[3] = Math.max(w[3], width(created[i]));
            w[4] = Math.max(w[4], width(status[i]));
            w[5] = Math.max(w[5], width(ports[i]));
        }
        for (int k = 0; k < w.length; k++) {
            w[k] = cellWidth(w[k]);
        }
        if (java.util.Arrays.equals(w, lastWidths)) {
            w = lastWidths; // the same instance: a row's line made with these widths is found by identity
        } else {
            lastWidths = w;
        }
        boolean whole = !size && sameRows(rows);
        if (whole && chunks != null && chunksWidths == w && linesUnchanged(rows, w, created, status, ports)) {
            for (String chunk : chunks) {
                out.stdout(chunk);
            }
            return;
        }
        List<String> written = whole ? new java.util.ArrayList<>() : null;
        LineChunks lines = new LineChunks(whole ? Output.of(text -> {
            written.add(text);
            out.stdout(text);
        }, out::stderr) : out);
        StringBuilder sb = lines.text();
        cell(sb, "CONTAINER ID", w[0]);
        cell(sb, "IMAGE", w[1]);
        cell(sb, "COMMAND", w[2]);
        cell(sb, "CREATED", w[3]);
        cell(sb, "STATUS", w[4]);
        cell(sb, "PORTS", w[5]);
        if (size) {
            cell(sb, "NAMES", w[6]);
            sb.append("SIZE");
        } else {
            sb.append("NAMES");
        }
        lines.endLine();
        for (int i = 0; i < n; i++) {
            Row r = rows[i];
            if (size) {
                r.cells(sb, w, created[i], status[i], ports[i]);
                cell(sb, r.name, w[6]);
                sb.append(sizes[i]);
            } else {
                sb.append(r.line(w, created[i], status[i], ports[i]));
            }
            lines.endLine();
        }
        lines.flush();
        if (whole) {
            chunks = written;
            chunksWidths = w;
        }
    }

    /** Whether the listing is the rows of {@link #last}, in its order. */
    private boolean sameRows(Row[] rows) {
        if (rows != last) {
            if (rows.length != last.length) {
                return false;
            }
            for (int i = 0; i < rows.length; i++) {
                if (rows[i] != last[i]) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean linesUnchanged(Row[] rows, int[] w, String[] created, String[] status, String[] ports) {
        for (int i = 0; i < rows.length; i++) {
            if (!rows[i].lineIs(w, created[i], status[i], ports[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Each shown container's row: the last listing's when it was made from the same container
     * record (records never change: a new state or name is a new record), else a new one.
     */
    private Row[] rows(List<Container> shown, boolean trunc) {
        int n = shown.size();
        Row[] rows = new Row[n];
        boolean made = false;
        int j = 0;
        for (int i = 0; i < n; i++) {
            Container c = shown.get(i);
            Row r = null;
            if (j < last.length && last[j].container == c) {
                r = last[j++];
            } else {
                String id = c.id();
                for (int k = j, end = Math.min(last.length, j + LOOK_AHEAD); k < end; k++) {
                    if (last[k].fullId == id) {
                        r = last[k].container == c ? last[k] : null;
                        j = k + 1;
                        break;
                    }
                }
            }
            if (r == null || r.trunc != trunc) {
                r = new Row(c, trunc);
                made = true;
            }
            rows[i] = r;
        }
        if (made && 2 * n >= last.length) {
            last = rows;
            chunks = null; // they were another listing's
        }
        return rows;
    }

    /**
     * One container record's cells that never change (ID, IMAGE, COMMAND quoted and cut, NAMES),
     * the facts its CREATED and STATUS texts are made from, and the last line written for it with
     * the texts and widths it was made from: a line is only reused when all of them are equal.
     */
    private static final class Row {
        final Container container;
        final String fullId;
        final boolean trunc;
        final String id;
        final String image;
        final String command;
        final String name;
        final int imageWidth;
        final int commandWidth;
        final int nameWidth;
        final long createdSeconds;
        final int createdNanos;
        final boolean running;
        final ContainerState.Status status;
        final int exitCode;
        /** When a running container started or an exited one finished. */
        final long sinceSeconds;
        final int sinceNanos;
        private int[] lineWidths;
        private String lineCreated;
        private String lineStatus;
        private String linePorts;
        private String line;

        Row(Container c, boolean trunc) {
            this.container = c;
            this.fullId = c.id();
            this.trunc = trunc;
            this.id = trunc ? c.shortId() : c.id();
            this.image = c.image();
            this.command = commandText(c, trunc);
            this.name = c.name();
            this.imageWidth = width(image);
            this.commandWidth = width(command);
            this.nameWidth = width(name);
            this.createdSeconds = c.created().getEpochSecond();
            this.createdNanos = c.created().getNano();
            ContainerState state = c.state();
            this.status = state.status();
            this.exitCode = state.exitCode();
            this.running = status == ContainerState.Status.RUNNING;
            Instant since = running ? state.startedAt() : state.finishedAt();
            this.sinceSeconds = since == null ? 0 : since.getEpochSecond();
            this.sinceNanos = since == null ? 0 : since.getNano();
        }

        /** The row's text up to NAMES, which comes last. */
        void cells(StringBuilder sb, int[] w, String created, String status, String ports) {
            sb.append(id);
            pad(sb, w[0] - id.length());
            cell(sb, image, w[1]);
            cell(sb, command, w[2]);
            cell(sb, created, w[3]);
            cell(sb, status, w[4]);
            cell(sb, ports, w[5]);
        }

        /** Whether the last line was made from these widths and texts. */
        boolean lineIs(int[] w, String created, String status, String ports) {
            return line != null && w == lineWidths && created.equals(lineCreated) && status.equals(lineStatus)
                    && ports.equals(linePorts);
        }

        String line(int[] w, String created, String status, String ports) {
            if (!lineIs(w, created, status, ports)) {
                StringBuilder sb = new StringBuilder(w[0] + w[1] + w[2] + w[3] + w[4] + w[5] + name.length());
                cells(sb, w, created, status, ports);
                sb.append(name);
                line = sb.toString();
                lineWidths = w;
                lineCreated = created;
                lineStatus = status;
                linePorts = ports;
            }
            return line;
        }
    }

    /** The COMMAND column: quoted as Go's %q quotes, cut to 20 characters unless --no-trunc. */
    static String commandText(Container c, boolean trunc) {
        String command = ContainerRows.command(c);
        return GoText.quote(trunc ? Table.ellipsis(command, 20) : command);
    }

    /** The STATUS column, with " (Paused)" for a paused container (moby container/state.go). */
    private String status(Row r, Instant now, Engine engine) {
        String s = durations.status(r.status, r.exitCode, r.sinceSeconds, r.sinceNanos, now);
        return r.running && engine.runtime().paused(r.fullId) ? s + " (Paused)" : s;
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
