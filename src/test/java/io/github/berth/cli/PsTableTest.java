package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.cli.DockerSession.Result;
import io.github.berth.engine.Container;
import io.github.berth.shell.Output;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code docker ps}'s default table is written directly ({@link PsTable}), not through the
 * template and {@link GoTabwriter}: both must give the same text (docker/cli v28.2.2
 * cli/command/formatter/container.go defaultContainerTableFormat, plus {@code \t{{.Size}}} with
 * -s). What the table keeps between listings (each container record's row and last line, the
 * last duration texts) must never show an old state.
 */
class PsTableTest {
    private DockerSession s;

    @BeforeEach
    void fresh() {
        s = new DockerSession(false);
        s.docker("pull", "-q", "nginx");
        s.docker("pull", "-q", "alpine");
    }

    /** Containers in every state ps words differently, with ports, long and non-ASCII commands. */
    private void varied() {
        s.docker("run", "-d", "--name", "web", "-p", "8080:80", "nginx");
        s.advance(70);
        s.docker("run", "-d", "-P", "nginx");
        s.advance(3600);
        s.docker("run", "-d", "-p", "127.0.0.1:9000-9002:9000-9002/udp", "--expose", "5000", "alpine", "sleep", "100000000");
        s.advance(2 * 86400);
        s.docker("run", "--name", "uni", "alpine", "echo", "ünïcödé", "wörds", "with space", "and more words");
        s.docker("run", "alpine", "false");
        s.docker("run", "alpine", "true");
        s.docker("create", "--name", "fresh", "alpine");
        s.docker("run", "-d", "--name", "todo", "alpine", "sleep", "100000000");
        s.docker("pause", "todo");
        s.advance(20 * 86400);
    }

    private Result template(String... flags) {
        List<String> argv = new ArrayList<>(List.of("docker", "ps"));
        argv.addAll(List.of(flags));
        boolean size = argv.contains("-s");
        argv.addAll(List.of("--format", ContainerRows.DEFAULT_TABLE + (size ? "\t{{.Size}}" : "")));
        return s.run(argv);
    }

    @Test
    void theDirectTableIsWhatTheTemplateAndTabwriterGive() {
        varied();
        for (List<String> flags : List.<List<String>>of(List.of("-a"), List.of(), List.of("-a", "--no-trunc"), List.of("-a", "-s"),
                List.of("-a", "-s", "--no-trunc"), List.of("-n", "3"))) {
            List<String> argv = new ArrayList<>(List.of("docker", "ps"));
            argv.addAll(flags);
            Result direct = s.run(argv);
            assertEquals(template(flags.toArray(String[]::new)), direct, "flags " + flags);
        }
        String table = s.docker("ps", "-a").out();
        assertTrue(table.contains("\"echo ünïcödé wörds …\"   "), table);
        assertTrue(table.contains("Up 2 weeks (Paused)   "), table);
        assertTrue(table.contains("Exited (1) 2 weeks ago"), table);
    }

    @Test
    void aRenamedContainerShowsItsNewNameAtOnce() {
        s.docker("run", "-d", "--name", "old", "alpine", "sleep", "1000");
        String id = s.engine.containers().get(0).shortId();
        String header = "CONTAINER ID   IMAGE     COMMAND        CREATED                  STATUS                  PORTS     NAMES\n";
        assertEquals(header + id + "   alpine    \"sleep 1000\"   Less than a second ago   Up Less than a second"
                + "             old\n", s.docker("ps").out());
        s.docker("rename", "old", "renamed");
        assertEquals(header + id + "   alpine    \"sleep 1000\"   Less than a second ago   Up Less than a second"
                + "             renamed\n", s.docker("ps").out());
    }

    @Test
    void pausingAndUnpausingShowsAtOnce() {
        s.docker("run", "-d", "--name", "pp", "alpine", "sleep", "1000");
        s.advance(5);
        String id = s.engine.containers().get(0).shortId();
        String up = id + "   alpine    \"sleep 1000\"   5 seconds ago   Up 5 seconds             pp\n";
        assertTrue(s.docker("ps").out().endsWith(up), s.docker("ps").out());
        s.docker("pause", "pp");
        String paused = id + "   alpine    \"sleep 1000\"   5 seconds ago   Up 5 seconds (Paused)             pp\n";
        assertTrue(s.docker("ps").out().endsWith(paused), s.docker("ps").out());
        s.docker("unpause", "pp");
        assertTrue(s.docker("ps").out().endsWith(up), s.docker("ps").out());
    }

    @Test
    void timesMoveOnBetweenListings() {
        s.docker("run", "-d", "--name", "up", "alpine", "sleep", "100000");
        s.docker("run", "--name", "done", "alpine", "true");
        s.advance(2);
        String first = s.docker("ps", "-a").out();
        assertTrue(first.contains("2 seconds ago   Exited (0) 2 seconds ago"), first);
        assertTrue(first.contains("2 seconds ago   Up 2 seconds"), first);
        s.advance(3600);
        String later = s.docker("ps", "-a").out();
        assertTrue(later.contains("About an hour ago   Exited (0) About an hour ago"), later);
        assertTrue(later.contains("About an hour ago   Up About an hour"), later);
    }

    @Test
    void neighboursWithTheSameTimeButOtherExitCodesKeepTheirCodes() {
        s.docker("run", "alpine", "false");
        s.docker("run", "alpine", "true");
        s.docker("run", "alpine", "false");
        s.advance(10);
        assertEquals(List.of("Exited (1) 10 seconds ago", "Exited (0) 10 seconds ago", "Exited (1) 10 seconds ago"),
                s.docker("ps", "-a", "--format", "{{.Status}}").out().lines().toList());
        String table = s.docker("ps", "-a").out();
        assertEquals(List.of(1, 0, 1), table.lines().skip(1).map(l -> l.contains("Exited (1) 10 seconds ago   ") ? 1
                : l.contains("Exited (0) 10 seconds ago   ") ? 0 : -1).toList(), table);
    }

    @Test
    void aRestartedContainerShowsItsNewPortBindingAtOnce() {
        s.docker("run", "-d", "--name", "ww", "-P", "nginx");
        String before = s.docker("ps").out();
        assertTrue(before.contains("   0.0.0.0:32768->80/tcp, [::]:32768->80/tcp   ww\n"), before);
        s.docker("stop", "ww");
        s.docker("run", "-d", "--name", "other", "-p", "32768:80", "nginx");
        s.docker("start", "ww");
        String after = s.docker("ps").out();
        assertTrue(after.contains("   0.0.0.0:32768->80/tcp, [::]:32768->80/tcp   other\n"), after);
        assertTrue(after.contains("   0.0.0.0:32769->80/tcp, [::]:32769->80/tcp   ww\n"), after);
        s.docker("stop", "ww");
        String stopped = s.docker("ps", "-a", "-f", "name=^ww$").out();
        assertTrue(stopped.endsWith("   Exited (0) Less than a second ago             ww\n"), stopped);
    }

    @Test
    void aLongListingComesInPiecesOfWholeLines() {
        for (int i = 0; i < 600; i++) {
            s.docker("create", "--name", "c" + i, "alpine");
        }
        List<String> pieces = new ArrayList<>();
        int status = s.docker.run(List.of("docker", "ps", "-a", "--no-trunc"), Output.of(pieces::add, e -> { }),
                new io.github.berth.shell.ShellState(new io.github.berth.fs.MemoryFs(), "/", java.util.Map.of()));
        assertEquals(0, status);
        assertTrue(pieces.size() > 1, "pieces: " + pieces.size());
        for (String piece : pieces) {
            assertTrue(piece.endsWith("\n") && piece.length() < LineChunks.SIZE + 200, piece.length() + " chars");
        }
        assertEquals(s.docker("ps", "-a", "--no-trunc").out(), String.join("", pieces));
        Container newest = s.engine.containers().get(0);
        assertEquals("CONTAINER ID" + " ".repeat(55) + "IMAGE     COMMAND     CREATED" + " ".repeat(18)
                + "STATUS    PORTS     NAMES\n", pieces.get(0));
        assertTrue(pieces.get(1).startsWith(newest.id() + "   alpine    \"/bin/sh\"   "
                + "Less than a second ago   Created             c599\n"), pieces.get(1).substring(0, 300));
    }

    /**
     * The table reuses the rows of the last long listing while their containers' records are the
     * same: after every kind of change, in any order of listings, it still gives what the template
     * gives (more containers than the table looks ahead for a moved row).
     */
    @Test
    void listingsBetweenChangesAreWhatTheTemplateGives() {
        for (int i = 0; i < 300; i++) {
            s.docker("run", i % 7 == 0 ? "-d" : "--name", i % 7 == 0 ? "--name" : "n" + i,
                    i % 7 == 0 ? "n" + i : "alpine", i % 7 == 0 ? "alpine" : "true", "sleep", "100000");
            if (i % 50 == 0) {
                s.advance(600);
            }
        }
        List<Runnable> changes = List.of(
                () -> s.docker("run", "-d", "--name", "newest", "-p", "8080:80", "nginx"),
                () -> s.docker("rename", "n7", "renamed-far-down"),
                () -> s.docker("stop", "n294"),
                () -> s.docker("rm", "n3", "n250", "n297"),
                () -> s.docker("pause", "n14"),
                () -> s.advance(3600),
                () -> s.docker("unpause", "n14"),
                () -> s.docker("start", "n294"),
                () -> s.docker("kill", "n21"),
                () -> s.docker("run", "--name", "late", "alpine", "false"));
        List<List<String>> listings = List.of(List.of("-a"), List.of("-a"), List.of(), List.of("-a", "--no-trunc"),
                List.of("-a", "-f", "name=n1"), List.of("-a", "-s"), List.of("-a"), List.of("-a", "-s"), List.of("-a"));
        for (Runnable change : changes) {
            change.run();
            for (List<String> flags : listings) {
                List<String> argv = new ArrayList<>(List.of("docker", "ps"));
                argv.addAll(flags);
                assertEquals(template(flags.toArray(String[]::new)), s.run(argv), "flags " + flags);
            }
        }
        String table = s.docker("ps", "-a").out();
        assertTrue(table.contains("   renamed-far-down\n"), table);
        assertTrue(table.lines().anyMatch(l -> l.contains("   Exited (137) Less than a second ago   ") && l.endsWith("   n21")),
                table);
    }

    /**
     * A long listing copies the lines whose CREATED and STATUS words still hold from the last one and
     * works out the others: with containers a second apart (so some row's words change at almost
     * every step) and steps across each of go-units' boundaries (seconds, minutes, the rounded hours,
     * days), every listing is what the template gives.
     */
    @Test
    void aListingAsTimePassesIsWhatTheTemplateGives() {
        for (int i = 0; i < 700; i++) {
            if (i % 37 == 0) { // a line beyond Latin-1 among the others
                s.docker("run", "--name", "t" + i, "alpine", "echo", "日本語 ✓");
            } else {
                s.docker("run", i % 9 == 0 ? "-d" : "--rm=false", "--name", "t" + i, "alpine",
                        i % 5 == 0 ? "false" : "sleep", "100000");
            }
            s.advance(i % 100 == 0 ? 1700 : 1);
        }
        long[] steps = {1, 1, 58, 1, 1, 600, 1, 1799, 1, 1, 1800, 3600, 1, 86_400, 1, 13 * 86_400};
        for (long step : steps) {
            s.advance(step);
            assertEquals(template("-a"), s.docker("ps", "-a"), "after " + step + " s");
            assertEquals(template("-a"), s.docker("ps", "-a"), "again, after " + step + " s");
            assertEquals(template(), s.docker("ps"), "running, after " + step + " s");
        }
        assertTrue(s.docker("ps", "-a").out().contains("\"echo '日本語 ✓'\""));
    }
}
