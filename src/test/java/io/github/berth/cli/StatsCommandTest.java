package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.cli.DockerSession.Result;
import io.github.berth.engine.Container;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * docker stats. Sources: docker/cli v28.2.2 cli/command/container/stats.go (running containers
 * newest first, or -a all; names in the order given, errors joined), formatter_stats.go (columns,
 * BytesSize for memory, HumanSizeWithPrecision 3 for I/O, FormatFloat 'f' 2 for percentages), moby
 * v28.2.2 daemon/stats.go (a container that is not running answers an empty StatsResponse: zeros).
 * The help and the flag error were captured from the real docker 28.2.2 client. The figures of a
 * running container are berth's own (fixed by the seed).
 */
class StatsCommandTest {
    private static final String HEAD = "CONTAINER ID   NAME      CPU %     MEM USAGE / LIMIT     MEM %     NET I/O"
            + "       BLOCK I/O        PIDS\n";
    private static final String WEB = "73d51abbd89c   web       0.02%     9.919MiB / 7.653GiB   0.13%     1.19kB / 0B"
            + "   4.1kB / 8.19kB   3\n";
    private DockerSession s;

    @BeforeEach
    void fresh() {
        s = new DockerSession(false);
        s.docker("run", "-d", "--name", "web", "nginx");
        s.docker("run", "--name", "hello", "hello-world");
    }

    private Container named(String name) {
        return s.engine.containers().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void noStreamShowsTheRunningContainers() {
        assertEquals(new Result(HEAD + WEB, "", 0), s.docker("stats", "--no-stream"));
        assertEquals(new Result(HEAD + WEB, "", 0), s.docker("container", "stats", "--no-stream", "web"));
    }

    @Test
    void allAddsStoppedContainersWithZeros() {
        String head = "CONTAINER ID" + " ".repeat(55) + "NAME      CPU %     MEM USAGE / LIMIT     MEM %     NET I/O"
                + "       BLOCK I/O        PIDS\n";
        assertEquals(new Result(head
                + named("hello").id() + "   hello     0.00%     0B / 0B               0.00%     0B / 0B       0B / 0B"
                + "          0\n"
                + named("web").id() + "   web       0.02%     9.919MiB / 7.653GiB   0.13%     1.19kB / 0B   4.1kB /"
                + " 8.19kB   3\n", "", 0), s.docker("stats", "--no-stream", "-a", "--no-trunc"));
    }

    @Test
    void jsonAndTemplates() {
        assertEquals(new Result("{\"BlockIO\":\"0B / 0B\",\"CPUPerc\":\"0.00%\",\"Container\":\"hello\","
                + "\"ID\":\"" + named("hello").shortId() + "\",\"MemPerc\":\"0.00%\",\"MemUsage\":\"0B / 0B\","
                + "\"Name\":\"hello\",\"NetIO\":\"0B / 0B\",\"PIDs\":\"0\"}\n", "", 0),
                s.docker("stats", "--no-stream", "--format", "json", "hello"));
        // names are deduplicated as given (cStats.add), not by container
        assertEquals(new Result("web: 9.919MiB / 7.653GiB\n73d5: 9.919MiB / 7.653GiB\n", "", 0),
                s.docker("stats", "--no-stream", "--format", "{{.Container}}: {{.MemUsage}}", "web", "73d5", "web"));
        assertEquals(new Result("CONTAINER   PIDS\nweb         3\n", "", 0),
                s.docker("stats", "--no-stream", "--format", "table {{.Container}}\t{{.PIDs}}", "web"));
    }

    @Test
    void missingContainersAreJoinedDaemonErrors() {
        assertEquals(new Result("", "Error response from daemon: No such container: nope\n"
                + "Error response from daemon: No such container: zip\n", 1),
                s.docker("stats", "--no-stream", "nope", "web", "zip"));
    }

    @Test
    void aPausedContainerUsesNoCpu() {
        s.docker("pause", "web");
        assertEquals(new Result("web 0.00% 3\n", "", 0),
                s.docker("stats", "--no-stream", "--format", "{{.Name}} {{.CPUPerc}} {{.PIDs}}"));
    }

    @Test
    void streamingPrintsOneFrameAndHoldsUntilCtrlC() {
        assertEquals(new Result(HEAD + WEB + "^C", "", 130), s.docker("stats", "web"));
    }

    @Test
    void bytesSizeIsGoUnitsBinaryAndPercentHasTwoDecimals() {
        assertEquals("0B", Units.bytesSize(0));
        assertEquals("1023B", Units.bytesSize(1023));
        assertEquals("1KiB", Units.bytesSize(1024));
        assertEquals("7.5MiB", Units.bytesSize(7.5 * 1024 * 1024));
        assertEquals("1.944GiB", Units.bytesSize(2_087_354_000L));
        assertEquals("12.50%", StatsCommand.percent(12.5));
        assertEquals("0.13%", StatsCommand.percent(0.1251));
    }

    @Test
    void helpAndFlagErrorsAsTheClient() {
        assertEquals(new Result(""
            + "Usage:  docker stats [OPTIONS] [CONTAINER...]\n"
            + "\n"
            + "Display a live stream of container(s) resource usage statistics\n"
            + "\n"
            + "Aliases:\n"
            + "  docker container stats, docker stats\n"
            + "\n"
            + "Options:\n"
            + "  -a, --all             Show all containers (default shows just running)\n"
            + "      --format string   Format output using a custom template:\n"
            + "                        'table':            Print output in table format\n"
            + "                        with column headers (default)\n"
            + "                        'table TEMPLATE':   Print output in table format\n"
            + "                        using the given Go template\n"
            + "                        'json':             Print in JSON format\n"
            + "                        'TEMPLATE':         Print output using the given\n"
            + "                        Go template.\n"
            + "                        Refer to https://docs.docker.com/go/formatting/\n"
            + "                        for more information about formatting output with\n"
            + "                        templates\n"
            + "      --no-stream       Disable streaming stats and only pull the first result\n"
            + "      --no-trunc        Do not truncate output\n", "", 0), s.docker("stats", "--help"));
        assertEquals(new Result("", "unknown shorthand flag: 'x' in -x\n\nUsage:  docker container stats [OPTIONS]"
                + " [CONTAINER...]\n\nRun 'docker container stats --help' for more information\n", 125),
                s.docker("container", "stats", "-x"));
    }
}
