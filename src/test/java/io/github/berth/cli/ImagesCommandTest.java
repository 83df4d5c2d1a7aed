package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code docker images}: docker/cli v28.2.2 cli/command/formatter/image.go (default table
 * REPOSITORY/TAG/IMAGE ID/CREATED/SIZE, Size() = units.HumanSizeWithPrecision(size, 3) so 10072
 * bytes is "10.1kB", ID truncated to 12 without "sha256:"), tabwriter(10, 1, 3).
 * hello-world amd64 was created 2025-01-21T23:32:32Z; the test clock is 2026-01-05T09:00:00Z,
 * 8361 hours later: go-units says "11 months".
 */
class ImagesCommandTest {
    static final String EMPTY = "REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n";
    static final String TABLE = "REPOSITORY    TAG       IMAGE ID       CREATED         SIZE\n"
            + "hello-world   latest    74cc54e27dc4   11 months ago   10.1kB\n";

    private DockerSession s;

    @BeforeEach
    void fresh() {
        s = new DockerSession(false);
    }

    @Test
    void noImages_onlyTheHeader() {
        assertEquals(new DockerSession.Result(EMPTY, "", 0), s.docker("images"));
    }

    @Test
    void noImages_quietPrintsNothing() {
        assertEquals(new DockerSession.Result("", "", 0), s.docker("images", "-q"));
    }

    @Test
    void helloWorldRow() {
        s.docker("pull", "hello-world");
        assertEquals(new DockerSession.Result(TABLE, "", 0), s.docker("images"));
    }

    @ParameterizedTest(name = "docker {0}")
    @ValueSource(strings = {"image ls", "image list", "images"})
    void aliases(String command) {
        s.docker("pull", "hello-world");
        assertEquals(new DockerSession.Result(TABLE, "", 0), s.docker(command.split(" ")));
    }

    @ParameterizedTest(name = "docker images {0}")
    @ValueSource(strings = {"-q", "--quiet", "--quiet=true", "-q=1"})
    void quietPrintsTheShortImageId(String flag) {
        s.docker("run", "hello-world");
        assertEquals(new DockerSession.Result("74cc54e27dc4\n", "", 0), s.docker("images", flag));
    }

    @Test
    void noTruncQuietPrintsTheFullIdWithItsAlgorithm() {
        s.docker("pull", "hello-world");
        assertEquals("sha256:74cc54e27dc41bb10dc4b2226072d469509f2f22f1a3ce74f4a59661a1d44602\n",
                s.docker("images", "-q", "--no-trunc").out());
    }

    @Test
    void noTruncTable() {
        s.docker("pull", "hello-world");
        String id = "sha256:74cc54e27dc41bb10dc4b2226072d469509f2f22f1a3ce74f4a59661a1d44602";
        assertEquals("REPOSITORY    TAG       IMAGE ID" + " ".repeat(id.length() + 3 - 8) + "CREATED         SIZE\n"
                + "hello-world   latest    " + id + "   11 months ago   10.1kB\n", s.docker("images", "--no-trunc").out());
    }

    @Test
    void createdAgeFollowsTheClock() {
        s.docker("pull", "hello-world");
        s.advance(400L * 24 * 3600); // 8361 h + 9600 h = 17961 h >= 24*365*2: int(hours)/24/365 = 2 years
        assertEquals("REPOSITORY    TAG       IMAGE ID       CREATED       SIZE\n"
                + "hello-world   latest    74cc54e27dc4   2 years ago   10.1kB\n", s.docker("images").out());
    }

    @Test
    void repositoryArgumentThatMatches() {
        s.docker("pull", "hello-world");
        assertEquals(TABLE, s.docker("images", "hello-world").out());
    }

    /** docker/cli image/list.go sends the argument as a "reference" filter; nothing matches "nosuch". */
    @Test
    void repositoryArgumentFilters() {
        s.docker("pull", "hello-world");
        assertEquals(new DockerSession.Result(EMPTY, "", 0), s.docker("images", "nosuch"));
    }
}
