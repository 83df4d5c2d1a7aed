package io.github.berth.cli;

import io.github.berth.engine.Container;
import io.github.berth.engine.ContainerState;
import io.github.berth.engine.Engine;
import io.github.berth.engine.GoText;
import io.github.berth.shell.Output;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code docker ps}'s default table ({@link ContainerRows#DEFAULT_TABLE} through Go's tabwriter,
 * minimum width 10, padding 3), written directly: a first pass finds each column's width, a
 * second writes the rows, in pieces of whole lines ({@link #PIECE}). It gives the same
 * text as the template and {@link GoTabwriter} (PsTableTest compares them).
 *
 * <p>With 10,000 containers a listing is a megabyte of text of which, a second after the last
 * one, a few dozen lines differ (a CREATED or STATUS word). So the table keeps its last long
 * listing as it wrote it: its pieces of text, where each row's line lies in them, and until when
 * each row's words stay the same ({@link Units#humanDurationChange}). A row still within that
 * time is copied from the old text, a piece whose rows are all unchanged is written again as it
 * is, and only the other rows are worked out: the listing reads a few arrays rather than ten
 * thousand row objects scattered through memory (EngineBench.psAllAsTimePasses).
 */
final class PsTable {
    private static final int MIN_WIDTH = 10;
    private static final int PADDING = 3;
    private static final String SPACES = " ".repeat(64);
    /** How far ahead of its place a listing looks for a container's row in the last one. */
    private static final int LOOK_AHEAD = 256;
    /**
     * About how many characters a piece of a long listing holds: small enough that a piece with
     * no changed line is common (with a container a second, one row in sixty has new words each
     * second among those under an hour old), large enough that a listing is a few hundred pieces.
     */
    private static final int PIECE = 4 * 1024;
    /** The columns whose widths differ from row to row, as kept per row (the ID's never does). */
    private static final int IMAGE = 0;
    private static final int COMMAND = 1;
    private static final int CREATED = 2;
    private static final int STATUS = 3;
    private static final int PORTS = 4;
    private static final int CELLS = 5;
    private static final String[] HEADER = {"CONTAINER ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS"};

    /** The last long listing, and the one before it, whose arrays the next listing is written into. */
    private Listing last = new Listing();
    private Listing spare = new Listing();
    private final DurationTexts durations = new DurationTexts();
    private final TextPiece piece = new TextPiece(PIECE + 1024);
    private final StringBuilder line = new StringBuilder();

    /**
     * A listing as written: its containers and their rows, for each row until when its texts hold
     * (epoch nanoseconds), its cells' widths ({@link #CELLS} per row) and, for rows whose texts were
     * worked out in it, the texts; the column widths; the pieces of text written (the header apart),
     * the first row of each piece, and the piece and offset where each row's line begins. Its texts
     * were made at {@code madeAt} with the runtime's {@code pauses} count. Its arrays are kept from
     * listing to listing (at 10,000 rows, memory the JVM must clear or fetch is what costs most).
     */
    private static final class Listing {
        boolean trunc = true;
        long madeAt = Long.MIN_VALUE;
        long pauses = -1;
        int size;
        Container[] containers = new Container[0];
        Row[] rows = new Row[0];
        /** For each row, the row of the last listing whose line it copies, or -1. */
        int[] from = new int[0];
        long[] validUntil = new long[0];
        int[] cells = new int[0];
        String[] created = new String[0];
        String[] status = new String[0];
        String[] ports = new String[0];
        int[] linePiece = new int[0];
        int[] lineStart = new int[0];
        int[] widths = new int[0];
        final List<String> pieces = new ArrayList<>();
        final List<Integer> pieceStart = new ArrayList<>();

        /** Makes room for {@code n} rows, forgetting what was listed. */
        void clear(int n) {
            if (containers.length < n) {
                int room = n + n / 8;
                containers = new Container[room];
                rows = new Row[room];
                from = new int[room];
                validUntil = new long[room];
                cells = new int[room * CELLS];
                created = new String[room];
                status = new String[room];
                ports = new String[room];
                linePiece = new int[room];
                lineStart = new int[room];
            } else if (n < size) { // hold on to no old container or text
                Arrays.fill(containers, n, size, null);
                Arrays.fill(rows, n, size, null);
                Arrays.fill(created, n, size, null);
                Arrays.fill(status, n, size, null);
                Arrays.fill(ports, n, size, null);
            }
            size = n;
            pieces.clear();
            pieceStart.clear();
        }

        /** The index of {@code c}'s row at or a little after {@code from}, or -1. */
        int find(Container c, int from) {
            for (int k = from, end = Math.min(size, from + LOOK_AHEAD); k < end; k++) {
                if (containers[k] == c) {
                    return k;
                }
            }
            return -1;
        }

        /** The row after the last of piece {@code p}. */
        int pieceEnd(int p) {
            return p + 1 < pieceStart.size() ? pieceStart.get(p + 1) : size;
        }

        /** Where row {@code k}'s line, with its newline, ends in its piece. */
        int lineEnd(int k) {
            int piece = linePiece[k];
            return k + 1 < size && linePiece[k + 1] == piece ? lineStart[k + 1] : pieces.get(piece).length();
        }

        /** Row {@code i}'s line begins in the piece being written, at {@code offset}. */
        void lineBegins(int i, int offset) {
            if (offset == 0) {
                pieceStart.add(i);
            }
            linePiece[i] = pieces.size();
            lineStart[i] = offset;
        }
    }

    void write(List<Container> shown, Engine engine, boolean trunc, boolean size, Instant now, Output out) {
        if (size) {
            writeWithSizes(shown, engine, trunc, now, out);
            return;
        }
        int n = shown.size();
        long at = epochNanos(now.getEpochSecond(), now.getNano());
        long pauses = engine.runtime().pauseChanges();
        Listing old = last;
        Listing next = spare;
        next.clear(n);
        boolean oldTexts = old.trunc == trunc && at >= old.madeAt && pauses == old.pauses;
        int[] cells = next.cells;
        int[] from = next.from;
        for (int i = 0, j = 0; i < n; i++) {
            Container c = shown.get(i);
            next.containers[i] = c;
            int k = old.trunc == trunc ? old.find(c, j) : -1;
            if (k >= 0) {
                j = k + 1;
                next.rows[i] = old.rows[k];
                System.arraycopy(old.cells, k * CELLS, cells, i * CELLS, CELLS);
                if (oldTexts && old.validUntil[k] > at) {
                    from[i] = k;
                    next.validUntil[i] = old.validUntil[k];
                    continue;
                }
            } else {
                Row r = new Row(c, trunc);
                next.rows[i] = r;
                cells[i * CELLS + IMAGE] = r.imageWidth;
                cells[i * CELLS + COMMAND] = r.commandWidth;
            }
            from[i] = -1;
            next.validUntil[i] = texts(next, i, engine, now, at);
        }
        int[] w = widths(cells, n, trunc);
        if (!Arrays.equals(w, old.widths)) {
            for (int i = 0; i < n; i++) { // every line is written anew
                if (from[i] >= 0) {
                    from[i] = -1;
                    texts(next, i, engine, now, at);
                }
            }
        }
        out.stdout(header(w, false));
        TextPiece piece = this.piece;
        for (int i = 0; i < n; ) {
            int whole = piece.length == 0 ? wholePiece(old, from, i, n) : -1;
            if (whole >= 0) { // a piece of the last listing, written again as it is
                int k = from[i];
                int count = old.pieceEnd(whole) - k;
                for (int t = 0; t < count; t++) {
                    next.lineBegins(i + t, old.lineStart[k + t]);
                }
                next.pieces.add(old.pieces.get(whole));
                out.stdout(old.pieces.get(whole));
                i += count;
                continue;
            }
            next.lineBegins(i, piece.length);
            if (from[i] >= 0) {
                int k = from[i];
                piece.append(old.pieces.get(old.linePiece[k]), old.lineStart[k], old.lineEnd(k), next.rows[i].latin1);
            } else {
                StringBuilder line = this.line;
                line.setLength(0);
                next.rows[i].cells(line, w, next.created[i], next.status[i], next.ports[i]);
                line.append(next.rows[i].name).append('\n');
                piece.append(line, next.rows[i].latin1);
            }
            i++;
            if (piece.length >= PIECE || i == n) {
                String text = piece.take();
                next.pieces.add(text);
                out.stdout(text);
            }
        }
        if (2 * n >= old.size) { // a short, filtered listing does not replace a long one
            next.trunc = trunc;
            next.madeAt = at;
            next.pauses = pauses;
            next.widths = w;
            spare = old;
            last = next;
        }
    }

    /**
     * The old piece that rows {@code i} onwards repeat whole (the piece begins at row {@code i}'s
     * old row, and every one of its rows follows in the same order with the same text), or -1.
     */
    private static int wholePiece(Listing old, int[] from, int i, int n) {
        int k = from[i];
        if (k < 0) {
            return -1;
        }
        int piece = old.linePiece[k];
        if (old.pieceStart.get(piece) != k) {
            return -1;
        }
        int count = old.pieceEnd(piece) - k;
        if (i + count > n) {
            return -1;
        }
        for (int t = 1; t < count; t++) {
            if (from[i + t] != k + t) {
                return -1;
            }
        }
        return piece;
    }

    /** The columns' widths: the widest cell of each, or its header, plus the padding. */
    private static int[] widths(int[] cells, int n, boolean trunc) {
        int[] widest = new int[HEADER.length];
        for (int c = 0; c < HEADER.length; c++) {
            widest[c] = HEADER[c].length();
        }
        widest[0] = n == 0 ? widest[0] : Math.max(widest[0], trunc ? 12 : 64);
        int image = widest[IMAGE + 1];
        int command = widest[COMMAND + 1];
        int created = widest[CREATED + 1];
        int status = widest[STATUS + 1];
        int ports = widest[PORTS + 1];
        for (int p = 0, end = n * CELLS; p < end; p += CELLS) {
            image = Math.max(image, cells[p + IMAGE]);
            command = Math.max(command, cells[p + COMMAND]);
            created = Math.max(created, cells[p + CREATED]);
            status = Math.max(status, cells[p + STATUS]);
            ports = Math.max(ports, cells[p + PORTS]);
        }
        widest[IMAGE + 1] = image;
        widest[COMMAND + 1] = command;
        widest[CREATED + 1] = created;
        widest[STATUS + 1] = status;
        widest[PORTS + 1] = ports;
        for (int c = 0; c < widest.length; c++) {
            widest[c] = cellWidth(widest[c]);
        }
        return widest;
    }

    private static String header(int[] w, boolean size) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < HEADER.length; c++) {
            cell(sb, HEADER[c], w[c]);
        }
        if (size) {
            cell(sb, "NAMES", w[HEADER.length]);
            sb.append("SIZE");
        } else {
            sb.append("NAMES");
        }
        return sb.append('\n').toString();
    }

    /** {@code docker ps -s}: a SIZE column after NAMES, so NAMES is padded too; kept nowhere. */
    private void writeWithSizes(List<Container> shown, Engine engine, boolean trunc, Instant now, Output out) {
        int n = shown.size();
        Listing rows = new Listing();
        rows.clear(n);
        String[] sizes = new String[n];
        int names = "NAMES".length();
        for (int i = 0; i < n; i++) {
            Row r = new Row(shown.get(i), trunc);
            rows.rows[i] = r;
            rows.cells[i * CELLS + IMAGE] = r.imageWidth;
            rows.cells[i * CELLS + COMMAND] = r.commandWidth;
            texts(rows, i, engine, now, epochNanos(now.getEpochSecond(), now.getNano()));
            sizes[i] = ContainerRows.size(r.container, engine, true);
            names = Math.max(names, r.nameWidth);
        }
        int[] w = Arrays.copyOf(widths(rows.cells, n, trunc), HEADER.length + 1);
        w[HEADER.length] = cellWidth(names);
        out.stdout(header(w, true));
        LineChunks lines = new LineChunks(out);
        StringBuilder sb = lines.text();
        for (int i = 0; i < n; i++) {
            rows.rows[i].cells(sb, w, rows.created[i], rows.status[i], rows.ports[i]);
            cell(sb, rows.rows[i].name, w[HEADER.length]);
            sb.append(sizes[i]);
            lines.endLine();
        }
        lines.flush();
    }

    /**
     * Works out row {@code i}'s CREATED, STATUS and PORTS texts and their widths at {@code now}
     * ({@code at} in epoch nanoseconds); answers until when they hold.
     */
    private long texts(Listing listing, int i, Engine engine, Instant now, long at) {
        Row r = listing.rows[i];
        String created = durations.ago(r.createdSeconds, r.createdNanos, now);
        String s = durations.status(r.status, r.exitCode, r.sinceSeconds, r.sinceNanos, now);
        // moby container/state.go: " (Paused)" after a paused container's status
        String status = r.running && engine.runtime().paused(r.fullId) ? s + " (Paused)" : s;
        String ports = r.running ? PortsColumn.of(engine, r.container) : "";
        listing.created[i] = created;
        listing.status[i] = status;
        listing.ports[i] = ports;
        listing.cells[i * CELLS + CREATED] = width(created);
        listing.cells[i * CELLS + STATUS] = width(status);
        listing.cells[i * CELLS + PORTS] = width(ports);
        long until = changes(epochNanos(r.createdSeconds, r.createdNanos), at);
        return r.status == ContainerState.Status.CREATED ? until
                : Math.min(until, changes(epochNanos(r.sinceSeconds, r.sinceNanos), at));
    }

    /** When the words for the time from {@code then} to {@code at} next change. */
    private static long changes(long then, long at) {
        long next = then + Units.humanDurationChange(at - then);
        return next < then ? Long.MAX_VALUE : next;
    }

    /**
     * One container record's cells that never change (ID, IMAGE, COMMAND quoted and cut, NAMES)
     * and the facts its CREATED and STATUS texts are made from (records never change: a new state
     * or name is a new record).
     */
    private static final class Row {
        final Container container;
        final String fullId;
        final String id;
        final String image;
        final String command;
        final String name;
        final int imageWidth;
        final int commandWidth;
        final int nameWidth;
        /** Whether the row's text is all Latin-1 (the other cells always are). */
        final boolean latin1;
        final long createdSeconds;
        final int createdNanos;
        final boolean running;
        final ContainerState.Status status;
        final int exitCode;
        /** When a running container started or an exited one finished. */
        final long sinceSeconds;
        final int sinceNanos;

        Row(Container c, boolean trunc) {
            this.container = c;
            this.fullId = c.id();
            this.id = trunc ? c.shortId() : c.id();
            this.image = c.image();
            this.command = commandText(c, trunc);
            this.name = c.name();
            this.imageWidth = width(image);
            this.commandWidth = width(command);
            this.nameWidth = width(name);
            this.latin1 = latin1(image) && latin1(command) && latin1(name);
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
    }

    /** The COMMAND column: quoted as Go's %q quotes, cut to 20 characters unless --no-trunc. */
    static String commandText(Container c, boolean trunc) {
        String command = ContainerRows.command(c);
        return GoText.quote(trunc ? Table.ellipsis(command, 20) : command);
    }

    private static boolean latin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xff) {
                return false;
            }
        }
        return true;
    }

    /** An instant as nanoseconds since the epoch (the sandbox's clock is centuries short of overflow). */
    private static long epochNanos(long seconds, int nanos) {
        return seconds * 1_000_000_000L + nanos;
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
