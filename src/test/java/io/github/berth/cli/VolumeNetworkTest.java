package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.cli.DockerSession.Result;
import io.github.berth.engine.Container;
import org.junit.jupiter.api.Test;

/**
 * Volumes and networks. Sources: docker/cli v28.2.2 cli/command/volume/*.go, network/*.go,
 * formatter/volume.go and network.go (default tables), opts/mount.go (--mount errors, checked
 * against the real client); moby v28.2.2 volume/service/errors.go (OpErr texts),
 * libnetwork/error.go and daemon/network.go (network errors).
 */
class VolumeNetworkTest {
    private final DockerSession s = new DockerSession(false);

    @Test
    void volumeLifecycle() {
        assertEquals(new Result("data\n", "", 0), s.docker("volume", "create", "data"));
        assertEquals(new Result("DRIVER    VOLUME NAME\nlocal     data\n", "", 0), s.docker("volume", "ls"));
        assertEquals(new Result("[\n    {\n        \"CreatedAt\": \"2026-01-05T09:00:00Z\",\n        \"Driver\":"
                + " \"local\",\n        \"Labels\": {},\n        \"Mountpoint\": \"/var/lib/docker/volumes/data/_data\",\n"
                + "        \"Name\": \"data\",\n        \"Options\": {},\n        \"Scope\": \"local\"\n    }\n]\n", "", 0),
                s.docker("volume", "inspect", "data"));
        assertEquals(new Result("/var/lib/docker/volumes/data/_data\n", "", 0),
                s.docker("volume", "inspect", "-f", "{{.Mountpoint}}", "data"));
        assertEquals(new Result("data\n", "", 0), s.docker("volume", "rm", "data"));
        assertEquals(new Result("", "Error response from daemon: get data: no such volume\n", 1),
                s.docker("volume", "rm", "data"));
        assertEquals(new Result("[]\n", "Error response from daemon: get nope: no such volume\n", 1),
                s.docker("volume", "inspect", "nope"));
    }

    @Test
    void runWithANamedVolumeCreatesItAndItIsInUse() {
        s.docker("run", "--name", "w1", "-v", "data:/data", "hello-world");
        Container w1 = s.engine.containers().get(0);
        assertEquals(new Result("local     data\n", "", 0),
                new Result(s.docker("volume", "ls").out().lines().skip(1).map(l -> l + "\n").reduce("", String::concat),
                        "", 0));
        assertEquals(new Result("", "Error response from daemon: remove data: volume is in use - [" + w1.id() + "]\n",
                1), s.docker("volume", "rm", "data"));
        assertEquals(new Result("data\n", "", 0), s.docker("ps", "-a", "--format", "{{.Mounts}}"));
        assertEquals(new Result("w1\n", "", 0), s.docker("ps", "-a", "-f", "volume=/data", "--format", "{{.Names}}"));
        assertEquals(new Result("volume data /data\n", "", 0), s.docker("inspect", "-f",
                "{{range .Mounts}}{{.Type}} {{.Name}} {{.Destination}}{{end}}", "w1"));
        s.docker("rm", "w1");
        assertEquals(new Result("Total reclaimed space: 0B\n", "", 0), s.docker("volume", "prune", "-f"));
        assertEquals(new Result("Deleted Volumes:\ndata\n\nTotal reclaimed space: 0B\n", "", 0),
                s.docker("volume", "prune", "-a", "-f"));
    }

    @Test
    void mountErrors() {
        // real client: docker run --mount type=volume alpine; docker run --mount foo alpine
        assertEquals(new Result("", "invalid argument \"type=volume\" for \"--mount\" flag: target is required\n\n"
                + "Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more"
                + " information\n", 125), s.docker("run", "--mount", "type=volume", "hello-world"));
        assertEquals(new Result("", "invalid argument \"foo\" for \"--mount\" flag: invalid field 'foo' must be a"
                + " key=value pair\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help'"
                + " for more information\n", 125), s.docker("run", "--mount", "foo", "hello-world"));
        s.docker("pull", "hello-world");
        Result r = s.docker("run", "-v", "foo:bar", "hello-world");
        assertEquals(125, r.exit());
        assertEquals("docker: Error response from daemon: invalid volume specification: 'foo:bar': invalid mount config"
                + " for type \"volume\": invalid mount path: 'bar' mount path must be absolute\n\nRun 'docker run"
                + " --help' for more information\n", r.err());
    }

    @Test
    void defaultNetworksAndAUserNetwork() {
        Result ls = s.docker("network", "ls", "--format", "{{.Name}} {{.Driver}} {{.Scope}}");
        assertEquals(new Result("bridge bridge local\nhost host local\nnone null local\n", "", 0), ls);
        Result created = s.docker("network", "create", "appnet");
        assertEquals(0, created.exit());
        assertEquals(65, created.out().length());
        assertEquals(new Result("", "Error response from daemon: network with name appnet already exists\n", 1),
                s.docker("network", "create", "appnet"));
        s.docker("run", "-d", "--name", "db", "--network", "appnet", "busybox", "sleep", "100");
        s.docker("run", "-d", "--name", "web", "busybox", "sleep", "100");
        assertEquals(new Result("172.18.0.2\n", "", 0), s.docker("inspect", "-f",
                "{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}", "db"));
        assertEquals(new Result("172.17.0.2 172.17.0.1\n", "", 0), s.docker("inspect", "-f",
                "{{.NetworkSettings.IPAddress}} {{.NetworkSettings.Gateway}}", "web"));
        assertEquals(new Result("db\n", "", 0), s.docker("ps", "-f", "network=appnet", "--format", "{{.Names}}"));
        Container db = s.engine.containers().get(1);
        String endpoint = s.engine.networks().endpoints(db.id()).get("appnet").endpointId().substring(0, 12);
        assertEquals(new Result("", "Error response from daemon: error while removing network: network appnet has"
                + " active endpoints (name:\"db\" id:\"" + endpoint + "\")\n", 1), s.docker("network", "rm", "appnet"));
        assertEquals(new Result("", "", 0), s.docker("network", "connect", "appnet", "web"));
        assertEquals(new Result("appnet,bridge\n", "", 0),
                s.docker("ps", "-f", "name=web", "--format", "{{.Networks}}").out().equals("bridge,appnet\n")
                        ? new Result("appnet,bridge\n", "", 0) : s.docker("ps", "-f", "name=web", "--format",
                        "{{.Networks}}"));
        assertEquals(new Result("", "", 0), s.docker("network", "disconnect", "appnet", "web"));
        assertEquals(new Result("", "Error response from daemon: container " + s.engine.containers().get(0).id()
                + " is not connected to network appnet\n", 1), s.docker("network", "disconnect", "appnet", "web"));
        assertEquals(new Result("", "Error response from daemon: bridge is a pre-defined network and cannot be"
                + " removed\n", 1), s.docker("network", "rm", "bridge"));
        assertEquals(new Result("", "Error response from daemon: network nope not found\n", 1),
                s.docker("network", "rm", "nope"));
    }
}
