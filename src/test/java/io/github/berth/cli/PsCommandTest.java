package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.engine.Container;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code docker ps} against docker/cli v28.2.2 cli/command/formatter/container.go (default table
 * format, quoted COMMAND cut to 20 with Ellipsis, CREATED = HumanDuration + " ago"),
 * cli/command/formatter/formatter.go (tabwriter minwidth 10, padding 3), cli/command/container/list.go
 * (flags, -l only when -n is unset), moby v28.2.2 container/state.go (STATUS) and daemon/list.go
 * (newest first; a limit includes all states).
 */
class PsCommandTest {
    static final String EMPTY_HEADER =
            "CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n";
    static final String HEADER_5S =
            "CONTAINER ID   IMAGE         COMMAND    CREATED         STATUS                     PORTS     NAMES\n";

    private DockerSession s;

    @BeforeEach
    void fresh() {
        s = new DockerSession(false);
    }

    private Container newest() {
        return s.engine.containers().get(0);
    }

    private static String row5s(Container c, String created, String status) {
        return c.shortId() + "   hello-world   \"/hello\"   " + created + "   " + status + "             " + c.name()
                + "\n";
    }

    @Test
    void noContainers_psPrintsOnlyTheHeader() {
        DockerSession.Result r = s.docker("ps");
        assertEquals(new DockerSession.Result(EMPTY_HEADER, "", 0), r);
    }

    @Test
    void noContainers_psAllPrintsOnlyTheHeader() {
        assertEquals(new DockerSession.Result(EMPTY_HEADER, "", 0), s.docker("ps", "-a"));
    }

    @Test
    void exitedContainerIsHiddenWithoutAll() {
        s.docker("run", "hello-world");
        s.advance(5);
        assertEquals(new DockerSession.Result(EMPTY_HEADER, "", 0), s.docker("ps"));
    }

    @Test
    void psAllTable_paddingQuotedCommandAndExitedStatus() {
        s.docker("run", "hello-world");
        s.advance(5);
        Container c = newest();
        DockerSession.Result r = s.docker("ps", "-a");
        assertEquals(HEADER_5S + row5s(c, "5 seconds ago", "Exited (0) 5 seconds ago"), r.out());
        assertEquals("", r.err());
        assertEquals(0, r.exit());
    }

    @Test
    void psAllListsNewestFirst() {
        s.docker("run", "hello-world");
        Container first = newest();
        s.advance(3);
        s.docker("run", "hello-world");
        Container second = newest();
        s.advance(2);
        assertEquals(HEADER_5S
                + row5s(second, "2 seconds ago", "Exited (0) 2 seconds ago")
                + row5s(first, "5 seconds ago", "Exited (0) 5 seconds ago"), s.docker("ps", "-a").out());
    }

    @Test
    void columnsGrowWithTheWidestCell() {
        s.docker("run", "hello-world");
        s.advance(90); // "About a minute ago" (18) widens CREATED; the status too
        Container c = newest();
        assertEquals("CONTAINER ID   IMAGE         COMMAND    CREATED              STATUS"
                        + "                          PORTS     NAMES\n"
                        + c.shortId() + "   hello-world   \"/hello\"   About a minute ago   Exited (0) About a minute ago"
                        + "             " + c.name() + "\n",
                s.docker("ps", "-a").out());
    }

    @Test
    void lessThanASecond() {
        s.docker("run", "hello-world");
        Container c = newest();
        assertEquals("CONTAINER ID   IMAGE         COMMAND    CREATED                  STATUS"
                        + "                              PORTS     NAMES\n"
                        + c.shortId() + "   hello-world   \"/hello\"   Less than a second ago   "
                        + "Exited (0) Less than a second ago             " + c.name() + "\n",
                s.docker("ps", "-a").out());
    }

    @Test
    void quietShowsRunningOnly_noneRunning() {
        s.docker("run", "hello-world");
        assertEquals(new DockerSession.Result("", "", 0), s.docker("ps", "-q"));
    }

    @ParameterizedTest(name = "docker ps {0}")
    @ValueSource(strings = {"-a -q", "-aq", "-qa", "--all --quiet", "--all=true -q", "-q --all"})
    void allQuietPrintsShortIdsNewestFirst(String flags) {
        s.docker("run", "hello-world");
        Container first = newest();
        s.advance(1);
        s.docker("run", "hello-world");
        Container second = newest();
        String[] args = ("ps " + flags).split(" ");
        assertEquals(new DockerSession.Result(second.shortId() + "\n" + first.shortId() + "\n", "", 0),
                s.docker(args));
    }

    @Test
    void allFalseIsNotAll() {
        s.docker("run", "hello-world");
        assertEquals(new DockerSession.Result("", "", 0), s.docker("ps", "-q", "--all=false"));
    }

    @Test
    void noTruncQuietPrintsFullIds() {
        s.docker("run", "hello-world");
        assertEquals(newest().id() + "\n", s.docker("ps", "-aq", "--no-trunc").out());
    }

    @Test
    void noTruncTableShowsFullIdAndCommand() {
        s.docker("run", "hello-world");
        s.advance(5);
        Container c = newest();
        String header = "CONTAINER ID" + " ".repeat(64 + 3 - 12)
                + "IMAGE         COMMAND    CREATED         STATUS                     PORTS     NAMES\n";
        assertEquals(header + c.id() + "   hello-world   \"/hello\"   5 seconds ago   Exited (0) 5 seconds ago"
                + "             " + c.name() + "\n", s.docker("ps", "-a", "--no-trunc").out());
    }

    @ParameterizedTest(name = "docker ps {0}")
    @ValueSource(strings = {"-l", "--latest", "-n 1", "-n=1", "-n1", "--last 1", "--last=1"})
    void latestAndLastOneShowOnlyTheNewestContainerInAnyState(String flags) {
        s.docker("run", "hello-world");
        s.advance(1);
        s.docker("run", "hello-world");
        s.advance(4);
        Container c = newest();
        String[] args = ("ps " + flags).split(" ");
        DockerSession.Result r = s.docker(args);
        assertEquals(HEADER_5S + row5s(c, "4 seconds ago", "Exited (0) 4 seconds ago"), r.out());
    }

    @Test
    void lastTwoShowsTwoOfThree() {
        for (int i = 0; i < 3; i++) {
            s.docker("run", "hello-world");
            s.advance(1);
        }
        List<Container> all = s.engine.containers();
        assertEquals(all.get(0).shortId() + "\n" + all.get(1).shortId() + "\n", s.docker("ps", "-q", "-n", "2").out());
    }

    @Test
    void lastZeroMeansNoLimit_soRunningOnly() {
        s.docker("run", "hello-world");
        assertEquals("", s.docker("ps", "-q", "-n", "0").out());
    }

    /** list.go buildContainerListOptions: {@code if options.nLatest && options.last == -1 { Limit = 1 }}. */
    @Test
    void latestDoesNotOverrideAnExplicitLast() {
        s.docker("run", "hello-world");
        s.advance(1);
        s.docker("run", "hello-world");
        List<Container> all = s.engine.containers();
        assertEquals(all.get(0).shortId() + "\n" + all.get(1).shortId() + "\n",
                s.docker("ps", "-q", "-n", "2", "-l").out());
    }

    @Test
    void containerLsAllIsTheSameCommand() {
        s.docker("run", "hello-world");
        s.advance(5);
        String expected = HEADER_5S + row5s(newest(), "5 seconds ago", "Exited (0) 5 seconds ago");
        assertEquals(new DockerSession.Result(expected, "", 0), s.docker("container", "ls", "-a"));
        assertEquals(new DockerSession.Result(expected, "", 0), s.docker("container", "list", "--all"));
        assertEquals(new DockerSession.Result(expected, "", 0), s.docker("container", "ps", "-a"));
    }

    @Test
    void containerListWithoutFlagsIsRunningOnly() {
        s.docker("run", "hello-world");
        assertEquals(new DockerSession.Result(EMPTY_HEADER, "", 0), s.docker("container", "list"));
        assertEquals(new DockerSession.Result(EMPTY_HEADER, "", 0), s.docker("container", "ls"));
    }

    @Test
    void everyAliasIsRecordedAsContainerLs() {
        s.docker("ps");
        s.docker("container", "list");
        s.docker("container", "ps");
        assertEquals(List.of("container ls", "container ls", "container ls"),
                s.calls.stream().map(DockerCall::command).toList());
    }

    @Test
    void createdButNeverStartedShowsCreated() {
        // moby State.String(): StartedAt zero -> "Created"; the command runc could not find is shown quoted
        s.docker("run", "hello-world", "ls", "-l");
        s.advance(5);
        Container c = newest();
        assertEquals("CONTAINER ID   IMAGE         COMMAND   CREATED         STATUS    PORTS     NAMES\n"
                + c.shortId() + "   hello-world   \"ls -l\"   5 seconds ago   Created             " + c.name() + "\n",
                s.docker("ps", "-a").out());
    }

    @Test
    void longCommandIsCutTo20WithAnEllipsis_andKeptWholeWithNoTrunc() {
        // formatter.Ellipsis(command, 20): 19 characters and "…"; moby quotes arguments with spaces
        s.docker("run", "hello-world", "/hello", "one", "two three", "four");
        Container c = newest();
        String table = s.docker("ps", "-a").out();
        assertEquals(true, table.contains("   \"/hello one 'two thr…\"   "), table);
        String full = s.docker("ps", "-a", "--no-trunc").out();
        assertEquals(true, full.contains("   \"/hello one 'two three' four\"   "), full);
        assertEquals(c.id(), full.lines().skip(1).findFirst().orElseThrow().substring(0, 64));
    }
}
