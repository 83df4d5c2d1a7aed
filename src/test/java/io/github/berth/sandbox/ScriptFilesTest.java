package io.github.berth.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.shell.Output;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scripts the learner writes and runs: at the prompt (bash, with Ubuntu's bash and dash as /bin/sh on the
 * host), and as a container's process or a docker exec (runc's execve). Expected words from bash 5.2 and
 * dash 0.5.12 on this machine, Linux's binfmt_script rules, and runc v1.2's init (exec errors, exit 255).
 */
class ScriptFilesTest {
    private final Sandbox sandbox = new Sandbox(1L, Map.of(), false);

    private CommandRecord run(String line) {
        return sandbox.run(line, Output.DISCARD).record();
    }

    private void assertRun(String line, int exit, String stdout, String stderr) {
        CommandRecord r = run(line);
        assertEquals(stdout, r.stdout(), line);
        assertEquals(stderr, r.stderr(), line);
        assertEquals(exit, r.exit(), line);
    }

    @Test
    void theHostHasBashAndDashAsBinSh() {
        assertRun("ls -l /bin/sh", 0, "lrwxrwxrwx 1 root root 4 Jan  5 09:00 /bin/sh -> dash\n", "");
        assertRun("bash -c 'echo $0 ok'", 0, "bash ok\n", "");
        assertRun("sh -c foo", 127, "", "sh: 1: foo: not found\n");
        assertRun("which bash sh", 0, "/usr/bin/bash\n/usr/bin/sh\n", "");
    }

    @Test
    void aScriptWithoutAHashBangLineRunsInBashWithItsArguments() {
        run("printf 'echo $0 $1 $#\\nfoo\\n' > s.sh");
        assertRun("./s.sh a", 126, "", "bash: ./s.sh: Permission denied\n");
        run("chmod +x s.sh");
        assertRun("./s.sh a b", 127, "./s.sh a 2\n", "./s.sh: line 2: foo: command not found\n");
        assertRun("bash s.sh x", 127, "s.sh x 1\n", "s.sh: line 2: foo: command not found\n");
    }

    @Test
    void theHashBangLineNamesTheInterpreter() {
        run("printf '#!/bin/sh\\necho $0\\nfoo\\n' > t.sh");
        run("printf '#!/usr/bin/env bash\\necho via env $1\\n' > v.sh");
        run("chmod +x t.sh v.sh");
        assertRun("./t.sh", 127, "./t.sh\n", "./t.sh: 3: foo: not found\n");
        assertRun("./v.sh one", 0, "via env one\n", "");
    }

    @Test
    void windowsLineEndsMakeABadInterpreter() {
        run("printf '#!/bin/sh\\r\\necho hi\\r\\n' > w.sh");
        run("chmod +x w.sh");
        assertRun("./w.sh", 126, "", "bash: ./w.sh: /bin/sh\r: bad interpreter: No such file or directory\n");
    }

    @Test
    void inAContainerRuncReportsWhatExecveCannotRun() {
        run("printf '#!/bin/sh\\necho in $0\\n' > ok.sh");
        run("printf 'echo no hash bang\\n' > plain.sh");
        run("printf '#!/bin/sh\\r\\necho crlf\\r\\n' > crlf.sh");
        run("chmod +x ok.sh plain.sh crlf.sh");
        run("docker pull -q alpine");
        assertRun("docker run --rm -v \"$PWD\":/w alpine /w/ok.sh", 0, "in /w/ok.sh\n", "");
        assertRun("docker run --rm -v \"$PWD\":/w alpine /w/plain.sh", 255, "", "exec /w/plain.sh: exec format error\n");
        assertRun("docker run --rm -v \"$PWD\":/w alpine /w/crlf.sh", 255, "",
                "exec /w/crlf.sh: no such file or directory\n");
        run("docker run -d --name box -v \"$PWD\":/w alpine sleep 1000");
        assertRun("docker exec box /w/ok.sh", 0, "in /w/ok.sh\n", "");
        assertRun("docker exec box /w/plain.sh", 255, "", "exec /w/plain.sh: exec format error\n");
    }
}
