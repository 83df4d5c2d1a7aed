package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.cli.DockerSession.Result;
import io.github.berth.engine.Container;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code docker ps --format} and {@code --filter}. Sources: docker/cli v28.2.2
 * cli/command/container/list.go (the template is parsed and run on an empty context before the
 * daemon is asked: "failed to parse template", "failed to execute template"; the --quiet warning),
 * cli/command/formatter/formatter.go (table, json, \t and \n, "template parsing error"),
 * formatter/container.go (the fields, the header words), opts/opts.go FilterOpt.Set; moby v28.2.2
 * daemon/list.go (accepted filters, their errors and matching), api/types/filters (Match is a
 * regular expression search, "invalid filter 'x'"). Flag errors checked against the real client.
 */
class PsFormatFilterTest {
    private DockerSession s;
    private Container web;
    private Container db;

    @BeforeEach
    void twoContainers() {
        s = new DockerSession(false);
        s.docker("run", "--name", "web", "hello-world");
        s.advance(60);
        s.docker("run", "-d", "--name", "db", "busybox", "sleep", "1000");
        s.advance(5);
        web = s.engine.find("web") instanceof io.github.berth.engine.Lookup.Found f ? f.container() : null;
        db = s.engine.find("db") instanceof io.github.berth.engine.Lookup.Found f ? f.container() : null;
    }

    @Test
    void aTemplatePrintsOneLinePerContainer() {
        assertEquals(new Result("db\nweb\n", "", 0), s.docker("ps", "-a", "--format", "{{.Names}}"));
        assertEquals(new Result("db running Up 5 seconds\nweb exited Exited (0) About a minute ago\n", "", 0),
                s.docker("ps", "-a", "--format", "{{.Names}} {{.State}} {{.Status}}"));
    }

    @Test
    void tableFormatHasAHeaderAlignedByTabwriter() {
        assertEquals(new Result("NAMES     IMAGE\ndb        busybox\nweb       hello-world\n", "", 0),
                s.docker("ps", "-a", "--format", "table {{.Names}}\\t{{.Image}}"));
        assertEquals(new Result("CONTAINER ID   STATE\n" + db.shortId() + "   running\n", "", 0),
                s.docker("ps", "--format", "table {{.ID}}\t{{.State}}"));
    }

    @Test
    void tableAloneIsTheDefaultTable() {
        assertEquals(s.docker("ps", "-a"), s.docker("ps", "-a", "--format", "table"));
    }

    @Test
    void jsonIsOneObjectPerContainerWithSortedKeys() {
        assertEquals(new Result("{\"Command\":\"\\\"sleep 1000\\\"\",\"CreatedAt\":\"2026-01-05 09:01:00 +0000 UTC\","
                + "\"ID\":\"" + db.shortId() + "\",\"Image\":\"busybox\",\"Labels\":\"\",\"LocalVolumes\":\"0\","
                + "\"Mounts\":\"\",\"Names\":\"db\",\"Networks\":\"bridge\",\"Platform\":null,\"Ports\":\"\","
                + "\"RunningFor\":\"5 seconds ago\",\"Size\":\"0B\",\"State\":\"running\",\"Status\":\"Up 5 seconds\"}\n",
                "", 0), s.docker("ps", "--format", "json"));
    }

    @Test
    void createdAtAndCommand() {
        assertEquals(new Result("2026-01-05 09:00:00 +0000 UTC \"/hello\"\n", "", 0),
                s.docker("ps", "-a", "-f", "name=web", "--format", "{{.CreatedAt}} {{.Command}}"));
    }

    @Test
    void labelOfAContainerWithoutLabelsIsEmptyAndItsHeaderIsTheLastPart() {
        assertEquals(new Result("NAMES     version\ndb        \n", "", 0),
                s.docker("ps", "--format", "table {{.Names}}\t{{.Label \"org.opencontainers.version\"}}"));
    }

    @Test
    void unknownFieldFailsBeforeTheDaemonIsAsked() {
        assertEquals(new Result("", "failed to execute template: template: :1:2: executing \"\" at <.Foo>: can't"
                + " evaluate field Foo in type *formatter.ContainerContext\n", 1), s.docker("ps", "--format", "{{.Foo}}"));
    }

    @Test
    void unclosedActionIsAParseError() {
        // real client: docker ps --format '{{.Foo' prints this with status 1, with no daemon
        assertEquals(new Result("", "failed to parse template: template: :1: unclosed action\n", 1),
                s.docker("ps", "--format", "{{.Foo"));
    }

    @Test
    void quietWinsOverFormatWithAWarning() {
        assertEquals(new Result(db.shortId() + "\n",
                "WARNING: Ignoring custom format, because both --format and --quiet are set.\n", 0),
                s.docker("ps", "-q", "--format", "{{.Names}}"));
    }

    @Test
    void templateFunctionsWork() {
        assertEquals(new Result("DB|busybox\nWEB|hello-world\n", "", 0),
                s.docker("ps", "-a", "--format", "{{upper .Names}}|{{.Image}}"));
        assertEquals(new Result("db is up\nweb is not\n", "", 0), s.docker("ps", "-a", "--format",
                "{{.Names}} is {{if eq .State \"running\"}}up{{else}}not{{end}}"));
        assertEquals(new Result("db   |\nweb  |\n", "", 0), s.docker("ps", "-a", "--format",
                "{{printf \"%-5s|\" .Names}}"));
        // list.go runs the template on an empty context first: its Command is "" (quoted), one part
        assertEquals(new Result("", "failed to execute template: template: :1:2: executing \"\" at <index (split"
                + " .Command \"/\") 1>: error calling index: index out of range: 1\n", 1), s.docker("ps", "-a",
                "--format", "{{index (split .Command \"/\") 1}}"));
    }

    @Test
    void filterByNameIsARegularExpressionSearch() {
        assertEquals(new Result("web\n", "", 0), s.docker("ps", "-a", "--filter", "name=we", "--format", "{{.Names}}"));
        assertEquals(new Result("db\n", "", 0), s.docker("ps", "-a", "-f", "name=^/?d", "--format", "{{.Names}}"));
        assertEquals(new Result("db\nweb\n", "", 0),
                s.docker("ps", "-a", "-f", "name=web", "-f", "name=db", "--format", "{{.Names}}"));
    }

    @Test
    void filterByStatusImpliesAll() {
        assertEquals(new Result("web\n", "", 0), s.docker("ps", "-f", "status=exited", "--format", "{{.Names}}"));
        assertEquals(new Result("db\n", "", 0), s.docker("ps", "-f", "status=running", "--format", "{{.Names}}"));
    }

    @Test
    void filterByExitCodeIdAncestorBeforeSince() {
        assertEquals(new Result("web\n", "", 0), s.docker("ps", "-a", "-f", "exited=0", "--format", "{{.Names}}"));
        assertEquals(new Result("", "", 0), s.docker("ps", "-a", "-f", "exited=1", "--format", "{{.Names}}"));
        assertEquals(new Result("db\n", "", 0),
                s.docker("ps", "-a", "-f", "id=" + db.id().substring(0, 6), "--format", "{{.Names}}"));
        assertEquals(new Result("web\n", "", 0),
                s.docker("ps", "-a", "-f", "ancestor=hello-world", "--format", "{{.Names}}"));
        assertEquals(new Result("web\n", "", 0), s.docker("ps", "-a", "-f", "before=db", "--format", "{{.Names}}"));
        assertEquals(new Result("db\n", "", 0), s.docker("ps", "-a", "-f", "since=web", "--format", "{{.Names}}"));
        assertEquals(new Result("", "", 0), s.docker("ps", "-a", "-f", "ancestor=nginx", "--format", "{{.Names}}"));
    }

    @Test
    void filterErrors() {
        assertEquals(new Result("", "Error response from daemon: invalid filter 'colour'\n", 1),
                s.docker("ps", "-f", "colour=red"));
        assertEquals(new Result("", "Error response from daemon: invalid filter 'status=sleeping': invalid value for"
                + " state (sleeping): must be one of created, running, paused, restarting, removing, exited, dead\n", 1),
                s.docker("ps", "-f", "status=sleeping"));
        assertEquals(new Result("", "Error response from daemon: invalid filter 'exited=x': strconv.Atoi: parsing"
                + " \"x\": invalid syntax\n", 1), s.docker("ps", "-f", "exited=x"));
        assertEquals(new Result("", "Error response from daemon: No such container: nope\n", 1),
                s.docker("ps", "-f", "before=nope"));
        assertEquals(new Result("", "Error response from daemon: filter for 'publish' should not contain ':':"
                + " 8080:80\n", 1), s.docker("ps", "-f", "publish=8080:80"));
    }

    @Test
    void aFilterWithoutEqualsIsAFlagError() {
        // real client: docker ps --filter foo
        assertEquals(new Result("", "invalid argument \"foo\" for \"-f, --filter\" flag: bad format of filter"
                + " (expected name=value)\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more"
                + " information\n", 125), s.docker("ps", "--filter", "foo"));
    }

    @Test
    void filterNamesAreCaseInsensitiveAndTrimmed() {
        assertEquals(new Result("web\n", "", 0), s.docker("ps", "-a", "-f", " NAME = web", "--format", "{{.Names}}"));
    }

    @Test
    void sizeColumnWithS() {
        Result r = s.docker("ps", "-s", "--format", "{{.Names}} {{.Size}}");
        assertEquals(new Result("db 0B (virtual 4.28MB)\n", "", 0), r);
    }
}
