package io.github.berth.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.sandbox.Lines.Result;
import org.junit.jupiter.api.Test;

/**
 * USER, {@code COPY --chown/--chmod} and WORKDIR in builds, as BuildKit v0.22.0 (Docker 28.2.2's)
 * does them: RUN runs as the stage's user (executor/runcexecutor/executor.go GetUser, the error
 * wrapped by solver/llbsolver/ops/exec.go "process %q did not complete successfully: %w");
 * --chown and WORKDIR owners come from the file op's chown option (client/llb/fileop.go WithUser,
 * solver/llbsolver/ops/user_linux.go readUser: a number is uid and gid, a name its passwd entry's
 * ids); directories made on the way take the owner and the --chmod mode (fsutil copy MkdirAll);
 * the context's files arrive owned by root. A container runs as the image's USER unless -u says
 * otherwise (moby daemon/oci_linux.go getUser on Config.User).
 */
class BuildUsersTest {
    private final Lines s = new Lines();

    private void dockerfile(String text) {
        s.out("printf '%s' '" + text + "' > Dockerfile");
    }

    @Test
    void runStepsRunAsTheUserAndWhatTheyMakeIsTheirs() {
        dockerfile("FROM alpine\nRUN id > /tmp/root-id\nUSER nobody\nRUN id > /tmp/id; echo $HOME > /tmp/home; touch /tmp/made\n");
        s.out("docker build -q -t u .");
        assertEquals("uid=0(root) gid=0(root) groups=0(root),1(bin),2(daemon),3(sys),4(adm),6(disk),10(wheel),"
                + "11(floppy),20(dialout),26(tape),27(video)\n", s.out("docker run --rm -u 0 u cat /tmp/root-id"));
        assertEquals("uid=65534(nobody) gid=65534(nobody) groups=65534(nobody)\n", s.out("docker run --rm u cat /tmp/id"));
        // runc sets HOME from the user's passwd entry (nobody's is /)
        assertEquals("/\n", s.out("docker run --rm u cat /tmp/home"));
        assertEquals("nobody nobody 644\n", s.out("docker run --rm u stat -c '%U %G %a' /tmp/made"));
    }

    @Test
    void theImageUserIsTheContainersDefault() {
        dockerfile("FROM alpine\nUSER nobody\n");
        s.out("docker build -q -t u .");
        assertEquals("nobody\n", s.out("docker inspect -f '{{.Config.User}}' u"));
        assertEquals(new Result("uid=65534(nobody) gid=65534(nobody) groups=65534(nobody)\n", "", 0),
                s.run("docker run --rm u id"));
        assertEquals(new Result("uid=1000 gid=0(root) groups=0(root)\n", "", 0), s.run("docker run --rm -u 1000 u id"));
        s.out("docker run --name cu u true");
        assertEquals("nobody\n", s.out("docker inspect -f '{{.Config.User}}' cu"));
        assertEquals(new Result("", "touch: cannot touch '/root/x': Permission denied\n", 1),
                s.run("docker run --rm u touch /root/x"));
    }

    @Test
    void permissionsApplyToRunSteps() {
        dockerfile("FROM alpine\nUSER nobody\nRUN touch /root/x\n");
        Result r = s.run("docker build -t v .");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("#5 [2/2] RUN touch /root/x\n#5 0.100 touch: cannot touch '/root/x': Permission"
                + " denied\n#5 ERROR: process \"/bin/sh -c touch /root/x\" did not complete successfully: exit code: 1\n"),
                r.err());
        assertTrue(r.err().endsWith("ERROR: failed to solve: process \"/bin/sh -c touch /root/x\" did not complete"
                + " successfully: exit code: 1\n"), r.err());
    }

    @Test
    void anUnknownUserFailsTheNextRun() {
        dockerfile("FROM alpine\nUSER ghost\nRUN true\n");
        Result r = s.run("docker build -t v .");
        assertEquals(1, r.exit());
        String error = "process \"/bin/sh -c true\" did not complete successfully: unable to find user ghost: no"
                + " matching entries in passwd file\n";
        assertTrue(r.err().contains("#5 [2/2] RUN true\n#5 ERROR: " + error), r.err());
        assertTrue(r.err().endsWith("ERROR: failed to solve: " + error), r.err());
        Result legacy = s.run("DOCKER_BUILDKIT=0 docker build -t v .");
        // the legacy builder's container fails to start with the daemon's error (status 1: no code)
        assertEquals(1, legacy.exit());
        assertTrue(legacy.err().endsWith("unable to find user ghost: no matching entries in passwd file\n"),
                legacy.err());
        // USER alone is metadata: nothing looks the name up until a process runs
        dockerfile("FROM alpine\nUSER ghost\n");
        s.out("docker build -q -t w .");
    }

    @Test
    void copyChownAndChmodSetOwnersAndModes() {
        s.out("printf 'hello\\n' > a.txt");
        s.out("mkdir -p d/sub && echo x > d/sub/f");
        dockerfile("FROM alpine\nCOPY a.txt /opt/plain/\nCOPY --chown=nobody:nogroup a.txt /opt/owned/\n"
                + "COPY --chown=1000:1000 --chmod=0755 a.txt /opt/num/run.sh\nCOPY --chown=1234 d /opt/dir\n"
                + "ADD --chown=nobody --chmod=600 a.txt /opt/added\n");
        s.out("docker build -q -t u .");
        assertEquals("""
                total 20
                -rw-------    1 nobody   nobody           6 Jan  5 09:00 added
                drwxr-xr-x    3 1234     1234          4096 Jan  1  1970 dir
                drwxr-xr-x    2 1000     1000          4096 Jan  1  1970 num
                drwxr-xr-x    2 nobody   nogroup       4096 Jan  1  1970 owned
                drwxr-xr-x    2 root     root          4096 Jan  1  1970 plain
                """, s.out("docker run --rm u ls -l /opt")); // alpine: busybox's columns
        assertEquals("root root 644\n", s.out("docker run --rm u stat -c '%U %G %a' /opt/plain/a.txt"));
        assertEquals("nobody nogroup 644\n", s.out("docker run --rm u stat -c '%U %G %a' /opt/owned/a.txt"));
        assertEquals("1000 1000 755\n", s.out("docker run --rm u stat -c '%u %g %a' /opt/num/run.sh"));
        assertEquals("1234 1234 755\n1234 1234 644\n",
                s.out("docker run --rm u stat -c '%u %g %a' /opt/dir/sub /opt/dir/sub/f"));
    }

    @Test
    void contextFilesAreRootsAndAnotherStagesKeepTheirOwners() {
        s.out("echo hi > a.txt");
        assertEquals("1000\n", s.out("stat -c %u a.txt"));
        dockerfile("FROM alpine AS make\nUSER nobody\nRUN touch /tmp/f\nFROM alpine\nCOPY a.txt /a\n"
                + "COPY --from=make /tmp/f /f\nCOPY --from=make --chown=2000:3000 /tmp/f /g\n");
        s.out("docker build -q -t u .");
        assertEquals("0 0\n65534 65534\n2000 3000\n", s.out("docker run --rm u stat -c '%u %g' /a /f /g"));
    }

    @Test
    void workdirAfterUserBelongsToIt() {
        dockerfile("FROM alpine\nWORKDIR /before\nUSER nobody\nWORKDIR /app/src\nWORKDIR /tmp\nUSER 1000\n"
                + "WORKDIR /num\n");
        s.out("docker build -q -t u .");
        assertEquals("root root 755\nnobody nobody 755\nnobody nobody 755\nroot root 1777\n1000 1000 755\n",
                s.out("docker run --rm u stat -c '%U %G %a' /before /app /app/src /tmp /num"));
    }

    @Test
    void anotherUserMissesTheCacheOfLaterSteps() {
        dockerfile("FROM alpine\nUSER nobody\nWORKDIR /w\nRUN touch f\n");
        s.out("docker build -q -t u .");
        String again = s.run("docker build -t u .").err();
        assertTrue(again.contains("#5 [2/3] WORKDIR /w\n#5 CACHED\n\n#6 [3/3] RUN touch f\n#6 CACHED\n"), again);
        dockerfile("FROM alpine\nUSER 1000:1000\nWORKDIR /w\nRUN touch f\n");
        String other = s.run("docker build -t u .").err();
        assertTrue(other.contains("#5 [2/3] WORKDIR /w\n#5 DONE"), other);
        assertTrue(other.contains("#6 [3/3] RUN touch f\n#6 DONE"), other);
        assertEquals("1000 1000\n1000 1000\n", s.out("docker run --rm u stat -c '%u %g' /w /w/f"));
    }

    @Test
    void symbolicChmodChangesEachFilesOwnMode() {
        s.out("printf 'x\\n' > a.txt && mkdir -p d && echo y > d/f");
        dockerfile("FROM alpine\nCOPY --chmod=u+x,go-r a.txt /s\nCOPY --chmod=a=rX d /d\n");
        s.out("docker build -q -t u .");
        // /d itself is made before the copy (fsutil prepareTargetDir MkdirAll: 0755 without an octal mode)
        assertEquals("700\n755\n444\n", s.out("docker run --rm u stat -c %a /s /d /d/f"));
    }

    @Test
    void aBadChmodFailsTheBuildBeforeAnyStep() {
        s.out("echo x > a.txt");
        dockerfile("FROM alpine\nRUN echo never\nCOPY --chmod=999 a.txt /a\n");
        Result r = s.run("docker build -t u .");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("#2 [internal] load metadata for docker.io/library/alpine:latest\n#2 DONE 0.0s\n"
                + "\n#3 [internal] load .dockerignore\n"), r.err());
        assertTrue(!r.err().contains("#4 "), r.err()); // no step starts, not even FROM
        assertTrue(r.err().contains("   3 | >>> COPY --chmod=999 a.txt /a\n"), r.err());
        assertTrue(r.err().endsWith("ERROR: failed to solve: invalid chmod parameter: '999'. it should be octal string"
                + " and between 0 and 07777\n"), r.err());
        dockerfile("FROM alpine\nCOPY --chmod=10000 a.txt /a\n");
        assertTrue(s.run("docker build -t u .").err().endsWith("ERROR: failed to solve: invalid chmod parameter:"
                + " '10000'. it should be octal string and between 0 and 07777\n"));
        dockerfile("FROM alpine\nCOPY --chmod=a+q a.txt /a\n");
        assertTrue(s.run("docker build -t u .").err().endsWith("ERROR: failed to solve: invalid syntax\n"));
        Result legacy = s.run("DOCKER_BUILDKIT=0 docker build -t u .");
        assertEquals(java.util.List.of(1, "the --chmod option requires BuildKit. Refer to https://docs.docker.com/go/buildkit/"
                + " to learn how to build images with BuildKit enabled\n"), java.util.List.of(legacy.exit(),
                legacy.err().substring(legacy.err().lastIndexOf("\n", legacy.err().length() - 2) + 1)));
    }

    @Test
    void addUnpacksATarWithTheOwnersItRecords() {
        byte[] tar = new byte[2048];
        byte[] name = "etc/motd".getBytes();
        System.arraycopy(name, 0, tar, 0, name.length);
        System.arraycopy("0000644\0".getBytes(), 0, tar, 100, 8);
        System.arraycopy("0001750\0".getBytes(), 0, tar, 108, 8);
        System.arraycopy("0001751\0".getBytes(), 0, tar, 116, 8);
        System.arraycopy("00000000003\0".getBytes(), 0, tar, 124, 12);
        tar[156] = '0';
        System.arraycopy("ustar\0".getBytes(), 0, tar, 257, 6);
        System.arraycopy("hi\n".getBytes(), 0, tar, 512, 3);
        Lines t = new Lines(java.util.Map.of("files.tar", tar));
        t.out("printf 'FROM alpine\\nADD --chown=nobody --chmod=700 files.tar /x/\\n' > Dockerfile");
        t.out("docker build -q -t u .");
        // solver/llbsolver/file/unpack.go: the destination gets the owner and 0755; the entries keep their headers'
        assertEquals("65534 65534 755\n0 0 755\n1000 1001 644\n",
                t.out("docker run --rm u stat -c '%u %g %a' /x /x/etc /x/etc/motd"));
    }
}
