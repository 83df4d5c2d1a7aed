package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The client's flags berth does not act on, and the value types they bring. Expected texts from the
 * docker 28.2.2 client on this machine ({@code docker run FLAG VALUE alpine}, no daemon).
 */
class ClientFlagsTest {
    private static final String RUN = "\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\n"
            + "Run 'docker run --help' for more information\n";

    @ParameterizedTest(name = "run {0} {1}")
    @CsvSource(delimiter = '|', value = {
        "--health-interval | .s           | time: invalid duration \".s\"",
        "--health-interval | 3000000h     | time: invalid duration \"3000000h\"",
        "--health-interval | 1            | time: missing unit in duration \"1\"",
        "--health-interval | 1q           | time: unknown unit \"q\" in duration \"1q\"",
        "--cpus            | 1/0          | failed to parse 1/0 as a rational number",
        "--cpus            | x            | failed to parse x as a rational number",
        "--cpus            | 0.0000000001 | value is too precise",
        "--memory          | 1e400        | strconv.ParseFloat: parsing \"1e400\": value out of range",
        "--memory          | 0x10         | strconv.ParseFloat: parsing \"0x10\": invalid syntax",
        "--memory          | 1..5         | strconv.ParseFloat: parsing \"1..5\": invalid syntax",
        "--memory          | -1k          | invalid size: '-1k'",
        "--memory          | 1kibb        | invalid suffix: 'kibb'",
        "--memory          | 1e           | invalid suffix: 'e'",
        "--memory-swap     | -2           | invalid size: '-2'",
        "--blkio-weight    | +1           | strconv.ParseUint: parsing \"+1\": invalid syntax",
        "--blkio-weight    | 70000        | strconv.ParseUint: parsing \"70000\": value out of range",
        "--memory          | 0x.p1        | strconv.ParseFloat: parsing \"0x.p1\": invalid syntax",
        "--cpus            | 1e9999999999 | failed to parse 1e9999999999 as a rational number",
        "--ulimit          | nofile=1:x   | strconv.ParseInt: parsing \"x\": invalid syntax",
        "--ulimit          | nofile=5:2   | ulimit soft limit must be less than or equal to hard limit: 5 > 2",
        "--ulimit          | nofile=-1:5  | ulimit soft limit must be less than or equal to hard limit: soft: -1 (unlimited), hard: 5",
        "--ulimit          | nofile=1:2:3 | too many limit value arguments - 1:2:3, can only have up to two, `soft[:hard]`",
        "--ulimit          | bogus=1      | invalid ulimit type: bogus",
        "--add-host        | x            | bad format for add-host: \"x\"",
        "--add-host        | a=b          | invalid IP address in add-host: \"b\"",
        "--sysctl          | kernel.x=1   | sysctl 'kernel.x=1' is not allowed",
    })
    void badValuesAreUsageErrors(String flag, String value, String reason) {
        String names = flag.equals("--memory") ? "-m, --memory" : flag;
        assertEquals(new DockerSession.Result("", "invalid argument \"" + value + "\" for \"" + names + "\" flag: "
                + reason + RUN, 125), new DockerSession(false).docker("run", flag, value, "alpine"));
    }

    /** Values the real client accepts (it went on to connect): berth parses them, then says it does not simulate them. */
    @ParameterizedTest(name = "run {0} {1}")
    @CsvSource(delimiter = '|', value = {
        "--health-interval | 1.5h", "--health-interval | 1µs", "--health-interval | 1h2m", "--cpus | 1.5",
        "--cpus | -1", "--cpus | 1e2", "--cpus | 1/2", "--memory | 1.5", "--memory | 1_0", "--memory | .5k",
        "--memory | 1 kb", "--memory | 9e30", "--memory | 1K", "--memory-swap | -1", "--blkio-weight | 0x10",
        "--shm-size | 1.5g", "--memory | 0x1p4", "--memory | 0x1.8p1k", "--cpus | 0x10", "--ulimit | nofile=-1",
        "--add-host | db:10.0.0.2", "--add-host | gw=host-gateway", "--add-host | v6=[::1]", "--sysctl | net.ipv4.ip_forward=1",
    })
    void acceptedValuesReachTheSandbox(String flag, String value) {
        assertEquals(new DockerSession.Result("", "docker run: berth's sandbox does not simulate " + flag + " yet\n", 1),
                new DockerSession(false).docker("run", flag, value, "alpine"));
    }

    @Test
    void unsimulatedFlagsAreNamedAndChangeNothing() {
        DockerSession s = new DockerSession(false);
        assertEquals(new DockerSession.Result("", "docker container create: berth's sandbox does not simulate --cap-add,"
                + " --privileged yet\n", 1), s.docker("container", "create", "--privileged", "--cap-add", "NET_ADMIN", "alpine"));
        assertEquals(new DockerSession.Result("", "docker pull: berth's sandbox does not simulate --platform yet\n", 1),
                s.docker("pull", "--platform", "linux/arm64", "alpine"));
        assertEquals(0, s.engine.containers().size());
        assertEquals(0, s.engine.images().size());
        assertEquals(0, s.calls.size());
    }

    /** --pull missing and --disable-content-trust(=true) ask for what the sandbox does anyway. */
    @Test
    void defaultValuesRun() {
        DockerSession s = new DockerSession(false);
        DockerSession.Result r = s.docker("run", "--pull", "missing", "--disable-content-trust", "hello-world");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("Hello from Docker!"));
        assertEquals(1, s.docker("run", "--pull", "always", "hello-world").exit());
    }

    /** run and create declare --help themselves (their -h is --hostname), so it is listed. */
    @Test
    void runListsItsHelpFlag() {
        String help = new DockerSession(false).docker("run", "--help").out();
        assertTrue(help.contains("\n      --help                             Print usage\n"), help);
        assertTrue(help.contains("\n  -h, --hostname string                  Container host name\n"), help);
        assertTrue(!new DockerSession(false).docker("ps", "--help").out().contains("--help"));
    }

    @Test
    void versionFormat() {
        DockerSession s = new DockerSession(false);
        // real client: template parsing error, status 64
        assertEquals(new DockerSession.Result("", "template parsing error: template: version:1: unclosed action\n", 64),
                s.docker("version", "--format", "{{"));
        // real client: 28.2.2|1.50|1.50|linux/amd64|Fri May 30 12:07:14 2025|default|<nil>|e6534b4|go1.24.3
        assertEquals(new DockerSession.Result("28.2.2|1.50|1.50|linux/amd64|Fri May 30 12:07:14 2025|default|<nil>|e6534b4"
                + "|go1.24.3\n", "", 0), s.docker("version", "--format", "{{.Client.Version}}|{{.Client.APIVersion}}|"
                + "{{.Client.DefaultAPIVersion}}|{{.Client.Os}}/{{.Client.Arch}}|{{.Client.BuildTime}}|{{.Client.Context}}|"
                + "{{.Client.Platform}}|{{.Client.GitCommit}}|{{.Client.GoVersion}}"));
        assertEquals(new DockerSession.Result("1.50\n", "", 0), s.docker("version", "-f", "{{.Server.APIVersion}}"));
    }

    /** opts.go's --expose and --restart checks; texts from {@code docker create FLAG VALUE alpine}. */
    @ParameterizedTest(name = "create {0} {1}")
    @CsvSource(delimiter = '|', value = {
        "--expose  | 1-        | invalid range format for --expose: 1-, error: strconv.ParseUint: parsing \"\": invalid syntax",
        "--expose  | 2-1       | invalid range format for --expose: 2-1, error: invalid range specified for port: 2-1",
        "--expose  | 70000     | invalid range format for --expose: 70000, error: strconv.ParseUint: parsing \"70000\": value out of range",
        "--expose  | /udp      | invalid range format for --expose: /udp, error: empty string specified for ports",
        "--expose  | 1:2       | invalid port format for --expose: 1:2",
        "--restart | always:x  | invalid restart policy format: maximum retry count must be an integer",
        "--restart | :         | invalid restart policy format: no policy provided before colon",
    })
    void containerOptionChecks(String flag, String value, String message) {
        assertEquals(new DockerSession.Result("", "docker: " + message + "\n\nRun 'docker create --help' for more"
                + " information\n", 125), new DockerSession(false).docker("create", flag, value, "alpine"));
    }

    /** The client accepts these (it went on to connect); berth creates the container. */
    @ParameterizedTest(name = "create {0} {1}")
    @CsvSource(delimiter = '|', value = {"--expose | 1-2-3", "--restart | on-failure:", "--restart | on-failure:+2",
        "--restart | always:0"})
    void acceptedContainerOptions(String flag, String value) {
        DockerSession s = new DockerSession(false);
        s.docker("pull", "alpine");
        DockerSession.Result r = s.docker("create", flag, value, "alpine");
        assertEquals(0, r.exit(), r.toString());
        assertEquals(1, s.engine.containers().size());
    }
}
