package io.github.berth.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.sandbox.Lines.Result;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bind mounts show the workspace's own files, live both ways. Sources: docker/cli v28.2.2
 * cli/command/container/opts.go and opts/mount.go (a source starting with "." is made absolute),
 * moby v28.2.2 volume/mounts/validate.go (--mount's "bind source path does not exist") and
 * daemon/volumes_unix.go (-v makes a missing source directory, owned by root); EROFS's
 * strerror "Read-only file system" for :ro.
 */
class BindMountTest {
    private final Lines s = new Lines(Map.of("site/index.html", "<h1>from the workspace</h1>\n".getBytes()));

    private void pull() {
        s.out("docker pull -q alpine");
    }

    @Test
    void nginxServesABoundDirectoryAndSeesItChange() {
        s.out("docker pull -q nginx");
        s.out("docker run -d --name web -p 8080:80 -v ./site:/usr/share/nginx/html nginx");
        assertEquals(new Result("<h1>from the workspace</h1>\n", "", 0), s.run("curl -s localhost:8080"));
        s.out("echo '<h1>edited</h1>' > site/index.html");
        assertEquals(new Result("<h1>edited</h1>\n", "", 0), s.run("curl -s localhost:8080"));
        assertEquals(new Result("bind /home/learner/app/site /usr/share/nginx/html true\n", "", 0), s.run(
                "docker inspect -f '{{range .Mounts}}{{.Type}} {{.Source}} {{.Destination}} {{.RW}}{{end}}' web"));
        // the bound files are not the container's changes (only the entrypoint's edit of default.conf is)
        assertEquals(new Result("C /etc\nC /etc/nginx\nC /etc/nginx/conf.d\nC /etc/nginx/conf.d/default.conf\n", "", 0),
                s.run("docker diff web"));
    }

    @Test
    void whatTheContainerWritesIsOnTheHostAndTheOtherWayRound() {
        pull();
        assertEquals(new Result("site\n", "", 0), s.run("docker run --rm -v \"$(pwd)\":/app alpine ls /app"));
        s.out("docker run --rm -v \"$(pwd)\":/app -w /app alpine sh -c 'echo made inside > inside.txt'");
        assertEquals(new Result("made inside\n", "", 0), s.run("cat inside.txt"));
        s.out("echo made outside > outside.txt");
        assertEquals(new Result("made outside\n", "", 0),
                s.run("docker run --rm --mount type=bind,src=.,dst=/work alpine cat /work/outside.txt"));
    }

    @Test
    void aMissingSourceIsMadeByDashVAndRefusedByMount() {
        pull();
        assertEquals(new Result("", "docker: Error response from daemon: invalid mount config for type \"bind\": bind"
                + " source path does not exist: /home/learner/app/nope\n\nRun 'docker run --help' for more information\n",
                125), s.run("docker run --rm --mount type=bind,source=\"$(pwd)\"/nope,target=/x alpine true"));
        assertEquals(new Result("", "ls: cannot access 'nope': No such file or directory\n", 2), s.run("ls -d nope"));
        assertEquals(new Result("", "", 0), s.run("docker run --rm -v \"$(pwd)\"/made:/x alpine true"));
        assertEquals(new Result("root root\n", "", 0), s.run("stat -c '%U %G' made"));
    }

    @Test
    void readOnlyBindsRefuseWrites() {
        pull();
        // (ash words it "sh: can't create /app/x: …"; berth's shell prints bash's form for every shell)
        Result redirect = s.run("docker run --rm -v \"$(pwd)\":/app:ro alpine sh -c 'echo x > /app/x'");
        assertEquals(1, redirect.exit());
        assertTrue(redirect.err().endsWith("/app/x: Read-only file system\n"), redirect.err());
        assertEquals(1, s.run("docker run --rm -v \"$(pwd)\":/app:ro alpine mkdir /app/d").exit());
        assertEquals(new Result("", "ls: cannot access 'x': No such file or directory\n", 2), s.run("ls x"));
        assertEquals(new Result("<h1>from the workspace</h1>\n", "", 0),
                s.run("docker run --rm --mount type=bind,src=./site,dst=/s,readonly alpine cat /s/index.html"));
    }
}
