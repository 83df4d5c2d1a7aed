package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.cli.DockerSession.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * docker rename. Sources: docker/cli v28.2.2 cli/command/container/rename.go (trimmed names, the
 * daemon's error then "Error: failed to rename container named OLD", status 1), moby v28.2.2
 * daemon/rename.go (same-name error, "Error when allocating new name: " around reserveName's
 * errors, which see the new name with its "/"), daemon/names.go. The empty-name error and the
 * help were captured from the real docker 28.2.2 client.
 */
class RenameCommandTest {
    private DockerSession s;

    @BeforeEach
    void fresh() {
        s = new DockerSession(false);
        s.docker("run", "--name", "web", "hello-world");
    }

    @Test
    void renamePrintsNothing() {
        assertEquals(new Result("", "", 0), s.docker("rename", "web", "site"));
        assertEquals("site", s.engine.containers().get(0).name());
        assertEquals(new Result("site\n", "", 0), s.docker("rm", "site"));
    }

    @Test
    void emptyNamesAreRefusedByTheClient() {
        assertEquals(new Result("", "Error: Neither old nor new names may be empty\n", 1),
                s.docker("rename", " ", "b"));
    }

    @Test
    void daemonErrorsThenTheClientsLine() {
        s.docker("run", "--name", "db", "hello-world");
        String dbId = s.engine.containers().get(0).id();
        String failed = "Error: failed to rename container named web\n";
        assertEquals(new Result("", "Error response from daemon: Renaming a container with the same name as its"
                + " current name\n" + failed, 1), s.docker("rename", "web", "/web"));
        assertEquals(new Result("", "Error response from daemon: Error when allocating new name: Invalid container"
                + " name (/x), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed\n" + failed, 1), s.docker("rename", "web", "x"));
        assertEquals(new Result("", "Error response from daemon: Error when allocating new name: Conflict. The"
                + " container name \"/db\" is already in use by container \"" + dbId + "\". You have to remove (or"
                + " rename) that container to be able to reuse that name.\n" + failed, 1),
                s.docker("container", "rename", "web", "db"));
        assertEquals(new Result("", "Error response from daemon: No such container: nope\n"
                + "Error: failed to rename container named nope\n", 1), s.docker("rename", "nope", "other"));
    }

    @Test
    void renameHelp() {
        assertEquals(new Result("Usage:  docker rename CONTAINER NEW_NAME\n"
            + "\n"
            + "Rename a container\n"
            + "\n"
            + "Aliases:\n"
            + "  docker container rename, docker rename\n", "", 0), s.docker("rename", "--help"));
    }
}
