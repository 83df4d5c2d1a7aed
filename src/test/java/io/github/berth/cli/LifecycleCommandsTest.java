package io.github.berth.cli;

import static io.github.berth.cli.RunHelloWorldTest.GREETING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.cli.DockerSession.Result;
import io.github.berth.engine.Container;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docker start, stop, rm and logs after {@code docker run hello-world}. Sources: docker/cli
 * v28.2.2 cli/command/container/{start,stop,rm,logs}.go (what each prints, errors.Join of the
 * errors, "Error: failed to start containers: …"), cmd/docker/docker.go (error text on stderr,
 * status 1 unless a StatusError), moby v28.2.2 daemon/container.go GetContainer and
 * container/view.go GetByPrefix (lookup order, "No such container", "multiple IDs found with
 * provided prefix"), daemon/delete.go (the running-container conflict). Client-side errors were
 * captured from the real docker 28.2.2 client.
 */
class LifecycleCommandsTest {
    private static DockerSession withHello(String name) {
        DockerSession s = new DockerSession(false);
        s.docker("run", "--name", name, "hello-world");
        return s;
    }

    @Test
    void logsReplaysWhatTheProcessWroteOnStdout() {
        assertEquals(new Result(GREETING, "", 0), withHello("web").docker("logs", "web"));
    }

    @Test
    void logsOfADetachedRun() {
        DockerSession s = new DockerSession(false);
        String id = s.docker("run", "-d", "hello-world").out().trim();
        assertEquals(new Result(GREETING, "", 0), s.docker("container", "logs", id.substring(0, 4)));
    }

    @Test
    void logsTailKeepsTheLastLines() {
        assertEquals(new Result(" https://docs.docker.com/get-started/\n\n", "", 0),
                withHello("web").docker("logs", "-n", "2", "web"));
        assertEquals(new Result("", "", 0), withHello("web").docker("logs", "--tail", "0", "web"));
        // moby daemon/logs.go: a tail that is not a number means all
        assertEquals(new Result(GREETING, "", 0), withHello("web").docker("logs", "--tail", "x", "web"));
    }

    @Test
    void logsTimestampsInRfc3339NanoFixed() {
        Result r = withHello("web").docker("logs", "-t", "-n", "1", "web");
        assertEquals(new Result("2026-01-05T09:00:00.000000000Z \n", "", 0), r);
    }

    @Test
    void logsOfAMissingContainer() {
        assertEquals(new Result("", "Error response from daemon: No such container: nope\n", 1),
                new DockerSession(false).docker("logs", "nope"));
    }

    @Test
    void logsNeedsExactlyOneArgument() {
        assertEquals(new Result("", "docker: 'docker logs' requires 1 argument\n\n"
                + "Usage:  docker logs [OPTIONS] CONTAINER\n\n"
                + "Run 'docker logs --help' for more information\n", 1), new DockerSession(false).docker("logs"));
    }

    @Test
    void rmPrintsTheNameAsGivenAndRemoves() {
        DockerSession s = withHello("web");
        assertEquals(new Result("web\n", "", 0), s.docker("rm", "web"));
        assertEquals(List.of(), s.engine.containers());
    }

    @Test
    void rmByIdPrefixAndWithSlashes() {
        DockerSession s = withHello("web");
        String prefix = s.engine.containers().get(0).id().substring(0, 5);
        assertEquals(new Result("/" + prefix + "\n", "", 0), s.docker("container", "remove", "/" + prefix));
        assertEquals(List.of(), s.engine.containers());
    }

    @Test
    void rmOfAMissingContainer() {
        assertEquals(new Result("", "Error response from daemon: No such container: nope\n", 1),
                new DockerSession(false).docker("rm", "nope"));
    }

    @Test
    void rmJoinsTheErrorsAfterRemovingWhatItCould() {
        DockerSession s = withHello("web");
        assertEquals(new Result("web\n", "Error response from daemon: No such container: a\n"
                + "Error response from daemon: No such container: b\n", 1), s.docker("rm", "a", "web", "b"));
    }

    @Test
    void rmForceReportsAMissingContainerButSucceeds() {
        assertEquals(new Result("", "Error response from daemon: No such container: nope\n", 0),
                new DockerSession(false).docker("rm", "-f", "nope"));
    }

    @Test
    void rmOfAnEmptyName() {
        // real client: "docker rm /" → container name cannot be empty, exit 1
        assertEquals(new Result("", "container name cannot be empty\n", 1), new DockerSession(false).docker("rm", "/"));
    }

    @Test
    void rmWithoutArguments() {
        assertEquals(new Result("", "docker: 'docker rm' requires at least 1 argument\n\n"
                + "Usage:  docker rm [OPTIONS] CONTAINER [CONTAINER...]\n\n"
                + "See 'docker rm --help' for more information\n", 1), new DockerSession(false).docker("rm"));
    }

    @Test
    void anAmbiguousPrefixIsRefused() {
        DockerSession s = new DockerSession(false);
        String shared = null;
        for (int i = 0; i < 20 && shared == null; i++) {
            s.docker("run", "hello-world");
            List<Container> all = s.engine.containers();
            for (Container other : all.subList(1, all.size())) {
                if (other.id().charAt(0) == all.get(0).id().charAt(0)) {
                    shared = all.get(0).id().substring(0, 1);
                }
            }
        }
        assertEquals(new Result("", "Error response from daemon: multiple IDs found with provided prefix: " + shared
                + "\n", 1), s.docker("logs", shared));
    }

    @Test
    void anExactNameWinsOverAnIdPrefix() {
        DockerSession s = new DockerSession(false);
        s.docker("run", "hello-world");
        String first = s.engine.containers().get(0).id().substring(0, 3);
        s.docker("run", "--name", first, "hello-world");
        assertEquals(new Result(first + "\n", "", 0), s.docker("rm", first));
        assertEquals(1, s.engine.containers().size());
        assertEquals(first, s.engine.containers().get(0).id().substring(0, 3));
    }

    @Test
    void startRunsTheProcessAgainAndPrintsTheName() {
        DockerSession s = withHello("web");
        s.advance(60);
        assertEquals(new Result("web\n", "", 0), s.docker("start", "web"));
        assertEquals(new Result(GREETING + GREETING, "", 0), s.docker("logs", "web"));
        assertEquals("Exited (0) Less than a second ago", PsCommand.status(s.engine.containers().get(0),
                s.clock.instant()));
    }

    @Test
    void startAttachedShowsTheOutput() {
        assertEquals(new Result(GREETING, "", 0), withHello("web").docker("container", "start", "-a", "web"));
    }

    @Test
    void startOfMissingContainersReportsEachThenFails() {
        DockerSession s = withHello("web");
        assertEquals(new Result("web\n", "Error response from daemon: No such container: a\n"
                + "Error response from daemon: No such container: b\n"
                + "Error: failed to start containers: a, b\n", 1), s.docker("start", "a", "web", "b"));
    }

    @Test
    void startAttachedOfAMissingContainer() {
        assertEquals(new Result("", "Error response from daemon: No such container: a\n", 1),
                new DockerSession(false).docker("start", "-a", "a"));
    }

    @Test
    void startCannotAttachSeveral() {
        // real client, before any request: "you cannot start and attach multiple containers at once", exit 1
        assertEquals(new Result("", "you cannot start and attach multiple containers at once\n", 1),
                new DockerSession(false).docker("start", "-a", "a", "b"));
    }

    @Test
    void startOfAContainerWhoseCommandIsMissing() {
        DockerSession s = new DockerSession(false);
        s.docker("run", "--name", "bad", "hello-world", "nosuch");
        String error = "Error response from daemon: failed to create task for container: failed to create shim"
                + " task: OCI runtime create failed: runc create failed: unable to start container process: error"
                + " during container init: exec: \"nosuch\": executable file not found in $PATH: unknown\n";
        assertEquals(new Result("", error + "Error: failed to start containers: bad\n", 1), s.docker("start", "bad"));
        assertEquals(new Result("", error, 1), s.docker("start", "-a", "bad"));
    }

    @Test
    void stopPrintsTheNameOfAContainerThatHasEnded() {
        assertEquals(new Result("web\n", "", 0), withHello("web").docker("stop", "web"));
    }

    @Test
    void stopOfAMissingContainer() {
        assertEquals(new Result("", "Error response from daemon: No such container: x\n", 1),
                new DockerSession(false).docker("container", "stop", "-t", "1", "x"));
    }

    @Test
    void stopTimeoutMustBeAnInteger() {
        // real client: docker stop -t x a
        assertEquals(new Result("", "invalid argument \"x\" for \"-t, --timeout\" flag: strconv.ParseInt: parsing"
                + " \"x\": invalid syntax\n\nUsage:  docker stop [OPTIONS] CONTAINER [CONTAINER...]\n\n"
                + "Run 'docker stop --help' for more information\n", 125),
                new DockerSession(false).docker("stop", "-t", "x", "a"));
    }

    @Test
    void runRmRemovesTheContainerAndItsLogs() {
        DockerSession s = new DockerSession(false);
        s.docker("run", "--rm", "--name", "gone", "hello-world");
        assertEquals(new Result("", "Error response from daemon: No such container: gone\n", 1),
                s.docker("logs", "gone"));
    }
}
