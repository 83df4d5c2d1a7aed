package io.github.berth.cli;

import io.github.berth.shell.CapturedOutput;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.engine.Container;
import io.github.berth.engine.ContainerState;
import io.github.berth.sandbox.Sandbox;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code docker run hello-world} through the whole sandbox (shell, docker program, engine).
 * Sources: docker/cli v28.2.2 cli/command/container/create.go (the "Unable to find image" line
 * and the pull progress go to stderr), pkg/jsonmessage (non-terminal form drops progress-bar
 * messages; terminal form leaves "ID: Status " with a trailing space), moby v28.2.2
 * distribution/pull_v2.go (message order), docker-library/hello-world hello.c (the greeting).
 */
class RunHelloWorldTest {
    /** docker-library/hello-world hello.c, amd64: starts with an empty line, ends with "\n\n". */
    static final String GREETING = "\n"
            + "Hello from Docker!\n"
            + "This message shows that your installation appears to be working correctly.\n"
            + "\n"
            + "To generate this message, Docker took the following steps:\n"
            + " 1. The Docker client contacted the Docker daemon.\n"
            + " 2. The Docker daemon pulled the \"hello-world\" image from the Docker Hub.\n"
            + "    (amd64)\n"
            + " 3. The Docker daemon created a new container from that image which runs the\n"
            + "    executable that produces the output you are currently reading.\n"
            + " 4. The Docker daemon streamed that output to the Docker client, which sent it\n"
            + "    to your terminal.\n"
            + "\n"
            + "To try something more ambitious, you can run an Ubuntu container with:\n"
            + " $ docker run -it ubuntu bash\n"
            + "\n"
            + "Share images, automate workflows, and more with a free Docker ID:\n"
            + " https://hub.docker.com/\n"
            + "\n"
            + "For more examples and ideas, visit:\n"
            + " https://docs.docker.com/get-started/\n"
            + "\n";

    static final String DIGEST = "sha256:ec153840d1e635ac434fab5e377081f17e0e15afab27beb3f726c3265039cfff";

    /** Non-terminal stderr: one line per status, "Downloading"/"Extracting" (with counts) dropped. */
    static final String PULL_NOT_TERMINAL = "latest: Pulling from library/hello-world\n"
            + "e6590344b1a5: Pulling fs layer\n"
            + "e6590344b1a5: Verifying Checksum\n"
            + "e6590344b1a5: Download complete\n"
            + "e6590344b1a5: Pull complete\n"
            + "Digest: " + DIGEST + "\n"
            + "Status: Downloaded newer image for hello-world:latest\n";

    /** Terminal stderr, final screen: the layer line keeps jsonmessage's "Status" + " " + empty bar. */
    static final String PULL_TERMINAL = "latest: Pulling from library/hello-world\n"
            + "e6590344b1a5: Pull complete \n"
            + "Digest: " + DIGEST + "\n"
            + "Status: Downloaded newer image for hello-world:latest\n";

    private static Sandbox.Result run(Sandbox sandbox, String line, CapturedOutput out) {
        return sandbox.run(line, out);
    }

    @Test
    void firstRunPullsToStderrAndPrintsTheGreetingOnStdout_notTerminal() {
        Sandbox sandbox = new Sandbox(1L, Map.of(), false);
        CapturedOutput out = new CapturedOutput();
        Sandbox.Result result = run(sandbox, "docker run hello-world", out);
        assertEquals(0, result.record().exit());
        assertEquals("Unable to find image 'hello-world:latest' locally\n" + PULL_NOT_TERMINAL, out.err());
        assertEquals(GREETING, out.out());
    }

    @Test
    void firstRunPullsToStderrAndPrintsTheGreetingOnStdout_terminal() {
        Sandbox sandbox = new Sandbox(1L, Map.of(), true);
        CapturedOutput out = new CapturedOutput();
        Sandbox.Result result = run(sandbox, "docker run hello-world", out);
        assertEquals(0, result.record().exit());
        assertEquals("Unable to find image 'hello-world:latest' locally\n" + PULL_TERMINAL, out.err());
        assertEquals(GREETING, out.out());
    }

    @Test
    void sandboxRecordsTheSameStreamsItPrints() {
        Sandbox sandbox = new Sandbox(1L, Map.of(), false);
        CapturedOutput out = new CapturedOutput();
        Sandbox.Result result = run(sandbox, "docker run hello-world", out);
        assertEquals(out.out(), result.record().stdout());
        assertEquals(out.err(), result.record().stderr());
        assertEquals("docker run hello-world", result.record().line());
    }

    @Test
    void secondRunFindsTheImageLocallyAndDoesNotPull() {
        Sandbox sandbox = new Sandbox(1L, Map.of(), false);
        run(sandbox, "docker run hello-world", new CapturedOutput());
        CapturedOutput out = new CapturedOutput();
        Sandbox.Result second = run(sandbox, "docker run hello-world", out);
        assertEquals(0, second.record().exit());
        assertEquals("", out.err());
        assertEquals(GREETING, out.out());
        assertEquals(1, sandbox.engine().images().size());
        assertEquals(2, sandbox.engine().containers().size());
    }

    @Test
    void theContainerExitedWithZeroAndKeepsTheImageAsTyped() {
        Sandbox sandbox = new Sandbox(1L, Map.of(), false);
        run(sandbox, "docker run hello-world", new CapturedOutput());
        List<Container> containers = sandbox.engine().containers();
        assertEquals(1, containers.size());
        Container c = containers.get(0);
        assertEquals(ContainerState.Status.EXITED, c.state().status());
        assertEquals(0, c.state().exitCode());
        assertEquals("hello-world", c.image());
        assertEquals("sha256:74cc54e27dc41bb10dc4b2226072d469509f2f22f1a3ce74f4a59661a1d44602", c.imageId());
        assertEquals("/hello", c.path());
        assertEquals(List.of(), c.args());
        assertEquals(true, c.id().matches("[0-9a-f]{64}"), c.id());
        assertEquals(true, c.name().matches("[a-z]+_[a-z]+"), c.name());
    }

    @Test
    void theDockerCallIsRecordedUnderItsManagementName() {
        Sandbox sandbox = new Sandbox(1L, Map.of(), false);
        run(sandbox, "docker run hello-world", new CapturedOutput());
        run(sandbox, "docker ps -a", new CapturedOutput());
        List<DockerCall> calls = sandbox.dockerCalls();
        assertEquals(2, calls.size());
        assertEquals("container run", calls.get(0).command());
        assertEquals(List.of("hello-world"), calls.get(0).args().positionals());
        assertEquals(0, calls.get(0).exit());
        assertEquals("container ls", calls.get(1).command());
        assertEquals(true, calls.get(1).args().bool("all"));
    }

    @Test
    void psAfterRunShowsTheExitedContainer_throughTheShell() {
        Sandbox sandbox = new Sandbox(1L, Map.of(), false);
        run(sandbox, "docker run hello-world", new CapturedOutput());
        CapturedOutput out = new CapturedOutput();
        Sandbox.Result ps = run(sandbox, "docker ps -a", out);
        Container c = sandbox.engine().containers().get(0);
        // the seeded clock moves one second per line
        assertEquals("CONTAINER ID   IMAGE         COMMAND    CREATED        STATUS                    PORTS     NAMES\n"
                + c.shortId() + "   hello-world   \"/hello\"   1 second ago   Exited (0) 1 second ago             "
                + c.name() + "\n", out.out());
        assertEquals("", out.err());
        assertEquals(0, ps.record().exit());
    }

    @Test
    void sameSeedSameIdsAndNames() {
        Sandbox a = new Sandbox(7L, Map.of(), false);
        Sandbox b = new Sandbox(7L, Map.of(), false);
        run(a, "docker run hello-world", new CapturedOutput());
        run(b, "docker run hello-world", new CapturedOutput());
        assertEquals(a.engine().containers().get(0).id(), b.engine().containers().get(0).id());
        assertEquals(a.engine().containers().get(0).name(), b.engine().containers().get(0).name());
    }
}
