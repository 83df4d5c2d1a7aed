package io.github.berth.shell.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.fs.MemoryFs;
import io.github.berth.shell.CapturedOutput;
import io.github.berth.shell.Shell;
import io.github.berth.shell.ShellState;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the differential test cannot compare with the real tools: berth's own choices. */
class ProgramsTest {
    private final MemoryFs fs = new MemoryFs();
    private final Shell shell;

    ProgramsTest() {
        fs.mkdirs("/home/learner/app/sub");
        fs.writeFile("/home/learner/app/a.txt", "one\ntwo\n");
        Programs.coreutils().keySet().forEach(name -> fs.installProgram("/usr/bin/" + name, name));
        shell = new Shell("bash", new ShellState(fs, "/home/learner/app", Map.of("PATH", "/usr/bin")),
                Programs.standard());
    }

    private CapturedOutput run(String line) {
        CapturedOutput out = new CapturedOutput();
        shell.run(line, out);
        return out;
    }

    @Test
    void everyToolIsInTheStandardTableUnderItsOwnName() {
        Programs.coreutils().forEach((name, program) -> assertEquals(program.getClass(),
                Programs.standard().get(name).getClass(), name));
        assertEquals(43, Programs.coreutils().size());
    }

    /** Without /etc/passwd ls -l shows numbers, except root; sizes are right-aligned as GNU aligns them. */
    @Test
    void lsLongFormatShowsOwnerAndTimeOfEachEntry() {
        fs.stamp(() -> new io.github.berth.fs.Node.Meta(1000, 1000, java.time.Instant.parse("2026-01-05T08:30:00Z")));
        run("touch b.txt");
        fs.writeFile("/etc/passwd", "root:x:0:0:root:/root:/bin/bash\nlearner:x:1000:1000::/home/learner:/bin/bash\n");
        assertEquals("total 8\n-rw-r--r-- 1 root    root    8 Jan  1  1970 a.txt\n"
                + "-rw-r--r-- 1 learner 1000    0 Jan  5 08:30 b.txt\n"
                + "drwxr-xr-x 2 root    root 4096 Jan  1  1970 sub\n", run("ls -l").out());
    }

    /**
     * busybox ls -l (display_single in coreutils/ls.c, 1.36): fixed columns "%-10s %4lu %-8.8s %-8.8s %9u ",
     * names cut at 8, numbers left-aligned like names; the time as ctime's.
     */
    @Test
    void busyboxLsLongUsesItsOwnFixedColumns() {
        fs.installProgram("/bin/busybox", "busybox");
        fs.stamp(() -> new io.github.berth.fs.Node.Meta(1000, 1000, java.time.Instant.parse("2026-01-05T08:30:00Z")));
        run("touch b.txt; ln -s a.txt link");
        fs.writeFile("/etc/passwd", "root:x:0:0:root:/root:/bin/sh\nlearner-long:x:1000:1000::/home/learner:/bin/sh\n");
        assertEquals("total 8\n"
                + "-rw-r--r--    1 root     root             8 Jan  1  1970 a.txt\n"
                + "-rw-r--r--    1 learner- 1000             0 Jan  5 08:30 b.txt\n"
                + "lrwxrwxrwx    1 learner- 1000             5 Jan  5 08:30 link -> a.txt\n"
                + "drwxr-xr-x    2 root     root          4096 Jan  1  1970 sub\n", run("ls -l").out());
        assertEquals("-rw-r--r--    1 0        0                8 Jan  1  1970 a.txt\n", run("ls -n a.txt").out());
    }

    /** GNU ls -n is -l with the owner's and group's numbers, aligned the same way. */
    @Test
    void lsNumericShowsIdsInsteadOfNames() {
        fs.stamp(() -> new io.github.berth.fs.Node.Meta(1000, 1000, java.time.Instant.parse("2026-01-05T08:30:00Z")));
        run("touch b.txt");
        fs.writeFile("/etc/passwd", "root:x:0:0:root:/root:/bin/bash\nlearner:x:1000:1000::/home/learner:/bin/bash\n");
        assertEquals("total 8\n-rw-r--r-- 1    0    0    8 Jan  1  1970 a.txt\n"
                + "-rw-r--r-- 1 1000 1000    0 Jan  5 08:30 b.txt\n"
                + "drwxr-xr-x 2    0    0 4096 Jan  1  1970 sub\n", run("ls -n").out());
        assertEquals(run("ls -n").out(), run("ls -ln").out());
    }

    @Test
    void lsLongFormatShowsSymbolicLinksAndSpecialBits() {
        run("ln -s a.txt link; chmod 4755 a.txt; chmod +t sub");
        assertEquals("-rwsr-xr-x 1 root root 8 Jan  1  1970 a.txt\n"
                + "lrwxrwxrwx 1 root root 5 Jan  1  1970 link -> a.txt\n", run("ls -l a.txt link").out());
        assertEquals("drwxr-xr-t 2 root root 4096 Jan  1  1970 sub\n", run("ls -ld sub").out());
    }

    /** GNU ls lists a dangling link named on its command line (stat fails with ENOENT, lstat does not). */
    @Test
    void lsListsADanglingLinkItIsGiven() {
        run("ln -s /nowhere gone");
        assertEquals("lrwxrwxrwx 1 root root 8 Jan  1  1970 gone -> /nowhere\n", run("ls -l gone").out());
        CapturedOutput plain = run("ls gone");
        assertEquals("gone\n", plain.out());
        assertEquals("", plain.err());
        assertEquals("ls: cannot access 'gone/': No such file or directory\n", run("ls gone/").err());
    }

    /** date reads the sandbox's clock, never the host's; sleep moves the clock on. */
    @Test
    void dateAndSleepUseTheProgramClock() {
        java.time.Instant[] now = {java.time.Instant.parse("2026-01-05T09:00:00Z")};
        ProgramClock clock = new ProgramClock() {
            @Override
            public java.time.Instant now() {
                return now[0];
            }

            @Override
            public void advance(java.time.Duration d) {
                now[0] = now[0].plus(d);
            }
        };
        Shell timed = new Shell("bash", new ShellState(fs, "/home/learner/app", Map.of("PATH", "/usr/bin")),
                Programs.standard(clock));
        CapturedOutput out = new CapturedOutput();
        timed.run("date; sleep 1m 30; date +%T; sleep 1.5h; date -u '+%F %H:%M'", out);
        assertEquals("Mon Jan  5 09:00:00 UTC 2026\n09:01:30\n2026-01-05 10:31\n", out.out());
    }

    @Test
    void identityOfTheUserAndTheMachine() {
        fs.writeFile("/etc/passwd", "root:x:0:0:root:/root:/bin/bash\nlearner:x:1000:1000::/home/learner:/bin/bash\n");
        fs.writeFile("/etc/group", "root:x:0:\nsudo:x:27:learner\nlearner:x:1000:\n");
        ShellState learner = new ShellState(fs, "/home/learner/app", Map.of("PATH", "/usr/bin"));
        learner.uid(1000);
        Shell as = new Shell("bash", learner, Programs.standard());
        CapturedOutput out = new CapturedOutput();
        as.run("whoami; id; id -u; id -un; id -G; id root; hostname; uname; uname -n -r -m; uname -o", out);
        assertEquals("learner\nuid=1000(learner) gid=1000(learner) groups=1000(learner),27(sudo)\n1000\nlearner\n"
                + "1000 27\nuid=0(root) gid=0(root) groups=0(root)\nberth\nLinux\n"
                + "berth 6.8.0-51-generic x86_64\nGNU/Linux\n", out.out());
        assertEquals("id: 'nobody': no such user\n", run("id nobody").err());
    }

    /** In a container the name is the container's, from /etc/hostname; busybox words uname -a without GNU's extra fields. */
    @Test
    void busyboxFlavourInsideAnAlpineTree() {
        fs.writeFile("/etc/hostname", "3f4e8a1b2c9d\n");
        fs.installProgram("/bin/busybox", "busybox");
        assertEquals("3f4e8a1b2c9d\n", run("hostname").out());
        assertEquals("Linux 3f4e8a1b2c9d 6.8.0-51-generic #52-Ubuntu SMP PREEMPT_DYNAMIC Thu Dec  5 13:09:44 UTC 2024"
                + " x86_64 Linux\n", run("uname -a").out());
        assertEquals("env: can't execute 'nosuch': No such file or directory\n", run("env nosuch").err());
        assertEquals("PID   USER     TIME  COMMAND\n    1 root      0:00 sh\n    7 root      0:00 ps\n", run("ps").out());
        assertEquals("cat: can't open 'nosuch': No such file or directory\n", run("cat nosuch").err());
        assertEquals("ls: nosuch: No such file or directory\n", run("ls nosuch").err());
    }

    @Test
    void treeDrawsTheHierarchyAndCounts() {
        run("mkdir -p sub/deeper; touch sub/deeper/x sub/y .hidden");
        assertEquals(".\n├── a.txt\n└── sub\n    ├── deeper\n    │   └── x\n    └── y\n\n2 directories, 3 files\n",
                run("tree").out());
        assertEquals("sub\n└── deeper\n\n1 directory\n", run("tree -d sub").out());
        assertEquals(".\n├── a.txt\n└── sub\n\n1 directory, 1 file\n", run("tree -L 1").out());
        CapturedOutput missing = run("tree nosuch");
        assertEquals("nosuch  [error opening dir]\n\n0 directories, 0 files\n", missing.out());
    }

    @Test
    void findExecAndDelete() {
        run("mkdir -p sub/x; touch sub/x/a.pyc sub/b.pyc");
        assertEquals("sub/b.pyc\nsub/x/a.pyc\n", run("find sub -name '*.pyc'").out());
        run("find . -name '*.pyc' -delete");
        assertEquals("sub\nsub/x\n", run("find sub").out());
        assertEquals("one\ntwo\n", run("find . -name a.txt -exec cat {} ';'").out());
    }

    @Test
    void symbolicLinksAreFollowedAndLoopsEndTheWalk() {
        run("ln -s sub dirlink; ln -s ../a.txt sub/up");
        assertEquals("one\ntwo\n", run("cat dirlink/up").out());
        assertEquals("up\n", run("ls dirlink").out());
        run("echo three >> sub/up");
        assertEquals("one\ntwo\nthree\n", run("cat a.txt").out());
        assertEquals("lrwxrwxrwx 1 root root 3 Jan  1  1970 dirlink -> sub\n", run("ls -l dirlink").out());
    }

    @Test
    void permissionsStopTheLearnerButNotRoot() {
        fs.put("/secret", new io.github.berth.fs.Node.Dir(new java.util.TreeMap<>(), 0700,
                io.github.berth.fs.Node.Meta.ROOT));
        fs.writeFile("/secret/key", "k\n");
        ShellState learner = new ShellState(fs, "/home/learner/app", Map.of("PATH", "/usr/bin"));
        learner.uid(1000);
        Shell as = new Shell("bash", learner, Programs.standard());
        CapturedOutput out = new CapturedOutput();
        as.run("ls /secret; cat /secret/key; rm -f /usr/bin/ls; mkdir /x; touch /y; echo $?", out);
        assertEquals("ls: cannot open directory '/secret': Permission denied\n"
                + "cat: /secret/key: Permission denied\n"
                + "rm: cannot remove '/usr/bin/ls': Permission denied\n"
                + "mkdir: cannot create directory '/x': Permission denied\n"
                + "touch: cannot touch '/y': Permission denied\n", out.err());
        assertEquals("1\n", out.out());
        assertEquals("key\n", run("ls /secret").out());
    }

    /** Standard input from a pipe pads to seven columns; from a redirected file, to the file's size (GNU's fstat). */
    @Test
    void wcPadsStandardInputLikeAPipe() {
        assertEquals("      2       2       8\n", run("cat a.txt | wc").out());
        assertEquals("2 2 8\n", run("wc < a.txt").out());
        assertEquals("2 2 8 a.txt\n", run("wc a.txt").out());
    }

    @Test
    void optionsBundleAndFollowOperands() {
        assertEquals("1:one\n", run("grep a.txt -ne one").out().replace("a.txt:", ""));
        assertEquals("", run("rm -rf sub nosuch").err());
        assertEquals("a.txt\n", run("ls").out());
    }
}
