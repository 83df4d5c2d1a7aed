package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.cli.DockerSession.Result;
import org.junit.jupiter.api.Test;

/**
 * {@code docker create --network/--network-alias/-v/--mount} as for run. Sources: moby v28.2.2
 * daemon/create.go (validateNetworkingConfig: "the referenced network might not exist when the
 * container is created"; updateContainerNetworkSettings keeps the name), daemon/start_linux.go
 * and container_operations.go (errSetupNetworking: the start fails, the container stays created
 * with exit code 128).
 */
class CreateNetworkVolumeTest {
    private final BuildSession b = new BuildSession();

    @Test
    void createJoinsItsNetworkWhenItStarts() {
        b.ok("network", "create", "appnet");
        b.ok("create", "--name", "api", "--network", "appnet", "--network-alias", "backend", "busybox", "sleep", "100");
        assertEquals("api Created appnet\n",
                b.docker("ps", "-a", "--format", "{{.Names}} {{.Status}} {{.Networks}}").out());
        b.ok("start", "api");
        assertEquals("\"172.18.0.2\" [\"backend\"]\n", b.docker("inspect", "-f",
                "{{json .NetworkSettings.Networks.appnet.IPAddress}} {{json .NetworkSettings.Networks.appnet.Aliases}}",
                "api").out());
    }

    @Test
    void aMissingNetworkFailsTheStartNotTheCreate() {
        String id = b.docker("create", "--name", "api", "--network", "later", "busybox", "sleep", "100").out().strip();
        assertEquals(64, id.length());
        assertEquals(new Result("", "Error response from daemon: failed to set up container networking: network later"
                + " not found\nError: failed to start containers: api\n", 1), b.docker("start", "api"));
        assertEquals("created 128\n", b.docker("inspect", "-f", "{{.State.Status}} {{.State.ExitCode}}", "api").out());
        b.ok("network", "create", "later");
        assertEquals(new Result("api\n", "", 0), b.docker("start", "api"));
        assertEquals("running\n", b.docker("inspect", "-f", "{{.State.Status}}", "api").out());
    }

    @Test
    void runWithAMissingNetworkLeavesTheContainerCreated() {
        b.ok("pull", "-q", "busybox");
        Result r = b.docker("run", "--name", "web", "--network", "nope", "busybox", "true");
        assertEquals(new Result("", "docker: Error response from daemon: failed to set up container networking:"
                + " network nope not found\n\nRun 'docker run --help' for more information\n", 125), r);
        assertEquals("web Created\n", b.docker("ps", "-a", "--format", "{{.Names}} {{.Status}}").out());
    }

    @Test
    void createMountsVolumesAndBinds() {
        b.file("site/index.html", "hello\n");
        b.ok("create", "--name", "web", "-v", "data:/data", "--mount", "type=bind,source=./site,target=/srv",
                "busybox", "sh", "-c", "cat /srv/index.html; echo kept > /data/f");
        assertEquals("data\n", b.docker("volume", "ls", "-q").out());
        assertEquals("web data,/home/learner/app/site\n",
                b.docker("ps", "-a", "--format", "{{.Names}} {{.Mounts}}", "--no-trunc").out());
        assertEquals(new Result("hello\n", "", 0), b.docker("start", "-a", "web"));
        assertEquals("kept\n", b.docker("run", "--rm", "-v", "data:/d", "busybox", "cat", "/d/f").out());
    }

    @Test
    void createRefusesABadMountAsRunDoes() {
        assertEquals(125, b.docker("create", "-v", "", "busybox").exit());
        assertEquals("", b.docker("ps", "-aq").out());
    }
}
