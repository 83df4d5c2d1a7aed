package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.cli.DockerSession.Result;
import org.junit.jupiter.api.Test;

/**
 * One address allocator for every network, and containers reaching each other. Sources: moby
 * v28.2.2 libnetwork/ipamutils/utils.go (default pools), ipams/defaultipam (lowest free subnet and
 * address), daemon/container_operations.go (buildEndpointDNSNames, cleanOperationalData,
 * validateEndpointSettings), libnetwork/etchosts and sandbox_dns_unix.go (/etc/hosts,
 * /etc/resolv.conf with 127.0.0.11 on user networks); busybox 1.36 libbb/xconnect.c and
 * networking/wget.c; curl's "Could not resolve host" (6) and "Failed to connect" (7).
 */
class ContainerNetworkingTest {
    private final DockerSession s = new DockerSession(false);

    private String ip(String container) {
        return s.docker("inspect", "-f", "{{range .NetworkSettings.Networks}}{{.IPAddress}} {{end}}", container).out();
    }

    @Test
    void oneAllocatorHandsOutTheLowestFreeAddressOnEachNetwork() {
        s.docker("pull", "alpine");
        s.docker("run", "-d", "--name", "ca", "alpine", "sleep", "1000");
        s.docker("run", "-d", "--name", "cb", "alpine", "sleep", "1000");
        assertEquals("172.17.0.2 \n", ip("ca"));
        assertEquals("172.17.0.3 \n", ip("cb"));
        assertEquals(new Result("172.17.0.2\n", "", 0), s.docker("inspect", "-f", "{{.NetworkSettings.IPAddress}}", "ca"));
        s.docker("stop", "ca");
        // a stopped container gives its address back and keeps its network (moby cleanOperationalData)
        assertEquals(" \n", ip("ca"));
        s.docker("run", "-d", "--name", "cc", "alpine", "sleep", "1000");
        assertEquals("172.17.0.2 \n", ip("cc"));
        s.docker("start", "ca");
        assertEquals("172.17.0.4 \n", ip("ca"));
        // network inspect's Containers are keyed (and so ranged) by container id
        assertEquals(java.util.List.of("ca 172.17.0.4/16", "cb 172.17.0.3/16", "cc 172.17.0.2/16"), s.docker("network",
                "inspect", "-f", "{{range .Containers}}{{.Name}} {{.IPv4Address}}\n{{end}}", "bridge").out().lines()
                .filter(l -> !l.isEmpty()).sorted().toList());
    }

    @Test
    void userNetworksTakeTheDefaultPoolsInOrderAndReuseFreedOnes() {
        s.docker("network", "create", "n1");
        s.docker("network", "create", "n2");
        assertEquals(new Result("172.18.0.0/16 172.18.0.1\n", "", 0),
                s.docker("network", "inspect", "-f", "{{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}", "n1"));
        assertEquals(new Result("172.19.0.0/16\n", "", 0),
                s.docker("network", "inspect", "-f", "{{range .IPAM.Config}}{{.Subnet}}{{end}}", "n2"));
        s.docker("network", "rm", "n1");
        s.docker("network", "create", "n3");
        assertEquals(new Result("172.18.0.0/16\n", "", 0),
                s.docker("network", "inspect", "-f", "{{range .IPAM.Config}}{{.Subnet}}{{end}}", "n3"));
        for (int i = 4; i <= 16; i++) {
            s.docker("network", "create", "n" + i);
        }
        // 172.17 to 172.31 are taken: then 192.168.0.0/16 in /20s
        assertEquals(new Result("192.168.0.0/20 192.168.0.1\n", "", 0),
                s.docker("network", "inspect", "-f", "{{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}", "n16"));
        for (int i = 17; i <= 31; i++) {
            assertEquals(0, s.docker("network", "create", "n" + i).exit());
        }
        assertEquals(new Result("", "Error response from daemon: all predefined address pools have been fully"
                + " subnetted\n", 1), s.docker("network", "create", "n32"));
    }

    @Test
    void connectGivesARunningContainerAnAddressAtOnceAndDisconnectFreesIt() {
        s.docker("network", "create", "n1");
        s.docker("pull", "alpine");
        s.docker("run", "-d", "--name", "ca", "alpine", "sleep", "1000");
        assertEquals(new Result("", "", 0), s.docker("network", "connect", "n1", "ca"));
        assertEquals("172.17.0.2 172.18.0.2 \n", ip("ca"));
        assertEquals(new Result("", "", 0), s.docker("network", "disconnect", "n1", "ca"));
        s.docker("run", "-d", "--name", "cb", "--network", "n1", "alpine", "sleep", "1000");
        assertEquals("172.18.0.2 \n", ip("cb"));
        assertEquals(new Result("", "Error response from daemon: invalid endpoint settings:\nnetwork-scoped alias is"
                + " supported only for containers in user defined networks\n", 1),
                s.docker("network", "connect", "--alias", "x", "bridge", "cb"));
    }

    @Test
    void aNetworkAliasNeedsAUserDefinedNetwork() {
        s.docker("pull", "alpine");
        // the client refuses it first (opts.go parseNetworkAttachmentOpt; the 28.2.2 client says so without a daemon)
        assertEquals(new Result("", "docker: network-scoped aliases are only supported for user-defined networks"
                + "\n\nRun 'docker run --help' for more information\n", 125),
                s.docker("run", "--network-alias", "x", "alpine", "true"));
        assertEquals(new Result("", "docker: network-scoped aliases are only supported for user-defined networks"
                + "\n\nRun 'docker run --help' for more information\n", 125),
                s.docker("run", "--network-alias", "x", "--network", "host", "alpine", "true"));
    }

    private void webOnN1() {
        s.docker("network", "create", "n1");
        s.docker("pull", "nginx");
        s.docker("pull", "alpine");
        s.docker("pull", "python:3.12");
        s.docker("run", "-d", "--name", "web", "--network", "n1", "--network-alias", "www", "nginx");
    }

    @Test
    void containersOnAUserNetworkReachEachOtherByNameAliasAndShortId() {
        webOnN1();
        String page = s.docker("run", "--rm", "--network", "n1", "alpine", "wget", "-qO-", "http://web").out();
        assertTrue(page.contains("<title>Welcome to nginx!</title>"), page);
        assertEquals(page, s.docker("run", "--rm", "--network", "n1", "alpine", "wget", "-qO-", "http://www/").out());
        String shortId = s.engine.find("web") instanceof io.github.berth.engine.Lookup.Found f
                ? f.container().shortId() : "none";
        assertEquals(page, s.docker("run", "--rm", "--network", "n1", "python:3.12", "curl", "-s", "http://" + shortId)
                .out());
        assertEquals("Connecting to web (172.18.0.2:80)\nwriting to stdout\nwritten to stdout\n",
                s.docker("run", "--rm", "--network", "n1", "alpine", "wget", "-O-", "http://web").err());
        assertEquals(new Result("172.18.0.2      web\n172.18.0.2      www\n", "", 0),
                s.docker("run", "--rm", "--network", "n1", "python:3.12", "getent", "hosts", "web", "www"));
        assertEquals(new Result("", "wget: server returned error: HTTP/1.1 404 Not Found\n", 1),
                s.docker("run", "--rm", "--network", "n1", "alpine", "wget", "-q", "http://web/nope"));
        String logs = s.docker("logs", "web").out();
        assertTrue(logs.contains("172.18.0.3 - - [05/Jan/2026:09:00:00 +0000] \"GET / HTTP/1.1\" 200 615 \"-\" \"Wget\""
                + " \"-\"\n"), logs);
    }

    @Test
    void namesDoNotResolveOnTheDefaultBridgeNorOutsideTheNetwork() {
        webOnN1();
        assertEquals(new Result("", "wget: bad address 'web'\n", 1),
                s.docker("run", "--rm", "alpine", "wget", "-qO-", "http://web"));
        assertEquals(new Result("", "curl: (6) Could not resolve host: web\n", 6),
                s.docker("run", "--rm", "python:3.12", "curl", "http://web"));
        assertEquals(new Result("", "", 2), s.docker("run", "--rm", "python:3.12", "getent", "hosts", "web"));
        // the address itself is not reachable from another network either
        assertEquals(new Result("", "curl: (7) Failed to connect to 172.18.0.2 port 80 after 0 ms: Couldn't connect"
                + " to server\n", 7), s.docker("run", "--rm", "python:3.12", "curl", "http://172.18.0.2"));
    }

    @Test
    void localhostInsideAContainerIsTheContainerItself() {
        webOnN1();
        s.docker("run", "-d", "--name", "pub", "-p", "8080:80", "nginx");
        assertEquals(new Result("", "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect"
                + " to server\n", 7), s.docker("run", "--rm", "python:3.12", "curl", "http://localhost:8080"));
        // nginx:alpine has curl: inside, localhost is its own nginx
        s.docker("run", "-d", "--name", "edge", "nginx:alpine");
        Result own = s.docker("exec", "edge", "curl", "-s", "http://localhost");
        assertTrue(own.out().contains("<title>Welcome to nginx!</title>"), own.toString());
        assertEquals(new Result("", "curl: (7) Failed to connect to localhost port 81 after 0 ms: Couldn't connect"
                + " to server\n", 7), s.docker("exec", "edge", "curl", "http://localhost:81"));
    }

    @Test
    void etcHostsAndResolvConfAsTheDaemonWritesThem() {
        webOnN1();
        assertEquals(new Result("""
                127.0.0.1\tlocalhost
                ::1\tlocalhost ip6-localhost ip6-loopback
                fe00::\tip6-localnet
                ff00::\tip6-mcastprefix
                ff02::1\tip6-allnodes
                ff02::2\tip6-allrouters
                172.18.0.3\tbox
                # Generated by Docker Engine.
                # This file can be edited; Docker Engine will not make further changes once it
                # has been modified.

                nameserver 127.0.0.11

                # Based on host file: '/etc/resolv.conf' (internal resolver)
                # ExtServers: [host(10.0.2.3)]
                # Overrides: []
                """, "", 0), s.docker("run", "--rm", "--network", "n1", "-h", "box", "alpine", "cat", "/etc/hosts",
                "/etc/resolv.conf"));
        assertEquals(new Result("""
                # Generated by Docker Engine.
                # This file can be edited; Docker Engine will not make further changes once it
                # has been modified.

                nameserver 10.0.2.3

                # Based on host file: '/etc/resolv.conf' (legacy)
                # Overrides: []
                """, "", 0), s.docker("run", "--rm", "alpine", "cat", "/etc/resolv.conf"));
        // they are the daemon's mounts, not the container's changes
        s.docker("run", "--name", "quiet", "alpine", "true");
        assertEquals(new Result("", "", 0), s.docker("diff", "quiet"));
        s.docker("run", "--name", "hw", "hello-world"); // no /etc in the image: the init layer makes it
        assertEquals(new Result("", "", 0), s.docker("diff", "hw"));
    }
}
