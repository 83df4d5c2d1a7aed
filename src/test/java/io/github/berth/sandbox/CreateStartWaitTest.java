package io.github.berth.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.shell.CapturedOutput;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docker create then start, wait, --entrypoint, -e NAME from the host, python's servers and the
 * help of the new commands (checked against the docker 28.2.2 client's own --help output).
 */
class CreateStartWaitTest {
    private final Sandbox sandbox = new Sandbox(3L, Map.of(
            "app.py", ("from flask import Flask\napp = Flask(__name__)\n\n@app.route(\"/\")\ndef hello():\n"
                    + "    return \"Hello from Flask!\"\n\nif __name__ == \"__main__\":\n"
                    + "    app.run(host=\"0.0.0.0\", port=5000)\n").getBytes()), false);

    private CapturedOutput run(String line, int expectedExit) {
        CapturedOutput out = new CapturedOutput();
        assertEquals(expectedExit, sandbox.run(line, out).record().exit(), line + "\n" + out.out() + out.err());
        return out;
    }

    @Test
    void createPrintsTheIdAndStartBindsThePorts() {
        run("docker pull -q nginx", 0);
        String id = run("docker create --name site -p 8081:80 nginx", 0).out();
        assertEquals(65, id.length());
        assertTrue(run("docker ps -a", 0).out().contains("   Created             site\n"));
        assertEquals("", run("docker port site", 0).out());
        assertEquals("site\n", run("docker start site", 0).out());
        assertEquals("80/tcp -> 0.0.0.0:8081\n80/tcp -> [::]:8081\n", run("docker port site", 0).out());
        // nginx handles SIGQUIT, its StopSignal, and exits 0; its ports are freed
        run("docker stop site", 0);
        assertEquals("0\n", run("docker wait site", 0).out());
        run("curl localhost:8081", 7);
    }

    @Test
    void waitPrintsTheExitCodeWhenASleepEnds() {
        run("docker pull -q alpine", 0);
        run("docker run -d --name nap alpine sleep 30", 0);
        assertEquals("0\n", run("docker wait nap", 0).out());
        assertEquals("Error response from daemon: No such container: nope\n", run("docker wait nope", 1).err());
    }

    @Test
    void entrypointIsOneStringAndReplacesTheImagesCmd() {
        run("docker pull -q alpine", 0);
        // --entrypoint "echo hi" is one executable name, not split
        String err = run("docker run --entrypoint 'echo hi' alpine", 127).err();
        assertTrue(err.contains("exec: \"echo hi\": executable file not found in $PATH"), err);
        run("docker create --name ep --entrypoint ls alpine", 0);
        assertEquals("[\"ls\"] null\n", run("docker inspect -f '{{json .Config.Entrypoint}} {{json .Config.Cmd}}' ep", 0)
                .out());
    }

    @Test
    void dashEWithoutAValueTakesTheHostsVariable() {
        run("docker pull -q alpine", 0);
        // opts.ValidateEnv: a bare NAME takes the host's value; one the host lacks is passed bare and unsets it
        assertEquals("/home/learner\n", run("docker run --rm -e HOME alpine sh -c 'echo $HOME'", 0).out());
        // moby container/env.go ReplaceOrAppendEnvValues drops a bare NAME the image does not set
        run("docker create --name bare -e NOPE -e PATH alpine", 0);
        assertEquals("[\"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\"]\n",
                run("docker inspect -f '{{json .Config.Env}}' bare", 0).out());
    }

    @Test
    void flaskWithoutFlaskInstalledFailsAsPythonDoes() {
        run("docker pull -q python:3.12", 0);
        // the bind mount shows the workspace's app.py; python:3.12 has no flask
        assertEquals("Traceback (most recent call last):\n  File \"/app/app.py\", line 1, in <module>\n"
                + "    from flask import Flask\nModuleNotFoundError: No module named 'flask'\n",
                run("docker run --rm -v $PWD:/app python:3.12 python /app/app.py", 1).err());
        assertEquals("python: can't open file '/app.py': [Errno 2] No such file or directory\n",
                run("docker run --rm python:3.12 python app.py", 2).err());
    }

    @Test
    void pythonHttpServerServesTheWorkingDirectory() {
        run("docker pull -q python:3.12-slim", 0);
        run("docker run -d --name web -p 8000:8000 -w /srv python:3.12-slim python -m http.server", 0);
        String page = run("curl -s localhost:8000/", 0).out();
        assertEquals("<!DOCTYPE HTML>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>Directory listing for /</title>\n</head>\n<body>\n<h1>Directory listing for /</h1>\n"
                + "<hr>\n<ul>\n</ul>\n<hr>\n</body>\n</html>\n", page);
        // no terminal: print()'s banner is still in Python's buffer; the request log is on stderr
        assertEquals("", run("docker logs web", 0).out());
        assertTrue(run("docker logs web", 0).err().endsWith("\"GET / HTTP/1.1\" 200 -\n"));
    }

    @Test
    void interpretersReportTheImagesVersions() {
        run("docker pull -q python:3.12-slim", 0);
        run("docker pull -q node:22", 0);
        assertEquals("Python 3.12.11\n", run("docker run --rm python:3.12-slim python --version", 0).out());
        assertEquals("hi\n", run("docker run --rm python:3.12-slim python3 -c 'print(\"hi\")'", 0).out());
        // node's docker-entrypoint.sh: a first argument starting with "-" goes to node
        assertEquals("v22.16.0\n", run("docker run --rm node:22 --version", 0).out());
        assertEquals("v22.16.0\n", run("docker run --rm node:22 sh -c 'node -v'", 0).out());
        run("docker pull -q ubuntu", 0);
        assertEquals("bash: python3: command not found\n", run("docker run --rm ubuntu bash -c python3", 127).err());
    }
}
