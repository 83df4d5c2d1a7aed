package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.engine.Image;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code docker pull}: docker/cli v28.2.2 cli/command/image/pull.go runPull ("Using default tag:"
 * only for a name without tag, progress on stdout, the canonical reference last), moby v28.2.2
 * distribution/pull_v2.go (messages, "Image is up to date"), and the daemon's pull-access error.
 */
class PullCommandTest {
    static final String DIGEST = RunHelloWorldTest.DIGEST;
    static final String DENIED = "Error response from daemon: pull access denied for nosuchimage, repository does"
            + " not exist or may require 'docker login': denied: requested access to the resource is denied\n";

    @Test
    void pullByName_notTerminal() {
        DockerSession s = new DockerSession(false);
        assertEquals(new DockerSession.Result("Using default tag: latest\n"
                + RunHelloWorldTest.PULL_NOT_TERMINAL
                + "docker.io/library/hello-world:latest\n", "", 0), s.docker("pull", "hello-world"));
    }

    @Test
    void pullByName_terminal() {
        DockerSession s = new DockerSession(true);
        assertEquals(new DockerSession.Result("Using default tag: latest\n"
                + RunHelloWorldTest.PULL_TERMINAL
                + "docker.io/library/hello-world:latest\n", "", 0), s.docker("pull", "hello-world"));
    }

    @Test
    void pullStoresTheImage() {
        DockerSession s = new DockerSession(false);
        s.docker("pull", "hello-world");
        List<Image> images = s.engine.images();
        assertEquals(1, images.size());
        Image image = images.get(0);
        assertEquals("sha256:74cc54e27dc41bb10dc4b2226072d469509f2f22f1a3ce74f4a59661a1d44602", image.id());
        assertEquals(List.of("hello-world:latest"), image.repoTags());
        assertEquals(List.of("hello-world@" + DIGEST), image.repoDigests());
        assertEquals(10072L, image.size());
    }

    @Test
    void pullAgainIsUpToDate() {
        DockerSession s = new DockerSession(false);
        s.docker("pull", "hello-world");
        assertEquals(new DockerSession.Result("Using default tag: latest\n"
                + "latest: Pulling from library/hello-world\n"
                + "Digest: " + DIGEST + "\n"
                + "Status: Image is up to date for hello-world:latest\n"
                + "docker.io/library/hello-world:latest\n", "", 0), s.docker("pull", "hello-world"));
    }

    @Test
    void pullAgainIsUpToDate_terminal() {
        DockerSession s = new DockerSession(true);
        s.docker("run", "hello-world");
        assertEquals(new DockerSession.Result("Using default tag: latest\n"
                + "latest: Pulling from library/hello-world\n"
                + "Digest: " + DIGEST + "\n"
                + "Status: Image is up to date for hello-world:latest\n"
                + "docker.io/library/hello-world:latest\n", "", 0), s.docker("pull", "hello-world"));
    }

    @Test
    void pullWithTagHasNoDefaultTagLine() {
        DockerSession s = new DockerSession(false);
        assertEquals(new DockerSession.Result(RunHelloWorldTest.PULL_NOT_TERMINAL
                + "docker.io/library/hello-world:latest\n", "", 0), s.docker("pull", "hello-world:latest"));
    }

    @Test
    void pullByFullyQualifiedName() {
        DockerSession s = new DockerSession(false);
        assertEquals(new DockerSession.Result(RunHelloWorldTest.PULL_NOT_TERMINAL
                        + "docker.io/library/hello-world:latest\n", "", 0),
                s.docker("pull", "docker.io/library/hello-world:latest"));
    }

    @Test
    void imagePullIsTheSameCommand() {
        DockerSession s = new DockerSession(false);
        assertEquals(new DockerSession.Result("Using default tag: latest\n"
                + RunHelloWorldTest.PULL_NOT_TERMINAL
                + "docker.io/library/hello-world:latest\n", "", 0), s.docker("image", "pull", "hello-world"));
        assertEquals(List.of("image pull"), s.calls.stream().map(DockerCall::command).toList());
    }

    /** pull.go imagePullPrivileged: with --quiet the progress goes to io.Discard; the reference is still printed. */
    @Test
    void quietPrintsOnlyTheReference() {
        DockerSession s = new DockerSession(false);
        assertEquals(new DockerSession.Result("docker.io/library/hello-world:latest\n", "", 0),
                s.docker("pull", "-q", "hello-world"));
        assertEquals(1, s.engine.images().size());
    }

    @Test
    void unknownRepository() {
        DockerSession s = new DockerSession(false);
        assertEquals(new DockerSession.Result("Using default tag: latest\n", DENIED, 1), s.docker("pull", "nosuchimage"));
        assertEquals(List.of(), s.engine.images());
    }

    @Test
    void unknownTagOfAKnownRepository() {
        // moby: the registry answers "manifest unknown" for a missing tag of an existing repository
        DockerSession s = new DockerSession(false);
        assertEquals(new DockerSession.Result("",
                        "Error response from daemon: manifest for hello-world:nosuchtag not found: manifest unknown:"
                                + " manifest unknown\n", 1),
                s.docker("pull", "hello-world:nosuchtag"));
    }
}
