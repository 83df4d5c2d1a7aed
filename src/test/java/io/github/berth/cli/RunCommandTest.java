package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.engine.Container;
import io.github.berth.engine.ContainerState;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code docker run} beyond hello-world's first run: docker/cli v28.2.2
 * cli/command/container/run.go (withHelp: "docker: ERR\n\nRun 'docker run --help' for more
 * information"; toStatusError: 125 daemon errors, 127 "executable file not found"/"no such file
 * or directory", 126 permission denied), create.go (no "Unable to find image" with --quiet),
 * moby v28.2.2 daemon/errors.go (name conflict text) and daemon/start.go (AutoRemove on a failed start).
 */
class RunCommandTest {
    static final String HELP_HINT = "\n\nRun 'docker run --help' for more information\n";
    static final String GREETING = RunHelloWorldTest.GREETING;

    private DockerSession s;

    @BeforeEach
    void fresh() {
        s = new DockerSession(false);
    }

    @Test
    void unknownImage_exit125WithTheDaemonsErrorAndTheHelpHint() {
        DockerSession.Result r = s.docker("run", "nosuchimage");
        assertEquals(new DockerSession.Result("",
                "Unable to find image 'nosuchimage:latest' locally\n"
                        + "docker: Error response from daemon: pull access denied for nosuchimage, repository does not"
                        + " exist or may require 'docker login': denied: requested access to the resource is denied"
                        + HELP_HINT, 125), r);
        assertEquals(List.of(), s.engine.containers());
    }

    @Test
    void unknownImage_terminalIsTheSame() {
        DockerSession t = new DockerSession(true);
        DockerSession.Result r = t.docker("run", "nosuchimage");
        assertEquals(125, r.exit());
        assertEquals("Unable to find image 'nosuchimage:latest' locally\n"
                + "docker: Error response from daemon: pull access denied for nosuchimage, repository does not"
                + " exist or may require 'docker login': denied: requested access to the resource is denied"
                + HELP_HINT, r.err());
    }

    @Test
    void nameIsUsed() {
        s.docker("run", "--name", "greeter", "hello-world");
        Container c = s.engine.containers().get(0);
        assertEquals("greeter", c.name());
        s.docker("run", "--name=other", "hello-world");
        assertEquals("other", s.engine.containers().get(0).name());
    }

    @Test
    void nameConflict_exit125AndNoNewContainer() {
        s.docker("run", "--name", "greeter", "hello-world");
        Container first = s.engine.containers().get(0);
        DockerSession.Result r = s.docker("run", "--name", "greeter", "hello-world");
        assertEquals(new DockerSession.Result("", "docker: Error response from daemon: Conflict. The container name"
                + " \"/greeter\" is already in use by container \"" + first.id() + "\". You have to remove (or rename)"
                + " that container to be able to reuse that name." + HELP_HINT, 125), r);
        assertEquals(List.of(first), s.engine.containers());
    }

    @Test
    void rmRemovesTheContainerAfterItExits() {
        DockerSession.Result r = s.docker("run", "--rm", "hello-world");
        assertEquals(0, r.exit());
        assertEquals(GREETING, r.out());
        assertEquals(List.of(), s.engine.containers());
        assertEquals(1, s.engine.images().size());
        assertEquals(PsCommandTest.EMPTY_HEADER, s.docker("ps", "-a").out());
    }

    @Test
    void rmLeavesOtherContainers() {
        s.docker("run", "hello-world");
        Container kept = s.engine.containers().get(0);
        s.docker("run", "--rm", "hello-world");
        assertEquals(List.of(kept), s.engine.containers());
    }

    @Test
    void detachPrintsTheFull64HexIdOnStdout() {
        DockerSession.Result r = s.docker("run", "-d", "hello-world");
        Container c = s.engine.containers().get(0);
        assertTrue(c.id().matches("[0-9a-f]{64}"), c.id());
        assertEquals(c.id() + "\n", r.out());
        assertEquals("Unable to find image 'hello-world:latest' locally\n" + RunHelloWorldTest.PULL_NOT_TERMINAL,
                r.err());
        assertEquals(0, r.exit());
        assertEquals(ContainerState.Status.EXITED, c.state().status());
    }

    @Test
    void detachWithImagePresent_onlyTheId() {
        s.docker("pull", "hello-world");
        DockerSession.Result r = s.docker("run", "--detach", "hello-world");
        assertEquals(new DockerSession.Result(s.engine.containers().get(0).id() + "\n", "", 0), r);
    }

    @Test
    void quietDropsThePullOutput() {
        DockerSession.Result r = s.docker("run", "-q", "hello-world");
        assertEquals(GREETING, r.out());
        assertEquals(0, r.exit());
        assertEquals("", r.err());
    }

    @Test
    void commandNotInPath_exit127AndTheContainerStaysCreated() {
        s.docker("pull", "hello-world");
        DockerSession.Result r = s.docker("run", "hello-world", "ls");
        assertEquals(new DockerSession.Result("", "docker: Error response from daemon: failed to create task for"
                + " container: failed to create shim task: OCI runtime create failed: runc create failed: unable to"
                + " start container process: error during container init: exec: \"ls\": executable file not found"
                + " in $PATH: unknown" + HELP_HINT, 127), r);
        Container c = s.engine.containers().get(0);
        assertEquals(ContainerState.Status.CREATED, c.state().status());
        assertEquals("ls", c.path());
    }

    @Test
    void absolutePathThatDoesNotExist_exit127() {
        s.docker("pull", "hello-world");
        DockerSession.Result r = s.docker("run", "hello-world", "/bin/sh");
        assertEquals(127, r.exit());
        assertEquals("docker: Error response from daemon: failed to create task for container: failed to create shim"
                + " task: OCI runtime create failed: runc create failed: unable to start container process: error"
                + " during container init: exec: \"/bin/sh\": stat /bin/sh: no such file or directory: unknown"
                + HELP_HINT, r.err());
    }

    @Test
    void flagsAfterTheImageBelongToTheContainer() {
        // run.go: flags.SetInterspersed(false)
        DockerSession.Result r = s.docker("run", "hello-world", "--rm");
        assertEquals(127, r.exit());
        assertEquals("--rm", s.engine.containers().get(0).path());
    }

    @Test
    void doubleDashEndsRunsFlags() {
        DockerSession.Result r = s.docker("run", "--", "hello-world");
        assertEquals(0, r.exit());
        assertEquals(GREETING, r.out());
    }

    @Test
    void containerRunIsTheSameCommand() {
        DockerSession.Result r = s.docker("container", "run", "hello-world");
        assertEquals(0, r.exit());
        assertEquals(GREETING, r.out());
        assertEquals(List.of("container run"), s.calls.stream().map(DockerCall::command).toList());
    }

    /**
     * moby v28.2.2 daemon/names.go reserveName: names must match ^[a-zA-Z0-9][a-zA-Z0-9_.-]+$
     * (so at least two characters); the error is an InvalidParameter, exit 125.
     */
    @Test
    void invalidNames() {
        s.docker("pull", "hello-world");
        assertEquals(new DockerSession.Result("", "docker: Error response from daemon: Invalid container name (x),"
                + " only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed" + HELP_HINT, 125), s.docker("run", "--name", "x",
                "hello-world"));
        assertEquals(new DockerSession.Result("", "docker: Error response from daemon: Invalid container name (my app),"
                + " only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed" + HELP_HINT, 125), s.docker("run", "--name", "my app",
                "hello-world"));
        assertEquals(List.of(), s.engine.containers());
    }

    /** moby daemon/start.go: a start that fails removes an AutoRemove container. */
    @Test
    void rmRemovesAContainerWhoseStartFailed() {
        DockerSession.Result r = s.docker("run", "--rm", "hello-world", "ls");
        assertEquals(127, r.exit());
        assertEquals(List.of(), s.engine.containers());
    }

    /** Real client: docker run - -> "docker: invalid reference format" (exit 125), before any pull. */
    /** docker 28.2.2 client on this machine: the reference is checked before the daemon is asked. */
    @Test
    void invalidReference() {
        assertEquals(new DockerSession.Result("", "docker: invalid reference format" + HELP_HINT, 125),
                s.docker("run", "-"));
        assertEquals(new DockerSession.Result("", "docker: invalid reference format: repository name (library/Alpine) "
                + "must be lowercase" + HELP_HINT, 125), s.docker("run", "Alpine"));
        assertEquals(new DockerSession.Result("", "invalid reference format\n", 1), s.docker("create", "a:b:c"));
        assertEquals(new DockerSession.Result("", "invalid reference format: repository name (UP) must be lowercase\n", 1),
                s.docker("pull", "localhost:5000/UP"));
        assertEquals(new DockerSession.Result("", "invalid reference format\n", 1), s.docker("pull", "alpine:"));
        assertTrue(s.engine.containers().isEmpty() && s.calls.stream().allMatch(c -> c.exit() != 0), "nothing made");
    }

    /** moby daemon/create.go: the image is pulled before the name is reserved, so a taken name fails after the pull. */
    @Test
    void nameConflictIsFoundAfterPullingAMissingImage() {
        s.docker("run", "--name", "web", "hello-world");
        String id = s.engine.containers().get(0).id();
        DockerSession.Result r = s.docker("run", "--name", "web", "alpine");
        assertEquals(125, r.exit());
        assertEquals("Unable to find image 'alpine:latest' locally\n", r.err().lines().findFirst().orElseThrow() + "\n");
        assertTrue(r.err().endsWith("Status: Downloaded newer image for alpine:latest\n"
                + "docker: Error response from daemon: Conflict. The container name \"/web\" is already in use by"
                + " container \"" + id + "\". You have to remove (or rename) that container to be able to reuse that"
                + " name." + HELP_HINT), r.err());
        assertEquals(1, s.engine.containers().size());
    }

    /** moby daemon/names.go: a leading "/" is allowed and not part of the name. */
    @Test
    void aLeadingSlashInTheName() {
        s.docker("run", "--name", "/web", "hello-world");
        assertEquals("web", s.engine.containers().get(0).name());
    }
}
