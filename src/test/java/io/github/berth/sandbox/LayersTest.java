package io.github.berth.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Image layers, a container's writable layer, docker diff, history and image inspect. */
class LayersTest {
    private final Lines s = new Lines();

    @Test
    void filesWrittenInAContainerStayAcrossStartAndGoWithRm() {
        s.out("docker run --name box alpine sh -c 'echo hi > /root/note; rm /etc/group; mkdir -p /srv/www'");
        assertEquals("C /etc\nD /etc/group\nC /root\nA /root/note\nC /srv\nA /srv/www\n", s.out("docker diff box"));
        s.out("docker start box");
        assertEquals("C /etc\nD /etc/group\nC /root\nA /root/note\nC /srv\nA /srv/www\n", s.out("docker container diff box"));
        s.out("docker rm box");
        assertEquals(new Lines.Result("", "Error response from daemon: No such container: box\n", 1),
                s.run("docker diff box"));
        s.out("docker run --name box alpine true");
        assertEquals("", s.out("docker diff box"));
    }

    @Test
    void diffArgumentErrors() {
        assertEquals(new Lines.Result("", "docker: 'docker diff' requires 1 argument\n\nUsage:  docker diff CONTAINER\n\n"
                + "Run 'docker diff --help' for more information\n", 1), s.run("docker diff"));
    }

    @Test
    void historyOfPulledImages() {
        s.out("docker pull -q alpine");
        s.out("docker pull -q hello-world");
        String alpine = s.out("docker history alpine");
        assertEquals("IMAGE          CREATED         CREATED BY                                      SIZE      COMMENT\n"
                + "aded1e1a5b37   10 months ago   CMD [\"/bin/sh\"]                                 0B        buildkit.dockerfile.v0\n"
                + "<missing>      10 months ago   ADD alpine-minirootfs-3.21.3-x86_64.tar.gz /…   7.83MB    buildkit.dockerfile.v0\n",
                alpine);
        assertEquals("aded1e1a5b37\n<missing>\n", s.out("docker history -q alpine"));
        assertEquals("IMAGE                                                                     CREATED AT             CREATED BY                SIZE      COMMENT\n"
                + "sha256:74cc54e27dc41bb10dc4b2226072d469509f2f22f1a3ce74f4a59661a1d44602   2025-01-21T23:32:32Z   CMD [\"/hello\"]            0         buildkit.dockerfile.v0\n"
                + "<missing>                                                                 2025-01-21T23:32:32Z   COPY hello / # buildkit   10072     buildkit.dockerfile.v0\n",
                s.out("docker image history -H=false --no-trunc hello-world"));
        assertEquals(new Lines.Result("", "Error response from daemon: No such image: nosuch:latest\n", 1),
                s.run("docker history nosuch"));
    }

    @Test
    void imageInspectShowsTheLayersAndConfig() {
        s.out("docker pull -q alpine");
        assertEquals("[\"sha256:08000c18d16dadf9553d747a58cf44023423a9ab010aab96cf263d2216b8b350\"]\n",
                s.out("docker image inspect --format '{{json .RootFS.Layers}}' alpine"));
        String json = s.out("docker image inspect alpine");
        assertEquals(true, json.startsWith("[\n    {\n        \"Id\": \"sha256:aded1e1a5b37"), json);
        assertEquals(true, json.contains("        \"Config\": {\n            \"Env\": [\n"
                + "                \"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\"\n"
                + "            ],\n            \"Cmd\": [\n                \"/bin/sh\"\n            ],\n"
                + "            \"WorkingDir\": \"/\"\n        },\n"), json);
        assertEquals(new Lines.Result("[]\n", "Error response from daemon: No such image: nosuch:latest\n", 1),
                s.run("docker image inspect nosuch"));
    }
}
