package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.cli.DockerSession.Result;
import org.junit.jupiter.api.Test;

/**
 * docker search against berth's built-in Docker Hub. Sources: docker/cli v28.2.2
 * cli/command/registry/search.go, formatter_search.go, formatter/displayutils.go Ellipsis; moby
 * v28.2.2 registry/search.go (filters: the limit is the Hub's, filters apply after it),
 * search_session.go (limit range), api/types/filters (invalid filter texts). Help and client
 * errors captured from the real docker 28.2.2 client.
 */
class SearchCommandTest {
    private final DockerSession s = new DockerSession(false);

    @Test
    void tableOfOfficialImages() {
        assertEquals(new Result("NAME      DESCRIPTION                STARS     OFFICIAL\n"
                + "nginx     Official build of Nginx.   20000     [OK]\n", "", 0), s.docker("search", "nginx"));
        assertEquals(new Result("NAME       DESCRIPTION                                     STARS     OFFICIAL\n"
                + "mysql      MySQL is the world's second most widely used\u2026   15000     [OK]\n"
                + "postgres   The PostgreSQL object-relational database sy\u2026   14000     [OK]\n"
                + "redis      Redis is the world\u2019s fastest data platform. \u2026   12000     [OK]\n", "", 0),
                s.docker("search", "database"));
        assertEquals(new Result("NAME      DESCRIPTION   STARS     OFFICIAL\n", "", 0), s.docker("search", "nosuchthing"));
    }

    @Test
    void limitComesBeforeFilters() {
        assertEquals(new Result("NAME      DESCRIPTION                                     STARS     OFFICIAL\n"
                + "ubuntu    Official Ubuntu base image                      17000     [OK]\n"
                + "mysql     MySQL is the world's second most widely used\u2026   15000     [OK]\n", "", 0),
                s.docker("search", "--limit", "2", "--filter", "stars=12000", "e"));
        assertEquals(new Result("ubuntu\n", "", 0),
                s.docker("search", "--limit", "3", "-f", "stars=16000", "--format", "{{.Name}}", "e"));
    }

    @Test
    void jsonAndNoTrunc() {
        assertEquals(new Result("{\"Description\":\"Redis is the world\u2019s fastest data platform. \u2026\","
                + "\"IsOfficial\":\"true\",\"Name\":\"redis\",\"StarCount\":\"12000\"}\n", "", 0),
                s.docker("search", "--format", "json", "redis"));
        assertEquals(new Result("busybox: Busybox base image. [OK]\n", "", 0),
                s.docker("search", "--no-trunc", "--format", "{{.Name}}: {{.Description}} {{.IsOfficial}}", "busybox"));
        assertEquals("Node.js is a software platform for scalable server-side and networking applications. Node.js"
                + " applications are written in JavaScript and run within the Node.js runtime on Mac OS X, Windows,"
                + " and Linux.\n", s.docker("search", "--no-trunc", "--format", "{{.Description}}", "node").out());
    }

    @Test
    void daemonErrors() {
        assertEquals(new Result("", "Error response from daemon: invalid filter 'is-official=[maybe]'\n", 1),
                s.docker("search", "-f", "is-official=maybe", "x"));
        assertEquals(new Result("", "Error response from daemon: invalid filter 'size'\n", 1),
                s.docker("search", "-f", "size=1", "x"));
        assertEquals(new Result("", "Error response from daemon: invalid filter 'stars=many': strconv.Atoi: parsing"
                + " \"many\": invalid syntax\n", 1), s.docker("search", "-f", "stars=many", "x"));
        assertEquals(new Result("", "Error response from daemon: limit 101 is outside the range of [1, 100]\n", 1),
                s.docker("search", "--limit", "101", "x"));
        assertEquals(new Result("NAME      DESCRIPTION   STARS     OFFICIAL\n", "WARNING: the \"is-automated\" filter is"
                + " deprecated, and searching for \"is-automated=true\" will not yield any results in future.\n", 0),
                s.docker("search", "-f", "is-automated=true", "nginx"));
    }

    @Test
    void clientErrorsAndHelp() {
        assertEquals(new Result("", "docker: 'docker search' requires 1 argument\n\nUsage:  docker search [OPTIONS]"
                + " TERM\n\nRun 'docker search --help' for more information\n", 1), s.docker("search"));
        assertEquals(new Result("", "invalid argument \"x\" for \"--limit\" flag: strconv.ParseInt: parsing \"x\":"
                + " invalid syntax\n\nUsage:  docker search [OPTIONS] TERM\n\nRun 'docker search --help' for more"
                + " information\n", 125), s.docker("search", "--limit", "x", "a"));
        assertEquals(new Result(""
            + "Usage:  docker search [OPTIONS] TERM\n"
            + "\n"
            + "Search Docker Hub for images\n"
            + "\n"
            + "Options:\n"
            + "  -f, --filter filter   Filter output based on conditions provided\n"
            + "      --format string   Pretty-print search using a Go template\n"
            + "      --limit int       Max number of search results\n"
            + "      --no-trunc        Don't truncate output\n", "", 0), s.docker("search", "--help"));
    }
}
