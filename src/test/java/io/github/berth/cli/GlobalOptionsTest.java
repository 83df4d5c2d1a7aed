package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docker's options before the command. Expected texts from the docker 28.2.2 client on this machine
 * (no daemon; its HOME was /root, berth's learner's is /home/learner).
 */
class GlobalOptionsTest {
    private static final String ROOT_USAGE = "\n\nUsage:  docker [OPTIONS] COMMAND [ARG...]\n\n"
            + "Run 'docker --help' for more information\n";
    private static final String FAILED = "Failed to initialize: unable to resolve docker endpoint: ";

    @ParameterizedTest(name = "docker {0}")
    @CsvSource(delimiter = '|', value = {
        "-l bogus ps                                   | Unable to parse logging level: bogus                    | 1",
        "-l bogus                                      | Unable to parse logging level: bogus                    | 1",
        "-c x -l bogus ps                              | Unable to parse logging level: bogus                    | 1",
        "-H unix:///tmp/x.sock ps                      | Cannot connect to the Docker daemon at unix:///tmp/x.sock. Is the docker daemon running? | 1",
        "-c default -H unix:///var/run/docker.sock ps  | conflicting options: cannot specify both --host and --context | 1",
    })
    void refusals(String line, String stderr, int exit) {
        assertEquals(new DockerSession.Result("", stderr + "\n", exit), new DockerSession(false).docker(line.split(" ")));
    }

    @Test
    void usageErrorsNameTheRootCommand() {
        DockerSession s = new DockerSession(false);
        assertEquals(new DockerSession.Result("", "unknown flag: --bogus" + ROOT_USAGE, 125), s.docker("--bogus", "ps"));
        assertEquals(new DockerSession.Result("", "unknown shorthand flag: 'x' in -x" + ROOT_USAGE, 125), s.docker("-x", "ps"));
        assertEquals(new DockerSession.Result("", "flag needs an argument: --context" + ROOT_USAGE, 125), s.docker("--context"));
        assertEquals(new DockerSession.Result("", "flag needs an argument: 'l' in -l" + ROOT_USAGE, 125), s.docker("-l"));
        assertEquals(new DockerSession.Result("", "invalid argument \"maybe\" for \"-D, --debug\" flag: strconv.ParseBool:"
                + " parsing \"maybe\": invalid syntax" + ROOT_USAGE, 125), s.docker("--debug=maybe", "ps"));
        assertEquals(new DockerSession.Result("", "unknown flag: --bogus" + ROOT_USAGE, 125), s.docker("--version", "--bogus"));
        assertEquals(new DockerSession.Result("", "docker: unknown command: docker foo\n\nRun 'docker --help' for more"
                + " information\n", 1), s.docker("--debug", "foo"));
    }

    @Test
    void endpoints() {
        DockerSession s = new DockerSession(false);
        // sha256("x"): the context store's directory name
        assertEquals(new DockerSession.Result("", FAILED + "context \"x\": context not found: open /home/learner/.docker"
                + "/contexts/meta/2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881/meta.json: no such file"
                + " or directory\n", 1), s.docker("--context", "x", "ps"));
        assertEquals(new DockerSession.Result("", FAILED + "open /home/learner/.docker/ca.pem: no such file or directory\n",
                1), s.docker("--tls", "ps"));
        assertEquals(new DockerSession.Result("", FAILED + "open /home/learner/.docker/ca.pem: no such file or directory\n",
                1), s.docker("--tlsverify", "ps"));
        assertEquals(new DockerSession.Result("", FAILED + "Specify only one -H\n", 1),
                s.docker("-H", "unix:///var/run/docker.sock", "-H", "unix:///x", "ps"));
        assertEquals(new DockerSession.Result("", "docker -H tcp://h:2375: berth's sandbox has one engine, at"
                + " unix:///var/run/docker.sock; other hosts are not simulated\n", 1), s.docker("-H", "tcp://h:2375", "ps"));
    }

    /** Options the client accepts go on to the command (the real client then tries its daemon). */
    @Test
    void acceptedOptionsRunTheCommand() {
        DockerSession s = new DockerSession(false);
        DockerSession.Result ps = s.docker("ps");
        for (String[] line : new String[][] {{"--debug", "ps"}, {"-D", "ps"}, {"-l", "debug", "ps"}, {"-Dl", "debug", "ps"},
                {"--log-level=info", "ps"}, {"--log-level", "WARN", "ps"}, {"--context", "default", "ps"},
                {"-H", "unix:///var/run/docker.sock", "ps"}, {"--tlscacert", "/x", "ps"}, {"-v", "ps"}, {"--", "ps"}}) {
            assertEquals(ps, s.docker(line), String.join(" ", line));
        }
        assertEquals(1, s.calls.stream().map(DockerCall::command).distinct().count());
        assertEquals(12, s.calls.size());
    }

    @Test
    void versionAndHelp() {
        DockerSession s = new DockerSession(false);
        assertEquals(new DockerSession.Result("Docker version 28.2.2, build e6534b4\n", "", 0), s.docker("-v"));
        assertEquals(new DockerSession.Result("Docker version 28.2.2, build e6534b4\n", "", 0), s.docker("--version"));
        assertEquals(s.docker("ps", "--help"), s.docker("--help", "ps"));
        String overview = s.docker("--help").out();
        assertEquals(new DockerSession.Result(overview, "", 0), s.docker("-D", "--help"));
        // the real client: the notice on standard error, the overview on standard output
        assertEquals(new DockerSession.Result(overview, "Flag shorthand -h has been deprecated, use --help\n", 0),
                s.docker("-D", "-h"));
        // like "docker" alone: the overview on standard error
        assertEquals(new DockerSession.Result("", overview, 0), s.docker("--debug"));
    }
}
