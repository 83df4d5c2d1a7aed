package io.github.berth.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.shell.CapturedOutput;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The source notes' example end to end on {@code FROM ubuntu:16.04}: both of the notes' mistakes
 * with Docker's words, then the fixed Dockerfile building (apt 1.2 installing Python 2.7 and pip
 * 8.1.1, pip installing Flask 1.1.4), {@code docker run -d -p 8080:8080 pythonwebapp} running
 * {@code python app.py}, its logs (Flask 1.1.4's banner on stdout, Werkzeug 1.0.1's on stderr)
 * and curl reaching it.
 */
class SourceNotesXenialTest {
    /** The notes' Dockerfile (source-notes.md, "Docker file semantics"), comments and mistake kept. */
    private static final String NOTES = """
            # The container that has a minimum version of the operating system.
            # If we the colon, it will install the latest version.
            FROM ubuntu:16.04

            # The author of the dockerfile.
            LABEL maintainer="rex@yahoo.com"

            # The run instruction will define whatever commands we run in a shell.
            RUN apt-get update -y && \\
                apt-get install -y python-pip python-dev

            # This will allow us to copy files from the machine are building the dockerfile on to the image.
            COPY ./requirements.txt /app/requirements.txt
            # left is the source, right is the destination

            # Set the working directory, if the working directory does not exist it will be created.
            WORKDIR /app

            # Install the dependencies, for this case, all the dependencies are defined in the requirements.txt
            RUN pip install -r requirements.txt

            # Copy all our source code of application into the /app directory
            COPY ./app

            # Define the port where our container will listen on
            EXPOSE 8080

            # What script or command we want to run when our container starts up
            ENTRYPOINT ["python"]

            # Execute the script that starts up out app
            CMD ["app.py"]
            """;
    private static final String APP = """
            from flask import Flask
            app = Flask(__name__)

            @app.route('/')
            def hello():
                return 'Hello from the Python web app!'

            if __name__ == '__main__':
                app.run(host='0.0.0.0', port=8080)
            """;

    private final Sandbox sandbox = new Sandbox(1L, Map.of(
            "Dockerfile", NOTES.getBytes(StandardCharsets.UTF_8),
            "requirements.txt", "Flask\n".getBytes(StandardCharsets.UTF_8),
            "app/app.py", APP.getBytes(StandardCharsets.UTF_8)), false);

    private CapturedOutput run(String line, int expectedExit) {
        CapturedOutput out = new CapturedOutput();
        assertEquals(expectedExit, sandbox.run(line, out).record().exit(), line + "\n" + out.out() + out.err());
        return out;
    }

    @Test
    void theNotesStoryOnUbuntu1604() {
        // mistake 1: COPY without a destination (BuildKit's parser)
        CapturedOutput copy = run("docker build -t pythonwebapp .", 1);
        assertTrue(copy.err().endsWith("Dockerfile:23\n--------------------\n  21 |     \n  22 |     # Copy all our"
                + " source code of application into the /app directory\n  23 | >>> COPY ./app\n  24 |     \n"
                + "  25 |     # Define the port where our container will listen on\n--------------------\n"
                + "ERROR: failed to solve: dockerfile parse error on line 23: COPY requires at least two arguments, but"
                + " only one was provided. Destination could not be determined\n"), copy.err());
        // mistake 2: no context path (buildx's ExactArgs(1))
        assertEquals("ERROR: docker: 'docker buildx build' requires 1 argument\n\nUsage:  docker buildx build [OPTIONS]"
                + " PATH | URL | -\n\nRun 'docker buildx build --help' for more information\n",
                run("docker build -t pythonapp", 1).err());

        run("sed -i 's|^COPY ./app$|COPY ./app /app|' Dockerfile", 0);
        String build = run("docker build -t pythonwebapp .", 0).err();
        assertTrue(build.contains("\n#5 [2/6] RUN apt-get update -y &&     apt-get install -y python-pip python-dev\n"
                + "#5 0.100 Get:1 http://archive.ubuntu.com/ubuntu xenial InRelease [247 kB]\n"), build);
        assertTrue(build.contains(" 0 upgraded, 85 newly installed, 0 to remove and 0 not upgraded.\n"), build);
        assertTrue(build.contains(" Get:81 http://archive.ubuntu.com/ubuntu xenial-updates/universe amd64 python-pip all"
                + " 8.1.1-2ubuntu0.6 [144 kB]\n"), build);
        assertTrue(build.contains(" Setting up python-pip (8.1.1-2ubuntu0.6) ...\n"), build);
        assertTrue(build.contains("\n#9 [5/6] RUN pip install -r requirements.txt\n"
                + "#9 0.100 Collecting Flask (from -r requirements.txt (line 1))\n"
                + "#9 0.101   Downloading https://files.pythonhosted.org/packages/e8/6d/994208daa354f68fd89a34a8bafbeaab26fda"
                + "84e7af1e35bdaed02b667e6/Flask-1.1.4-py2.py3-none-any.whl (94kB)\n"
                + "#9 0.102 Collecting Jinja2<3.0,>=2.10.1 (from Flask->-r requirements.txt (line 1))\n"), build);
        assertTrue(build.contains("#9 0.110 Collecting MarkupSafe>=0.23 (from Jinja2<3.0,>=2.10.1->Flask->-r"
                + " requirements.txt (line 1))\n"
                + "#9 0.111   Downloading https://files.pythonhosted.org/packages/fb/40/f3adb7cf24a8012813c5edb20329eb22d5"
                + "d8e2a0ecf73d21d6b85865da11/MarkupSafe-1.1.1-cp27-cp27mu-manylinux1_x86_64.whl\n"
                + "#9 0.112 Installing collected packages: MarkupSafe, Jinja2, Werkzeug, click, itsdangerous, Flask\n"
                + "#9 0.113 Successfully installed Flask-1.1.4 Jinja2-2.11.3 MarkupSafe-1.1.1 Werkzeug-1.0.1"
                + " click-7.1.2 itsdangerous-1.1.0\n"
                + "#9 0.114 You are using pip version 8.1.1, however version 20.3.4 is available.\n"
                + "#9 0.115 You should consider upgrading via the 'pip install --upgrade pip' command.\n"
                + "#9 DONE 0.1s\n"), build);
        assertTrue(build.contains("#11 naming to docker.io/library/pythonwebapp:latest done\n"), build);

        String id = run("docker run -d -p 8080:8080 pythonwebapp", 0).out().strip();
        String ps = run("docker ps", 0).out();
        assertTrue(ps.contains(id.substring(0, 12) + "   pythonwebapp   \"python app.py\"   "), ps);
        assertTrue(ps.contains("0.0.0.0:8080->8080/tcp, [::]:8080->8080/tcp"), ps);
        assertEquals("Hello from the Python web app!", run("curl localhost:8080", 0).out());
        CapturedOutput logs = run("docker logs " + id.substring(0, 12), 0);
        assertEquals(" * Serving Flask app \"app\" (lazy loading)\n * Environment: production\n"
                + "   WARNING: This is a development server. Do not use it in a production deployment.\n"
                + "   Use a production WSGI server instead.\n * Debug mode: off\n", logs.out());
        assertTrue(logs.err().startsWith(" * Running on http://0.0.0.0:8080/ (Press CTRL+C to quit)\n172.17.0.1 - - ["),
                logs.err());
        assertTrue(logs.err().endsWith("] \"\033[37mGET / HTTP/1.1\033[0m\" 200 -\n"), logs.err());
        String headers = run("curl -i localhost:8080", 0).out();
        assertTrue(headers.startsWith("HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                + "Content-Length: 30\r\nServer: Werkzeug/1.0.1 Python/2.7.12\r\nDate: "), headers);

        // the image's python is Python 2.7.12 (its version on stderr) and its pip is 8.1.1
        CapturedOutput version = run("docker run --rm pythonwebapp --version", 0);
        assertEquals("", version.out());
        assertEquals("Python 2.7.12\n", version.err());
        assertEquals("pip 8.1.1 from /usr/lib/python2.7/dist-packages (python 2.7)\n",
                run("docker exec " + id.substring(0, 12) + " pip2 --version", 0).out());
        assertEquals("Python 2.7.12\n", run("docker exec " + id.substring(0, 12) + " python2.7 -V", 0).err());
        assertEquals("/usr/local/lib/python2.7/dist-packages/flask\n", run("docker exec " + id.substring(0, 12)
                + " ls -d /usr/local/lib/python2.7/dist-packages/flask", 0).out());
    }

    @Test
    void withoutFlaskPython2FailsWithItsImportError() {
        run("printf 'FROM ubuntu:16.04\\nRUN apt-get update && apt-get install -y python\\nCOPY app/app.py /\\n"
                + "CMD [\"python\", \"/app.py\"]\\n' > Dockerfile.bare", 0);
        run("docker build -q -f Dockerfile.bare -t bare .", 0);
        CapturedOutput r = run("docker run bare", 1);
        assertEquals("Traceback (most recent call last):\n  File \"/app.py\", line 1, in <module>\n"
                + "    from flask import Flask\nImportError: No module named flask\n", r.err());
    }

    @Test
    void python3PipOnXenialIsPython352WithPip811() {
        run("docker pull -q ubuntu:16.04", 0);
        CapturedOutput r = run("docker run --rm ubuntu:16.04 sh -c 'apt-get update >/dev/null && apt-get install -y"
                + " python3-pip >/dev/null 2>&1; python3 --version; pip3 --version; ls /usr/bin/python*'", 0);
        // python3-pip brings Python 3.5 only: no /usr/bin/python
        assertEquals("Python 3.5.2\npip 8.1.1 from /usr/lib/python3/dist-packages (python 3.5)\n/usr/bin/python3\n"
                + "/usr/bin/python3.5\n", r.out());
        assertEquals("", r.err());
    }
}
