package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.cli.DockerSession.Result;
import org.junit.jupiter.api.Test;

/**
 * The embedded DNS and connections by address look containers up through the networks' address
 * index, not by walking every container: they must still follow each change at once (a stopped
 * container's address answers nothing, and the next container to start takes it), and of two
 * running containers that answer one alias, the newest answers, as berth has always chosen.
 */
class ContainerAddressIndexTest {
    private final DockerSession s = new DockerSession(false);

    private Result getent(String... names) {
        java.util.List<String> argv = new java.util.ArrayList<>(java.util.List.of("run", "--rm", "--network", "n1",
                "python:3.12", "getent", "hosts"));
        argv.addAll(java.util.List.of(names));
        return s.docker(argv.toArray(String[]::new));
    }

    @Test
    void namesAndAddressesFollowStartsAndStops() {
        s.docker("network", "create", "n1");
        s.docker("pull", "nginx");
        s.docker("pull", "alpine");
        s.docker("pull", "python:3.12");
        s.docker("run", "-d", "--name", "old", "--network", "n1", "--network-alias", "site", "nginx");
        s.docker("run", "-d", "--name", "new", "--network", "n1", "--network-alias", "site", "nginx");
        assertEquals(new Result("172.18.0.3      site\n172.18.0.2      old\n", "", 0), getent("site", "old"));
        s.docker("stop", "new");
        assertEquals(new Result("172.18.0.2      site\n", "", 0), getent("site"));
        assertEquals(new Result("", "", 2), getent("new"));
        s.docker("stop", "old");
        assertEquals(new Result("", "", 2), getent("site"));
        assertEquals(new Result("", "wget: can't connect to remote host (172.18.0.2): Connection refused\n", 1),
                s.docker("run", "--rm", "--network", "n1", "alpine", "wget", "-q", "http://172.18.0.2"));
        s.docker("run", "-d", "--name", "third", "--network", "n1", "nginx");
        String page = s.docker("run", "--rm", "--network", "n1", "alpine", "wget", "-qO-", "http://172.18.0.2").out();
        assertTrue(page.contains("<title>Welcome to nginx!</title>"), page);
        assertTrue(s.docker("logs", "third").out().contains("\"GET / HTTP/1.1\" 200 615"));
        assertFalse(s.docker("logs", "old").out().contains("\"GET / HTTP/1.1\" 200 615"));
    }
}
