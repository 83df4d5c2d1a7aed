package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.cli.DockerSession.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * system df/prune, version, login/logout/push. Sources: docker/cli v28.2.2
 * cli/command/system/{df,prune,version}.go, formatter/disk_usage.go, cli/command/registry/login.go
 * and logout.go, cli/config/credentials/file_store.go, cli/command/image/push.go; the client part
 * of version as the real 28.2.2 client prints it on this machine.
 */
class SystemRegistryTest {
    private final DockerSession s = new DockerSession(false);

    private static final String UNENCRYPTED = "\nWARNING! Your credentials are stored unencrypted in"
            + " '/home/learner/.docker/config.json'.\nConfigure a credential helper to remove this warning. See\n"
            + "https://docs.docker.com/go/credential-store/\n\n";

    @Test
    void systemDf() {
        s.docker("run", "--name", "hw", "hello-world");
        assertEquals(new Result("TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE\n"
                + "Images          1         1         10.07kB   0B (0%)\n"
                + "Containers      1         0         0B        0B\n"
                + "Local Volumes   0         0         0B        0B\n"
                + "Build Cache     0         0         0B        0B\n", "", 0), s.docker("system", "df"));
    }

    @Test
    void systemPruneAsksThenRemovesStoppedContainersAndDanglingImages() {
        s.docker("run", "--name", "hw", "hello-world");
        String id = s.engine.containers().get(0).id();
        Result asked = s.docker("system", "prune");
        assertEquals(new Result("WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by"
                + " at least one container\n  - all dangling images\n  - unused build cache\n\nAre you sure you want"
                + " to continue? [y/N] ", "", 0), asked);
        assertEquals(new Result("Deleted Containers:\n" + id + "\n\nTotal reclaimed space: 0B\n", "", 0),
                s.docker("system", "prune", "-f"));
        assertEquals(new Result("Deleted Images:\nuntagged: hello-world:latest\nuntagged: "
                + s.engine.images().get(0).repoDigests().get(0) + "\ndeleted: "
                + s.engine.images().get(0).id() + "\n\nTotal reclaimed space: 10.07kB\n", "", 0),
                s.docker("system", "prune", "-a", "-f"));
    }

    @Test
    void versionClientPartIsThe28Client() {
        Result r = s.docker("version");
        assertTrue(r.out().startsWith("Client:\n Version:           28.2.2\n API version:       1.50\n"
                + " Go version:        go1.24.3\n Git commit:        e6534b4\n Built:             Fri May 30 12:07:14"
                + " 2025\n OS/Arch:           linux/amd64\n Context:           default\n\nServer: berth sandbox engine"),
                r.out());
        assertTrue(r.out().contains("  API version:      1.50 (minimum version 1.24)\n"));
    }

    @Test
    void loginWithPasswordWarnsAndSucceeds() {
        assertEquals(new Result("Login Succeeded\n", "WARNING! Using --password via the CLI is insecure. Use"
                + " --password-stdin.\n" + UNENCRYPTED, 0), s.docker("login", "-u", "learner", "-p", "secret"));
        assertEquals(new Result("Removing login credentials for https://index.docker.io/v1/\n", "", 0),
                s.docker("logout"));
    }

    @Test
    void loginOptionErrors() {
        assertEquals(new Result("", "conflicting options: cannot specify both --password and --password-stdin\n", 1),
                s.docker("login", "-u", "a", "-p", "b", "--password-stdin"));
        assertEquals(new Result("", "the --password-stdin option requires --username to be set\n", 1),
                s.docker("login", "--password-stdin"));
        assertEquals(new Result("", "Error: Cannot perform an interactive login from a non TTY device\n", 1),
                s.docker("login"));
        assertEquals(new Result("", "WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n"
                + "Error response from daemon: Get \"https://registry.example.com/v2/\": dial tcp: lookup"
                + " registry.example.com: no such host\n", 1),
                s.docker("login", "-u", "a", "-p", "b", "registry.example.com"));
    }

    @Test
    void passwordFromStdin() {
        Result r = new Result(null, null, 0);
        var out = new io.github.berth.shell.CapturedOutput();
        int exit = s.docker.run(List.of("docker", "login", "-u", "learner", "--password-stdin"), "secret\n", out,
                new io.github.berth.shell.ShellState(new io.github.berth.fs.MemoryFs(), "/", java.util.Map.of()));
        assertEquals(new Result("Login Succeeded\n", UNENCRYPTED, 0), new Result(out.out(), out.err(), exit));
    }

    @Test
    void hubPushNeedsLoginAndTheUsersNamespace() {
        s.docker("pull", "hello-world");
        s.docker("tag", "hello-world", "learner/hello");
        Result denied = s.docker("push", "learner/hello");
        assertEquals(1, denied.exit());
        assertEquals("denied: requested access to the resource is denied\n", denied.err());
        assertTrue(denied.out().startsWith("Using default tag: latest\nThe push refers to repository"
                + " [docker.io/learner/hello]\n"), denied.out());
        s.docker("login", "-u", "learner", "-p", "pw");
        Result pushed = s.docker("push", "learner/hello");
        assertEquals(0, pushed.exit());
        assertTrue(pushed.out().matches("(?s)Using default tag: latest\nThe push refers to repository"
                + " \\[docker.io/learner/hello]\n[0-9a-f]{12}: Preparing\n[0-9a-f]{12}: Pushed\nlatest: digest:"
                + " sha256:[0-9a-f]{64} size: 528\n"), pushed.out());
        assertEquals("denied: requested access to the resource is denied\n", s.docker("push", "hello-world").err());
        assertEquals(new Result("Using default tag: latest\n", "Error response from daemon: An image does not exist"
                + " locally with the tag: learner/nope\n", 1), s.docker("push", "learner/nope"));
    }

    @Test
    void ecrPushWorksOnceLoggedIn() {
        String repo = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:v1";
        s.docker("pull", "hello-world");
        s.docker("tag", "hello-world", repo);
        assertEquals("no basic auth credentials\n", s.docker("push", repo).err());
        assertEquals(0, s.docker("login", "-u", "AWS", "-p", "token", "123456789012.dkr.ecr.eu-west-1.amazonaws.com")
                .exit());
        Result pushed = s.docker("push", repo);
        assertEquals(0, pushed.exit());
        assertTrue(pushed.out().startsWith("The push refers to repository"
                + " [123456789012.dkr.ecr.eu-west-1.amazonaws.com/app]\n"), pushed.out());
        assertTrue(pushed.out().contains("\nv1: digest: sha256:"), pushed.out());
    }
}
