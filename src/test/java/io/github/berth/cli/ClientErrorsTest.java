package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.engine.Container;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Errors the docker client reports before it talks to the daemon. Every expected text was captured
 * byte for byte from the real client on this machine (Docker version 28.2.2, build e6534b4,
 * no daemon, stdin /dev/null). Sources: docker/cli v28.2.2 cli/cobra.go FlagErrorFunc (usage
 * errors, exit 125), cli/required.go (argument counts, exit 1, its "See"/"Run"/"SRun" wording),
 * cmd/docker/docker.go (unknown command, exit 1), vendored spf13/pflag v1.0.6 flag.go (messages).
 */
class ClientErrorsTest {
    private static String usage(String message, String useLine, String path) {
        return message + "\n\nUsage:  " + useLine + "\n\nRun '" + path + " --help' for more information\n";
    }

    private static final String PS = "docker ps [OPTIONS]";
    private static final String RUN = "docker run [OPTIONS] IMAGE [COMMAND] [ARG...]";

    static Stream<Arguments> realClient() {
        return Stream.of(
                Arguments.of("ps --bogus", usage("unknown flag: --bogus", PS, "docker ps"), 125),
                Arguments.of("ps -x", usage("unknown shorthand flag: 'x' in -x", PS, "docker ps"), 125),
                Arguments.of("ps -dp 8080:80", usage("unknown shorthand flag: 'd' in -dp", PS, "docker ps"), 125),
                Arguments.of("ps a", "docker: 'docker ps' accepts no arguments\n\nUsage:  docker ps [OPTIONS]\n\n"
                        + "Run 'docker ps --help' for more information\n", 1),
                Arguments.of("ps =", "docker: 'docker ps' accepts no arguments\n\nUsage:  docker ps [OPTIONS]\n\n"
                        + "Run 'docker ps --help' for more information\n", 1),
                Arguments.of("ps -- -a", "docker: 'docker ps' accepts no arguments\n\nUsage:  docker ps [OPTIONS]\n\n"
                        + "Run 'docker ps --help' for more information\n", 1),
                Arguments.of("run", "docker: 'docker run' requires at least 1 argument\n\nUsage:  " + RUN + "\n\n"
                        + "See 'docker run --help' for more information\n", 1),
                Arguments.of("container run", "docker: 'docker container run' requires at least 1 argument\n\n"
                        + "Usage:  docker container run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\n"
                        + "See 'docker container run --help' for more information\n", 1),
                Arguments.of("run --name", usage("flag needs an argument: --name", RUN, "docker run"), 125),
                Arguments.of("run --bogus hello-world", usage("unknown flag: --bogus", RUN, "docker run"), 125),
                Arguments.of("run --rm=maybe x", usage("invalid argument \"maybe\" for \"--rm\" flag: strconv.ParseBool:"
                        + " parsing \"maybe\": invalid syntax", RUN, "docker run"), 125),
                Arguments.of("foo", "docker: unknown command: docker foo\n\nRun 'docker --help' for more information\n", 1),
                Arguments.of("container ls --bogus", usage("unknown flag: --bogus", "docker container ls [OPTIONS]",
                        "docker container ls"), 125),
                Arguments.of("images a b", "docker: 'docker images' requires at most 1 argument\n\n"
                        + "Usage:  docker images [OPTIONS] [REPOSITORY[:TAG]]\n\n"
                        + "SRun 'docker images --help' for more information\n", 1),
                Arguments.of("pull", "docker: 'docker pull' requires 1 argument\n\n"
                        + "Usage:  docker pull [OPTIONS] NAME[:TAG|@DIGEST]\n\n"
                        + "Run 'docker pull --help' for more information\n", 1),
                Arguments.of("image pull", "docker: 'docker image pull' requires 1 argument\n\n"
                        + "Usage:  docker image pull [OPTIONS] NAME[:TAG|@DIGEST]\n\n"
                        + "Run 'docker image pull --help' for more information\n", 1),
                Arguments.of("ps -n x", usage("invalid argument \"x\" for \"-n, --last\" flag: strconv.ParseInt:"
                        + " parsing \"x\": invalid syntax", PS, "docker ps"), 125),
                Arguments.of("ps -n=3x", usage("invalid argument \"3x\" for \"-n, --last\" flag: strconv.ParseInt:"
                        + " parsing \"3x\": invalid syntax", PS, "docker ps"), 125),
                Arguments.of("ps -n --", usage("invalid argument \"--\" for \"-n, --last\" flag: strconv.ParseInt:"
                        + " parsing \"--\": invalid syntax", PS, "docker ps"), 125),
                Arguments.of("ps -n", usage("flag needs an argument: 'n' in -n", PS, "docker ps"), 125),
                Arguments.of("ps --last", usage("flag needs an argument: --last", PS, "docker ps"), 125),
                Arguments.of("ps --all=maybe", usage("invalid argument \"maybe\" for \"-a, --all\" flag:"
                        + " strconv.ParseBool: parsing \"maybe\": invalid syntax", PS, "docker ps"), 125),
                Arguments.of("ps --help --bogus", usage("unknown flag: --bogus", PS, "docker ps"), 125),
                Arguments.of("ps --bogus --help", usage("unknown flag: --bogus", PS, "docker ps"), 125));
    }

    @ParameterizedTest(name = "docker {0}")
    @MethodSource("realClient")
    void sameAsTheRealClient(String line, String stderr, int exit) {
        DockerSession s = new DockerSession(false);
        DockerSession.Result r = s.docker(line.split(" "));
        assertEquals(new DockerSession.Result("", stderr, exit), r);
        assertEquals(0, s.calls.size(), "a command that failed to parse is not recorded");
    }

    @Test
    void usageErrorsChangeNothing() {
        DockerSession s = new DockerSession(false);
        s.docker("run", "--bogus", "hello-world");
        s.docker("run", "--name");
        assertEquals(0, s.engine.images().size());
        assertEquals(0, s.engine.containers().size());
    }

    /** pflag parseSingleShortArg: the message names the rest of the group from the unknown letter on. */
    @Test
    void unknownShorthandAfterAKnownOne() {
        assertEquals(new DockerSession.Result("", usage("unknown shorthand flag: 'x' in -x", PS, "docker ps"), 125),
                new DockerSession(false).docker("ps", "-ax"));
    }

    /** pflag: "-a=" is "-a" (bool, no value) followed by the shorthand '='. */
    @Test
    void boolShorthandWithEmptyEquals() {
        assertEquals(new DockerSession.Result("", usage("unknown shorthand flag: '=' in -=", PS, "docker ps"), 125),
                new DockerSession(false).docker("ps", "-a="));
    }

    /** pflag parseLongArg: a name starting with '-' or '=' is "bad flag syntax". */
    @Test
    void badFlagSyntax() {
        assertEquals(new DockerSession.Result("", usage("bad flag syntax: ---x", PS, "docker ps"), 125),
                new DockerSession(false).docker("ps", "---x"));
        assertEquals(new DockerSession.Result("", usage("bad flag syntax: --=", PS, "docker ps"), 125),
                new DockerSession(false).docker("ps", "--="));
    }

    /** cobra's UseLine/CommandPath name the command, not the alias typed. */
    @Test
    void aliasesAreReportedUnderTheCommandsName() {
        assertEquals(new DockerSession.Result("", usage("unknown flag: --bogus", "docker container ls [OPTIONS]",
                "docker container ls"), 125), new DockerSession(false).docker("container", "list", "--bogus"));
        assertEquals(new DockerSession.Result("", "docker: 'docker container ls' accepts no arguments\n\n"
                + "Usage:  docker container ls [OPTIONS]\n\nRun 'docker container ls --help' for more information\n", 1),
                new DockerSession(false).docker("container", "ps", "a"));
        // real client: docker container remove
        assertEquals(new DockerSession.Result("", "docker: 'docker container rm' requires at least 1 argument\n\n"
                + "Usage:  docker container rm [OPTIONS] CONTAINER [CONTAINER...]\n\n"
                + "See 'docker container rm --help' for more information\n", 1),
                new DockerSession(false).docker("container", "remove"));
        assertTrue(new DockerSession(false).docker("image", "list", "--help").out()
                .startsWith("Usage:  docker image ls [OPTIONS]"));
    }

    /** pflag intValue.Set: strconv.ParseInt(s, 0, 64); base 0 makes "08" invalid octal. */
    @Test
    void leadingZeroIsOctal() {
        assertEquals(new DockerSession.Result("", usage("invalid argument \"08\" for \"-n, --last\" flag:"
                        + " strconv.ParseInt: parsing \"08\": invalid syntax", PS, "docker ps"), 125),
                new DockerSession(false).docker("ps", "-n", "08"));
    }

    /** The real client accepts these values (it gets as far as connecting to the daemon). */
    @Test
    void hexAndUnderscoresAreInts() {
        DockerSession s = new DockerSession(false);
        s.docker("run", "hello-world");
        Container c = s.engine.containers().get(0);
        assertEquals(new DockerSession.Result(c.shortId() + "\n", "", 0), s.docker("ps", "-q", "-n", "0x1"));
        assertEquals(new DockerSession.Result(c.shortId() + "\n", "", 0), s.docker("ps", "-q", "-n", "1_0"));
    }

    @Test
    void plusSignIsAccepted() {
        DockerSession s = new DockerSession(false);
        s.docker("run", "hello-world");
        Container c = s.engine.containers().get(0);
        assertEquals(new DockerSession.Result(c.shortId() + "\n", "", 0), s.docker("ps", "-q", "-n", "+3"));
    }

    @Test
    void intOutOfRange() {
        assertEquals(new DockerSession.Result("", usage("invalid argument \"99999999999999999999\" for \"-n, --last\""
                        + " flag: strconv.ParseInt: parsing \"99999999999999999999\": value out of range", PS,
                        "docker ps"), 125),
                new DockerSession(false).docker("ps", "-n", "99999999999999999999"));
    }

    /** Fits Go's 64-bit int: the real client accepts it. */
    @Test
    void intBeyond32Bits() {
        DockerSession s = new DockerSession(false);
        s.docker("run", "hello-world");
        Container c = s.engine.containers().get(0);
        assertEquals(new DockerSession.Result(c.shortId() + "\n", "", 0), s.docker("ps", "-q", "-n", "9999999999"));
    }
}
