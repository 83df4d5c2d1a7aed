package io.github.berth.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * docker commit: the client (docker/cli v28.2.2 cli/command/container/commit.go, checked against
 * the docker 28.2.2 client) and the daemon (moby v28.2.2 daemon/commit.go, image_commit.go,
 * image/image.go NewChildImage, builder/dockerfile BuildFromConfig).
 */
class ImageCommitTest {
    private final Lines s = new Lines();

    @Test
    void theNewImageHasTheContainersChangesAsItsTopLayer() {
        s.out("docker run --name box alpine sh -c 'echo hi > /root/note'");
        String id = s.out("docker commit -a 'Ann <ann@example.com>' -m 'a note' box notes:v1");
        assertTrue(id.matches("sha256:[0-9a-f]{64}\n"), id);
        assertEquals("IMAGE          CREATED         CREATED BY                                      SIZE      COMMENT\n"
                + id.substring(7, 19) + "   1 second ago    sh -c echo hi > /root/note                      3B        a note\n"
                + "<missing>      10 months ago   CMD [\"/bin/sh\"]                                 0B        buildkit.dockerfile.v0\n"
                + "<missing>      10 months ago   ADD alpine-minirootfs-3.21.3-x86_64.tar.gz /…   7.83MB    buildkit.dockerfile.v0\n",
                s.out("docker history notes:v1"));
        assertEquals("hi\n", s.out("docker run --rm notes:v1 cat /root/note"));
        assertEquals("REPOSITORY   TAG       IMAGE ID       CREATED         SIZE\n"
                + "notes        v1        " + id.substring(7, 19) + "   3 seconds ago   7.83MB\n"
                + "alpine       latest    aded1e1a5b37   10 months ago   7.83MB\n", s.out("docker images"));
    }

    @Test
    void inspectShowsAuthorCommentParentAndTheDaemonsVersion() {
        s.out("docker run --name box alpine touch /made");
        s.out("docker container commit --author Ann --message first box mine");
        assertEquals("Ann|first|28.2.2|sha256:aded1e1a5b3705116fa0a92ba074a5e0b0031647d9c315983ccba2ee5428ec8b|2\n",
                s.out("docker image inspect -f '{{.Author}}|{{.Comment}}|{{.DockerVersion}}|{{.Parent}}|"
                        + "{{len .RootFS.Layers}}' mine"));
        // the config is the container's: its Cmd is what the container ran
        assertEquals("{\"Env\":[\"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\"],"
                + "\"Cmd\":[\"touch\",\"/made\"],\"WorkingDir\":\"/\"}\n", s.out("docker inspect -f '{{json .Config}}' mine"));
    }

    @Test
    void aContainerWithNoChangesAddsAnEmptyHistoryEntryAndNoLayer() {
        s.out("docker run --name box alpine true");
        String id = s.out("docker commit box");
        assertEquals("1\n", s.out("docker image inspect -f '{{len .RootFS.Layers}}' " + id.trim()));
        assertEquals("IMAGE          CREATED         CREATED BY                                      SIZE      COMMENT\n"
                + id.substring(7, 19) + "   2 seconds ago   true                                            0B        \n"
                + "<missing>      10 months ago   CMD [\"/bin/sh\"]                                 0B        buildkit.dockerfile.v0\n"
                + "<missing>      10 months ago   ADD alpine-minirootfs-3.21.3-x86_64.tar.gz /…   7.83MB    buildkit.dockerfile.v0\n",
                s.out("docker history " + id.trim()));
        assertEquals("REPOSITORY   TAG       IMAGE ID       CREATED         SIZE\n"
                + "<none>       <none>    " + id.substring(7, 19) + "   3 seconds ago   7.83MB\n"
                + "alpine       latest    aded1e1a5b37   10 months ago   7.83MB\n", s.out("docker images"));
    }

    @Test
    void changesSetTheNewImagesConfig() {
        s.out("docker run --name box alpine sh -c 'echo hi > /root/note'");
        s.out("docker commit -c 'CMD [\"cat\", \"note\"]' -c 'ENV GREETING=hello' -c 'EXPOSE 80' -c 'WORKDIR /root'"
                + " -c 'LABEL version=1' -c 'USER root' box notes");
        assertEquals("{\"User\":\"root\",\"ExposedPorts\":{\"80/tcp\":{}},\"Env\":[\"PATH=/usr/local/sbin:/usr/local/bin:"
                + "/usr/sbin:/usr/bin:/sbin:/bin\",\"GREETING=hello\"],\"Cmd\":[\"cat\",\"note\"],\"WorkingDir\":\"/root\","
                + "\"Labels\":{\"version\":\"1\"}}\n", s.out("docker image inspect -f '{{json .Config}}' notes"));
        assertEquals("hi\n", s.out("docker run --rm notes"));
    }

    @Test
    void aShellFormCmdRunsInShAndAnEntrypointDropsTheInheritedCmd() {
        s.out("docker run --name box alpine true");
        s.out("docker commit --change 'CMD echo $HOME' box one");
        assertEquals("[\"/bin/sh\",\"-c\",\"echo $HOME\"]\n", s.out("docker inspect -f '{{json .Config.Cmd}}' one"));
        assertEquals("/root\n", s.out("docker run --rm one"));
        s.out("docker commit -c 'ENTRYPOINT [\"echo\"]' box two");
        assertEquals("{\"Env\":[\"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\"],"
                + "\"Entrypoint\":[\"echo\"],\"WorkingDir\":\"/\"}\n", s.out("docker inspect -f '{{json .Config}}' two"));
        assertEquals("a b\n", s.out("docker run --rm two a b"));
    }

    @Test
    void theTagMovesFromTheImageThatHadIt() {
        s.out("docker run --name box alpine true");
        String first = s.out("docker commit box mine").trim();
        s.out("docker run --name box2 alpine touch /x");
        String second = s.out("docker commit box2 mine").trim();
        assertEquals("mine:latest " + second.substring(7, 19) + "\n<none>:<none> " + first.substring(7, 19) + "\n"
                + "alpine:latest aded1e1a5b37\n", s.out("docker images --format '{{.Repository}}:{{.Tag}} {{.ID}}'"));
    }

    @Test
    void anotherTagForTheNewImageKeepsItsLayersAndHistory() {
        s.out("docker run --name box alpine sh -c 'echo hi > /root/note'");
        s.out("docker commit -m note box mine");
        s.out("docker tag mine me/mine:v1");
        assertEquals("hi\n", s.out("docker run --rm me/mine:v1 cat /root/note"));
        assertEquals("2|note\n", s.out("docker image inspect -f '{{len .RootFS.Layers}}|{{.Comment}}' me/mine:v1"));
    }

    @Test
    void aRunningContainerIsCommittedToo() {
        s.out("docker run -d --name web nginx");
        s.out("docker exec web sh -c 'echo hello > /usr/share/nginx/html/hello.html'");
        s.out("docker commit -p=false web my-nginx");
        s.out("docker run -d --name copy my-nginx");
        assertEquals("hello\n", s.out("docker exec copy cat /usr/share/nginx/html/hello.html"));
    }

    @Test
    void daemonErrors() {
        s.out("docker run --name box alpine true");
        assertEquals(new Lines.Result("", "Error response from daemon: run is not a valid change command\n", 1),
                s.run("docker commit -c 'RUN apk add curl' box"));
        assertEquals(new Lines.Result("", "Error response from daemon: copy is not a valid change command\n", 1),
                s.run("docker commit -c 'COPY a b' box"));
        assertEquals(new Lines.Result("", "Error response from daemon: No such container: nosuch\n", 1),
                s.run("docker commit nosuch"));
        // BuildKit's instructions/parse.go and line_parsers.go, as BuildFromConfig reports them
        assertEquals(new Lines.Result("", "Error response from daemon: USER requires exactly one argument\n", 1),
                s.run("docker commit -c USER box"));
        assertEquals(new Lines.Result("", "Error response from daemon: EXPOSE requires at least one argument\n", 1),
                s.run("docker commit -c EXPOSE box"));
        assertEquals(new Lines.Result("", "Error response from daemon: ENV must have two arguments\n", 1),
                s.run("docker commit -c 'ENV GREETING' box"));
    }

    @Test
    void clientErrors() {
        s.out("docker run --name box alpine true");
        assertEquals(new Lines.Result("", "invalid reference format: repository name (library/Mine) must be lowercase\n", 1),
                s.run("docker commit box Mine"));
        assertEquals(new Lines.Result("", "invalid reference format\n", 1), s.run("docker commit box a:b:c"));
        assertEquals(new Lines.Result("", "refusing to create a tag with a digest reference\n", 1),
                s.run("docker commit box a@sha256:" + "a".repeat(64)));
        assertEquals(new Lines.Result("", "invalid container name or ID: value is empty\n", 1), s.run("docker commit ''"));
        assertEquals(new Lines.Result("", "docker: 'docker commit' requires at least 1 and at most 2 arguments\n\n"
                + "Usage:  docker commit [OPTIONS] CONTAINER [REPOSITORY[:TAG]]\n\n"
                + "Run 'docker commit --help' for more information\n", 1), s.run("docker commit"));
        assertEquals(new Lines.Result("", "docker: 'docker commit' requires at least 1 and at most 2 arguments\n\n"
                + "Usage:  docker commit [OPTIONS] CONTAINER [REPOSITORY[:TAG]]\n\n"
                + "Run 'docker commit --help' for more information\n", 1), s.run("docker commit a b c"));
        assertEquals(new Lines.Result("", "unknown shorthand flag: 'x' in -x\n\n"
                + "Usage:  docker commit [OPTIONS] CONTAINER [REPOSITORY[:TAG]]\n\n"
                + "Run 'docker commit --help' for more information\n", 125), s.run("docker commit -x box"));
    }

    @Test
    void helpIsTheRealClients() {
        assertEquals("""
                Usage:  docker commit [OPTIONS] CONTAINER [REPOSITORY[:TAG]]

                Create a new image from a container's changes

                Aliases:
                  docker container commit, docker commit

                Options:
                  -a, --author string    Author (e.g., "John Hannibal Smith
                                         <hannibal@a-team.com>")
                  -c, --change list      Apply Dockerfile instruction to the created image
                  -m, --message string   Commit message
                  -p, --pause            Pause container during commit (default true)
                """, s.out("docker commit --help"));
    }
}
