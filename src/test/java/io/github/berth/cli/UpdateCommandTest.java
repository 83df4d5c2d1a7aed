package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.cli.DockerSession.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * docker update. Sources: docker/cli v28.2.2 cli/command/container/update.go (names printed as
 * given, errors joined, "you must provide one or more flags"), opts/parse.go ParseRestartPolicy,
 * opts/opts.go with go-units RAMInBytes and ParseCPUs; moby v28.2.2 daemon/update.go (errCannotUpdate),
 * container/container_unix.go UpdateContainer (memory above the current memory-swap needs
 * --memory-swap; AutoRemove refuses a policy), daemon/daemon_unix.go (CPU range, 6MB minimum).
 * Help and client errors captured from the real docker 28.2.2 client.
 */
class UpdateCommandTest {
    private DockerSession s;
    private String webId;

    @BeforeEach
    void fresh() {
        s = new DockerSession(false);
        s.docker("run", "-d", "--name", "web", "nginx");
        webId = s.engine.containers().get(0).id();
    }

    @Test
    void restartPolicyIsRecordedAndActedOn() {
        s.docker("run", "--name", "job", "alpine", "false");
        assertEquals(new Result("job\nweb\n", "Error response from daemon: No such container: nope\n", 1),
                s.docker("update", "--restart", "on-failure:2", "job", "nope", "web"));
        assertEquals(new Result("{\"Name\":\"on-failure\",\"MaximumRetryCount\":2}\n", "", 0),
                s.docker("inspect", "--format", "{{json .HostConfig.RestartPolicy}}", "job"));
        assertEquals(new Result("job\n", "", 0), s.docker("start", "job"));
        s.advance(30);
        assertEquals(new Result("2 exited 1\n", "", 0),
                s.docker("inspect", "--format", "{{.RestartCount}} {{.State.Status}} {{.State.ExitCode}}", "job"));
    }

    @Test
    void memoryNeedsMemorySwapAsMobyChecks() {
        assertEquals(new Result("", "Error response from daemon: Cannot update container " + webId + ": Memory limit"
                + " should be smaller than already set memoryswap limit, update the memoryswap at the same time\n", 1),
                s.docker("update", "-m", "512m", "web"));
        assertEquals(new Result("web\n", "", 0),
                s.docker("container", "update", "-m", "512m", "--memory-swap", "1g", "--cpus", "1.5", "web"));
        assertEquals(new Result("536870912 1073741824 1500000000\n", "", 0), s.docker("inspect", "--format",
                "{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}} {{.HostConfig.NanoCpus}}", "web"));
        assertEquals(new Result("9.919MiB / 512MiB\n", "", 0),
                s.docker("stats", "--no-stream", "--format", "{{.MemUsage}}", "web"));
    }

    @Test
    void daemonChecksComeBeforeTheLookup() {
        assertEquals(new Result("", "Error response from daemon: range of CPUs is from 0.01 to 2.00, as there are only"
                + " 2 CPUs available\n", 1), s.docker("update", "--cpus", "3", "nope"));
        assertEquals(new Result("", "Error response from daemon: Minimum memory limit allowed is 6MB\n", 1),
                s.docker("update", "-m", "4m", "--memory-swap", "-1", "web"));
        assertEquals(new Result("", "Error response from daemon: invalid restart policy: unknown policy 'bogus'; use"
                + " one of 'no', 'always', 'on-failure', or 'unless-stopped'\n", 1),
                s.docker("update", "--restart", "bogus", "web"));
    }

    @Test
    void autoRemoveRefusesAPolicy() {
        s.docker("run", "-d", "--rm", "--name", "tmp", "nginx");
        String id = s.engine.containers().stream().filter(c -> c.name().equals("tmp")).findFirst().orElseThrow().id();
        assertEquals(new Result("", "Error response from daemon: Cannot update container " + id + ": Restart policy"
                + " cannot be updated because AutoRemove is enabled for the container\n", 1),
                s.docker("update", "--restart", "always", "tmp"));
        assertEquals(new Result("tmp\n", "", 0), s.docker("update", "--restart", "no", "tmp"));
    }

    @Test
    void clientErrors() {
        assertEquals(new Result("", "you must provide one or more flags when using this command\n", 1),
                s.docker("update", "web"));
        assertEquals(new Result("", "invalid restart policy format: maximum retry count must be an integer\n", 1),
                s.docker("update", "--restart", "on-failure:x", "web"));
        String usage = "\n\nUsage:  docker update [OPTIONS] CONTAINER [CONTAINER...]\n\nRun 'docker update --help'"
                + " for more information\n";
        assertEquals(new Result("", "invalid argument \"1z\" for \"-m, --memory\" flag: invalid suffix: 'z'" + usage, 125),
                s.docker("update", "-m", "1z", "web"));
        assertEquals(new Result("", "invalid argument \"-5\" for \"-m, --memory\" flag: invalid size: '-5'" + usage, 125),
                s.docker("update", "-m", "-5", "web"));
        assertEquals(new Result("", "invalid argument \"1.5x\" for \"--cpus\" flag: failed to parse 1.5x as a rational"
                + " number" + usage, 125), s.docker("update", "--cpus", "1.5x", "web"));
        assertEquals(new Result("", "invalid argument \"0.0000000001\" for \"--cpus\" flag: value is too precise"
                + usage, 125), s.docker("update", "--cpus", "0.0000000001", "web"));
        assertEquals(new Result("", "docker: 'docker update' requires at least 1 argument\n\nUsage:  docker update"
                + " [OPTIONS] CONTAINER [CONTAINER...]\n\nSee 'docker update --help' for more information\n", 1),
                s.docker("update"));
    }

    @Test
    void sizesAsGoUnitsParsesThem() {
        assertEquals(536870912L, UpdateCommand.ramInBytes("512m"));
        assertEquals(536870912L, UpdateCommand.ramInBytes("512 MiB"));
        assertEquals(1536L, UpdateCommand.ramInBytes("1.5k"));
        assertEquals(100L, UpdateCommand.ramInBytes("100b"));
        assertEquals("invalid suffix: 'mbb'", UpdateCommand.ramInBytes("1mbb"));
        assertEquals("invalid suffix: 'KiBB'", UpdateCommand.ramInBytes("1KiBB"));
        assertEquals("invalid size: 'abc'", UpdateCommand.ramInBytes("abc"));
        assertEquals(500_000_000L, UpdateCommand.parseCpus("1/2"));
    }

    @Test
    void help() {
        assertEquals(new Result(""
            + "Usage:  docker update [OPTIONS] CONTAINER [CONTAINER...]\n"
            + "\n"
            + "Update configuration of one or more containers\n"
            + "\n"
            + "Aliases:\n"
            + "  docker container update, docker update\n"
            + "\n"
            + "Options:\n"
            + "      --blkio-weight uint16        Block IO (relative weight), between 10\n"
            + "                                   and 1000, or 0 to disable (default 0)\n"
            + "      --cpu-period int             Limit CPU CFS (Completely Fair\n"
            + "                                   Scheduler) period\n"
            + "      --cpu-quota int              Limit CPU CFS (Completely Fair\n"
            + "                                   Scheduler) quota\n"
            + "      --cpu-rt-period int          Limit the CPU real-time period in\n"
            + "                                   microseconds\n"
            + "      --cpu-rt-runtime int         Limit the CPU real-time runtime in\n"
            + "                                   microseconds\n"
            + "  -c, --cpu-shares int             CPU shares (relative weight)\n"
            + "      --cpus decimal               Number of CPUs\n"
            + "      --cpuset-cpus string         CPUs in which to allow execution (0-3, 0,1)\n"
            + "      --cpuset-mems string         MEMs in which to allow execution (0-3, 0,1)\n"
            + "  -m, --memory bytes               Memory limit\n"
            + "      --memory-reservation bytes   Memory soft limit\n"
            + "      --memory-swap bytes          Swap limit equal to memory plus swap:\n"
            + "                                   -1 to enable unlimited swap\n"
            + "      --pids-limit int             Tune container pids limit (set -1 for\n"
            + "                                   unlimited)\n"
            + "      --restart string             Restart policy to apply when a\n"
            + "                                   container exits\n", "", 0), s.docker("update", "--help"));
    }
}
