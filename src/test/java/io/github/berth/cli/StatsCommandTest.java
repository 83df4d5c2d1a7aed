package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.cli.DockerSession.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code docker stats} (docker/cli v28.2.2 cli/command/container/stats.go, formatter_stats.go):
 * its table, which containers it shows, its errors. The figures are berth's own (ContainerUsage):
 * what these tests pin is how docker words and lays them out.
 */
class StatsCommandTest {
    private static final String HEADER =
            "CONTAINER ID   NAME      CPU %     MEM USAGE / LIMIT    MEM %     NET I/O   BLOCK I/O   PIDS\n";
    private DockerSession s;
    private String web;
    private String sleeper;

    @BeforeEach
    void containers() {
        s = new DockerSession(false);
        web = s.docker("run", "-d", "--name", "web", "nginx").out().substring(0, 12);
        sleeper = s.docker("run", "-d", "--name", "sleeper", "alpine", "sleep", "1000").out().substring(0, 12);
    }

    @Test
    void theRunningContainersNewestFirstWithGoUnitsSizes() {
        assertEquals(HEADER
                + sleeper + "   sleeper   0.00%     560KiB / 7.654GiB    0.01%     0B / 0B   0B / 0B     1\n"
                + web + "   web       0.00%     6.66MiB / 7.654GiB   0.08%     0B / 0B   0B / 0B     3\n",
                s.docker("stats", "--no-stream").out());
    }

    @Test
    void withNothingRunningOnlyTheHeader() {
        s.docker("rm", "-f", "web", "sleeper");
        assertEquals(new Result("CONTAINER ID   NAME      CPU %     MEM USAGE / LIMIT   MEM %     NET I/O   BLOCK I/O   PIDS\n",
                "", 0), s.docker("stats", "--no-stream"));
    }

    @Test
    void allAddsStoppedContainersWithTheDaemonsZeros() {
        String done = s.docker("run", "-d", "--name", "done", "alpine", "true").out().substring(0, 12);
        String table = s.docker("stats", "-a", "--no-stream").out();
        assertEquals(done + "   done      0.00%     0B / 0B              0.00%     0B / 0B   0B / 0B     0",
                table.lines().skip(1).findFirst().orElseThrow());
        assertEquals(4, table.lines().count());
        // a stopped container named is shown without -a
        assertEquals(2, s.docker("stats", "--no-stream", "done").out().lines().count());
    }

    @Test
    void namedContainersInTheOrderGivenEachOnce() {
        Result r = s.docker("stats", "--no-stream", "--format", "{{.Container}} {{.Name}} {{.PIDs}}", "web", sleeper,
                "web");
        assertEquals(new Result("web web 3\n" + sleeper + " sleeper 1\n", "", 0), r);
    }

    @Test
    void aNameTheDaemonCannotFindFailsTheWholeCommand() {
        // stats.go joins the collectors' errors (errors.Join) and prints no table
        assertEquals(new Result("", "Error response from daemon: No such container: nope\n"
                + "Error response from daemon: No such container: gone\n", 1),
                s.docker("stats", "--no-stream", "web", "nope", "gone"));
    }

    @Test
    void jsonAndNoTrunc() {
        String id = s.engine.find("sleeper") instanceof io.github.berth.engine.Lookup.Found f ? f.container().id() : "";
        assertEquals("{\"BlockIO\":\"0B / 0B\",\"CPUPerc\":\"0.00%\",\"Container\":\"sleeper\",\"ID\":\"" + id
                + "\",\"MemPerc\":\"0.01%\",\"MemUsage\":\"560KiB / 7.654GiB\",\"Name\":\"sleeper\","
                + "\"NetIO\":\"0B / 0B\",\"PIDs\":\"1\"}\n",
                s.docker("stats", "--no-stream", "--no-trunc", "--format", "json", "sleeper").out());
    }

    @Test
    void streamingShowsTheTableOnceAndSaysSo() {
        Result r = s.docker("stats");
        assertEquals(s.docker("stats", "--no-stream").out(), r.out());
        assertEquals("(berth's sandbox shows this once: its figures do not change. docker redraws them until Ctrl-C;"
                + " --no-stream asks for one table)\n", r.err());
        assertEquals(0, r.exit());
    }

    @Test
    void flagErrorsAreTheClients() {
        assertEquals(new Result("", "unknown flag: --bogus\n\nUsage:  docker stats [OPTIONS] [CONTAINER...]\n\n"
                + "Run 'docker stats --help' for more information\n", 125), s.docker("stats", "--bogus"));
        assertEquals(1, s.docker("stats", "--no-stream", "--format", "{{.Nope").exit());
    }
}
