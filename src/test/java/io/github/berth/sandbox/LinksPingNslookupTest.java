package io.github.berth.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.shell.Output;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * --link on the default bridge (moby v28.2.2 registerLinks, setupLinkedContainers, addLegacyLinks,
 * daemon/links ToEnv), and busybox's ping and nslookup inside containers (networking/ping.c,
 * networking/nslookup.c) against the engine's networks and embedded DNS.
 */
class LinksPingNslookupTest {
    private final Sandbox sandbox = new Sandbox(1L, Map.of(), false);

    LinksPingNslookupTest() {
        sandbox.run("docker pull -q alpine && docker pull -q busybox", Output.DISCARD);
    }

    private CommandRecord run(String line) {
        return sandbox.run(line, Output.DISCARD).record();
    }

    private String out(String line) {
        return run(line).stdout();
    }

    @Test
    void aLinkPutsTheAliasHostnameAndNameInEtcHosts() {
        run("docker run -d --name db redis");
        String dbHost = out("docker inspect -f '{{.Config.Hostname}}' db").strip();
        String hosts = out("docker run --rm --link db:cache alpine cat /etc/hosts");
        String[] lines = hosts.split("\n");
        assertEquals("172.17.0.2\tcache " + dbHost + " db", lines[lines.length - 1]);
        // the alias equal to the name is not repeated
        String same = out("docker run --rm --link db alpine cat /etc/hosts");
        assertTrue(same.endsWith("172.17.0.2\tdb " + dbHost + "\n"), same);
    }

    @Test
    void aLinkedContainerStartedAgainOnAnotherAddressIsUpdatedInTheLinkingOnesHosts() {
        run("docker run -d --name db1 alpine sleep 1000");
        run("docker run -d --name other alpine sleep 1000");
        run("docker run -d --name app --link db1:db alpine sleep 1000");
        String dbHost = out("docker inspect -f '{{.Config.Hostname}}' db1").strip();
        assertEquals("172.17.0.2\tdb " + dbHost + " db1\n", out("docker exec app tail -n 1 /etc/hosts"));
        run("docker stop db1 other");
        run("docker run -d --name filler alpine sleep 1000");
        run("docker start db1");
        assertEquals("172.17.0.3\tdb " + dbHost + " db1\n", out("docker exec app tail -n 1 /etc/hosts"));
    }

    @Test
    void aLinkSetsTheLegacyEnvironmentVariables() {
        run("docker run -d --name db redis");
        String env = out("docker run --rm --name app --link db:cache alpine env");
        assertTrue(env.contains("""
                CACHE_PORT=tcp://172.17.0.2:6379
                CACHE_PORT_6379_TCP=tcp://172.17.0.2:6379
                CACHE_PORT_6379_TCP_ADDR=172.17.0.2
                CACHE_PORT_6379_TCP_PORT=6379
                CACHE_PORT_6379_TCP_PROTO=tcp
                CACHE_NAME=/app/cache
                CACHE_ENV_GOSU_VERSION=1.17
                """), env);
        assertTrue(!env.contains("CACHE_ENV_PATH"), env);
        // an exec sees them too (daemon/exec.go), and inspect lists the link as the daemon keeps it
        run("docker run -d --name app2 --link db:cache alpine sleep 1000");
        assertEquals("tcp://172.17.0.2:6379\n", out("docker exec app2 printenv CACHE_PORT"));
        assertEquals("[/db:/app2/cache]\n", out("docker inspect -f '{{.HostConfig.Links}}' app2"));
        assertEquals("[]\n", out("docker inspect -f '{{.HostConfig.Links}}' db"));
    }

    @Test
    void linkErrorsAreTheClientsAndTheDaemons() {
        CommandRecord bad = run("docker run --link a:b:c alpine true");
        assertEquals(125, bad.exit());
        assertTrue(bad.stderr().startsWith("invalid argument \"a:b:c\" for \"--link\" flag: bad format for links: a:b:c\n\nUsage:"),
                bad.stderr());
        CommandRecord missing = run("docker run --link nope:x alpine true");
        assertEquals(125, missing.exit());
        assertEquals("docker: Error response from daemon: could not get container for nope: No such container: nope\n\n"
                + "Run 'docker run --help' for more information\n", missing.stderr());
        run("docker create --name stopped alpine");
        CommandRecord notRunning = run("docker run --name web --link stopped:s alpine true");
        assertEquals("docker: Error response from daemon: Cannot link to a non running container: /stopped AS /web/s\n\n"
                + "Run 'docker run --help' for more information\n", notRunning.stderr());
        assertEquals("Created\n", out("docker ps -a --filter name=web --format '{{.Status}}'"));
    }

    @Test
    void pingReachesLinkedAndNeighbouringContainersInBusyboxFormat() {
        run("docker run -d --name db redis");
        CommandRecord ping = run("docker run --rm --link db:cache busybox ping -c 2 cache");
        String[] lines = ping.stdout().split("\n");
        assertEquals("PING cache (172.17.0.2): 56 data bytes", lines[0]);
        assertTrue(lines[1].matches("64 bytes from 172\\.17\\.0\\.2: seq=0 ttl=64 time=0\\.[0-9]{3} ms"), lines[1]);
        assertTrue(lines[2].matches("64 bytes from 172\\.17\\.0\\.2: seq=1 ttl=64 time=0\\.[0-9]{3} ms"), lines[2]);
        assertEquals("", lines[3]);
        assertEquals("--- cache ping statistics ---", lines[4]);
        assertEquals("2 packets transmitted, 2 packets received, 0% packet loss", lines[5]);
        assertTrue(lines[6].matches("round-trip min/avg/max = 0\\.[0-9]{3}/0\\.[0-9]{3}/0\\.[0-9]{3} ms"), lines[6]);
        assertEquals(0, ping.exit());
        LinksPingNslookupTest again = new LinksPingNslookupTest();
        again.run("docker run -d --name db redis");
        assertEquals(ping.stdout(), again.out("docker run --rm --link db:cache busybox ping -c 2 cache"),
                "seeded: the same times again");
    }

    @Test
    void onAUserNetworkALinkIsAnAliasForThatContainersQueriesOnly() {
        run("docker network create net");
        run("docker run -d --name web --network net nginx");
        CommandRecord linked = run("docker run --rm --network net --link web:site busybox ping -c 1 site");
        assertTrue(linked.stdout().startsWith("PING site (172.18.0.2): 56 data bytes\n"), linked.stdout());
        assertEquals("", out("docker run --rm --network net --link web:site busybox grep site /etc/hosts"),
                "not in /etc/hosts there");
        assertEquals("ping: bad address 'site'\n", run("docker run --rm --network net busybox ping -c 1 site").stderr());
    }

    @Test
    void pingFailuresAreBusyboxs() {
        CommandRecord unknown = run("docker run --rm busybox ping -c 1 nope");
        assertEquals("ping: bad address 'nope'\n", unknown.stderr());
        assertEquals(1, unknown.exit());
        CommandRecord lost = run("docker run --rm alpine ping -c 2 8.8.8.8");
        assertEquals("PING 8.8.8.8 (8.8.8.8): 56 data bytes\n\n--- 8.8.8.8 ping statistics ---\n"
                + "2 packets transmitted, 0 packets received, 100% packet loss\n", lost.stdout());
        assertEquals(1, lost.exit());
        CommandRecord noOne = run("docker run --rm busybox ping -c 4 172.17.0.99");
        assertEquals("PING 172.17.0.99 (172.17.0.99): 56 data bytes\n", noOne.stdout());
        assertEquals("ping: sendto: Host is unreachable\n", noOne.stderr());
        // the Debian family has no ping: runc's exec error
        CommandRecord debian = run("docker run --rm debian ping -c 1 localhost");
        assertEquals(127, debian.exit());
        assertTrue(debian.stderr().contains("exec: \"ping\": executable file not found in $PATH"), debian.stderr());
    }

    @Test
    void nslookupAsksTheEmbeddedDnsOnAUserNetworkOnly() {
        run("docker network create net");
        run("docker run -d --name web --network net nginx");
        CommandRecord found = run("docker run --rm --network net alpine nslookup web");
        assertEquals("Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\nNon-authoritative answer:\nName:\tweb\n"
                + "Address: 172.18.0.2\n\nNon-authoritative answer:\n\n", found.stdout());
        assertEquals(0, found.exit());
        CommandRecord outside = run("docker run --rm --network net busybox nslookup example.com");
        assertEquals("Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\n** server can't find example.com: SERVFAIL\n\n"
                + "** server can't find example.com: SERVFAIL\n\n", outside.stdout());
        assertEquals(1, outside.exit());
        assertEquals("Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\nNon-authoritative answer:\n"
                + "2.0.18.172.in-addr.arpa\tname = web.net\n\n", out("docker run --rm --network net busybox nslookup 172.18.0.2"));
        // the default bridge's resolver is the host's, which berth's offline host cannot reach
        CommandRecord bridge = run("docker run --rm busybox nslookup web");
        assertEquals(";; connection timed out; no servers could be reached\n\n", bridge.stdout());
        assertEquals(1, bridge.exit());
    }
}
