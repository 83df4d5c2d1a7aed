package io.github.berth.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.sandbox.Lines.Result;
import org.junit.jupiter.api.Test;

/**
 * {@code docker run -u}: the process runs as that user. Sources: moby v28.2.2 daemon/oci_linux.go
 * getUser and vendor/github.com/moby/sys/user/user.go GetExecUser (a numeric user needs no passwd
 * entry and keeps group 0; "unable to find user x: no matching entries in passwd file"); docker/cli
 * v28.2.2 cli/command/container/run.go toStatusError (125 for it).
 */
class RunAsUserTest {
    private final Lines s = new Lines();

    @Test
    void idAndWhoamiShowTheUser() {
        s.out("docker pull -q alpine");
        assertEquals(new Result("uid=1000 gid=0(root) groups=0(root)\n", "", 0), s.run("docker run --rm -u 1000 alpine id"));
        assertEquals(new Result("uid=65534(nobody) gid=65534(nobody) groups=65534(nobody)\n", "", 0),
                s.run("docker run --rm -u nobody alpine id"));
        assertEquals(new Result("uid=1000 gid=1000 groups=1000\n", "", 0), s.run("docker run --rm -u 1000:1000 alpine id"));
        assertEquals(new Result("nobody\n", "", 0), s.run("docker run --rm -u nobody alpine whoami"));
        assertEquals(new Result("1000 /\n", "", 0), s.run("docker run --rm -u 1000 alpine sh -c 'echo $(id -u) $HOME'"));
        assertEquals(new Result("/\n", "", 0), s.run("docker run --rm -u nobody alpine sh -c 'echo $HOME'"));
        assertEquals(new Result("/root\n", "", 0), s.run("docker run --rm alpine sh -c 'echo $HOME'"));
        // root's supplementary groups come from the image's /etc/group
        assertEquals(new Result("uid=0(root) gid=0(root) groups=0(root),1(bin),2(daemon),3(sys),4(adm),6(disk),"
                + "10(wheel),11(floppy),20(dialout),26(tape),27(video)\n", "", 0), s.run("docker run --rm alpine id"));
    }

    @Test
    void unknownUsersAndGroupsFailTheStart() {
        s.out("docker pull -q alpine");
        assertEquals(new Result("", "docker: Error response from daemon: unable to find user x: no matching entries in"
                + " passwd file\n\nRun 'docker run --help' for more information\n", 125), s.run("docker run -u x alpine id"));
        // the container stays created, with the start's error status (moby daemon/start.go)
        assertEquals("created 128\n", s.out("docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' $(docker ps -lq)"));
        assertEquals(new Result("", "docker: Error response from daemon: unable to find group x: no matching entries in"
                + " group file\n\nRun 'docker run --help' for more information\n", 125),
                s.run("docker run --rm -u 0:x alpine id"));
    }

    @Test
    void filesBelongToTheUserAndItsPermissionsApply() {
        s.out("docker pull -q alpine");
        assertEquals(new Result("1000 0\n", "", 0),
                s.run("docker run --rm -u 1000 alpine sh -c 'touch /tmp/f && stat -c \"%u %g\" /tmp/f'"));
        assertEquals(new Result("", "touch: cannot touch '/f': Permission denied\n", 1),
                s.run("docker run --rm -u 1000 alpine touch /f"));
        s.out("docker run --rm -u 1000 -v \"$(pwd)\":/w alpine touch /w/made");
        assertEquals(new Result("1000 0\n", "", 0), s.run("stat -c '%u %g' made"));
        s.out("docker run -d --name sleeper -u nobody alpine sleep 1000");
        assertEquals(new Result("uid=65534(nobody) gid=65534(nobody) groups=65534(nobody)\n", "", 0),
                s.run("docker exec sleeper id"));
    }

    /**
     * {@code docker exec -u}: moby v28.2.2 daemon/exec_linux.go execSetPlatformOpt looks the user up as
     * run does; when that fails, daemon/exec.go leaves the exit code at 126 and
     * api/server/router/container/exec.go writes the error and "\r\n" to the attached stdout.
     */
    @Test
    void execRunsAsTheUserItIsGiven() {
        s.out("docker run -d --name box alpine sleep 1000");
        assertEquals(new Result("uid=65534(nobody) gid=65534(nobody) groups=65534(nobody)\n", "", 0),
                s.run("docker exec -u nobody box id"));
        assertEquals(new Result("uid=1000 gid=0(root) groups=0(root)\n", "", 0), s.run("docker exec --user 1000 box id"));
        assertEquals(new Result("root\n", "", 0), s.run("docker exec box whoami"), "without -u, the container's user");
        assertEquals(new Result("unable to find user ghost: no matching entries in passwd file\r\n", "", 126),
                s.run("docker exec -u ghost box id"));
    }
}
