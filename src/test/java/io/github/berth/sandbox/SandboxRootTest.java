package io.github.berth.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.shell.CapturedOutput;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** sudo and su on the learner's host, and the read-only /var/lib/docker that root can look into. */
class SandboxRootTest {
    private final Sandbox sandbox = new Sandbox(1L, Map.of(), false);

    private CapturedOutput run(String line) {
        CapturedOutput out = new CapturedOutput();
        sandbox.run(line, out);
        return out;
    }

    @Test
    void sudoSuMakesTheLearnerRootUntilExit() {
        assertEquals("learner@berth:~/app$ ", sandbox.prompt());
        assertEquals("learner\n", run("whoami").out());
        run("sudo su");
        assertEquals("root@berth:/home/learner/app# ", sandbox.prompt());
        assertEquals("root\n", run("whoami").out());
        Sandbox.Result exit = sandbox.run("exit", new CapturedOutput());
        assertFalse(exit.exitRequested());
        assertEquals("exit\n", exit.record().stderr());
        assertEquals("learner@berth:~/app$ ", sandbox.prompt());
        assertEquals("learner\n", run("whoami").out());
        assertTrue(sandbox.run("exit", new CapturedOutput()).exitRequested());
    }

    @Test
    void sudoDashIIsALoginShellInRootsHome() {
        run("sudo -i");
        assertEquals("root@berth:~# ", sandbox.prompt());
        assertEquals("/root\n", run("pwd").out());
        assertEquals("logout\n", run("exit").err());
        run("su");
        assertEquals("root@berth:/home/learner/app# ", sandbox.prompt());
    }

    @Test
    void sudoRunsOneCommandAsRoot() {
        assertEquals("root\n", run("sudo whoami").out());
        assertEquals("learner\n", run("whoami").out());
        assertEquals("sudo: nosuch: command not found\n", run("sudo nosuch").err());
        assertTrue(run("sudo").err().startsWith("usage: sudo -h | -K | -k | -V\n"));
        run("echo hi | sudo tee /etc/motd > /dev/null; touch mine");
        assertEquals("-rw-r--r-- 1 root root 3 Jan  5 09:00 /etc/motd\n", run("ls -l /etc/motd").out());
        assertEquals("-rw-r--r-- 1 learner learner 0 Jan  5 09:00 mine\n", run("ls -l mine").out());
    }

    @Test
    void varLibDockerIsRootsAndFollowsTheEngine() {
        CapturedOutput denied = run("ls /var/lib/docker");
        assertEquals("ls: cannot open directory '/var/lib/docker': Permission denied\n", denied.err());
        assertEquals(2, sandbox.history().get(sandbox.history().size() - 1).exit());
        assertEquals("ls: cannot access '/var/lib/docker/containers': Permission denied\n",
                run("ls /var/lib/docker/containers").err());
        assertEquals("", run("sudo ls /var/lib/docker/containers").out());
        run("docker run hello-world > /dev/null");
        String id = sandbox.engine().containers().get(0).id();
        assertEquals(id + "\n", run("sudo ls /var/lib/docker/containers").out());
        run("sudo su");
        run("cd /var/lib/docker/containers/" + id);
        assertEquals(id + "-json.log\ncheckpoints\nconfig.v2.json\nhostconfig.json\nhostname\nhosts\n"
                + "mounts\nresolv.conf\nresolv.conf.hash\n", run("ls").out());
        assertEquals("{\"log\":\"\\n\",\"stream\":\"stdout\",\"time\":\"2026-01-05T09:00:04Z\"}\n"
                + "{\"log\":\"Hello from Docker!\\n\",\"stream\":\"stdout\",\"time\":\"2026-01-05T09:00:04Z\"}\n",
                run("head -n 2 " + id + "-json.log").out());
        assertTrue(run("cat config.v2.json").out().startsWith("{\"StreamConfig\":{},\"State\":{\"Running\":false,"));
        assertTrue(run("cat config.v2.json").out().contains("\"ID\":\"" + id + "\""));
        assertTrue(run("cat hostconfig.json").out().startsWith("{\"Binds\":null,"));
        run("rm -f hostname; touch extra");
        assertEquals("hostname\n", run("ls | grep name").out());
        assertEquals("ls: cannot access 'extra': No such file or directory\n", run("ls extra").err());
        run("docker rm " + id.substring(0, 12) + " > /dev/null");
        assertEquals("ls: cannot access '/var/lib/docker/containers/" + id + "': No such file or directory\n",
                run("ls /var/lib/docker/containers/" + id).err());
    }

    /** The daemon's files say what inspect says: the restart policy and how often it restarted the container. */
    @Test
    void theDataFilesCarryTheRestartPolicyAndCount() {
        run("docker run -d --name flaky --restart on-failure:3 alpine false > /dev/null");
        run("sleep 5");
        String id = sandbox.engine().containers().get(0).id();
        String count = run("docker inspect -f '{{.RestartCount}}' flaky").out().strip();
        assertTrue(Integer.parseInt(count) > 0, count);
        String dir = "/var/lib/docker/containers/" + id + "/";
        assertTrue(run("sudo cat " + dir + "hostconfig.json").out()
                .contains("\"RestartPolicy\":{\"Name\":\"on-failure\",\"MaximumRetryCount\":3}"));
        assertTrue(run("sudo cat " + dir + "config.v2.json").out().contains("\"RestartCount\":" + count + ","));
    }

    @Test
    void sudoAndXargsRunTheDockerClient() {
        assertEquals("CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n", run("sudo docker ps").out());
        run("docker run --name one hello-world > /dev/null");
        assertEquals("one\n", run("echo one | xargs docker rm").out());
        assertEquals("", run("docker ps -aq").out());
    }

    @Test
    void sleepMovesTheSandboxClockOn() {
        assertEquals("09:00:01\n", run("date +%T").out());
        run("sleep 60");
        assertEquals("09:01:03\n", run("date +%T").out());
    }
}
