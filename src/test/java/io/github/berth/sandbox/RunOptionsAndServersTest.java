package io.github.berth.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.shell.CapturedOutput;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docker run's port, env and entrypoint options, the official images' servers, exec, pause, top,
 * port, prune and curl, end to end in a sandbox. Texts from docker/cli v28.2.2 (opts.go,
 * go-connections nat, cli/command/container/*.go), moby v28.2.2 (daemon/errors.go,
 * libnetwork/portallocator) and the official images' entrypoint scripts.
 */
class RunOptionsAndServersTest {
    private final Sandbox sandbox = new Sandbox(1L, Map.of(".env", "A=1\n# comment\n\nB=two\n".getBytes()), false);

    private CapturedOutput run(String line, int expectedExit) {
        CapturedOutput out = new CapturedOutput();
        assertEquals(expectedExit, sandbox.run(line, out).record().exit(), line + "\n" + out.out() + out.err());
        return out;
    }

    private String id(String line) {
        return run(line, 0).out().strip();
    }

    @Test
    void publishedNginxAnswersCurlAndPsShowsBothBindings() {
        run("docker pull -q nginx", 0);
        run("docker run -d --name web -p 8080:80 nginx", 0);
        String ps = run("docker ps", 0).out();
        assertTrue(ps.contains("   0.0.0.0:8080->80/tcp, [::]:8080->80/tcp   web\n"), ps);
        String page = run("curl localhost:8080", 0).out();
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>"), page);
        assertEquals(615, page.length());
        // the host's curl reads its options as the containers' curl does: -f, -I, --fail, --head
        assertEquals("curl: (22) The requested URL returned error: 404\n", run("curl -f localhost:8080/missing", 22).err());
        assertEquals("", run("curl -sf localhost:8080/missing", 22).err());
        String head = run("curl --head localhost:8080", 0).out();
        // nginx's header filter order; ngx_http_time's two-digit day; the ETag of the file's time and size (0x267);
        // the image's files are dated when the image was made (its Created, 2025-02-05)
        assertTrue(head.startsWith("HTTP/1.1 200 OK\r\nServer: nginx/1.27.4\r\nDate: Mon, 05 Jan 2026 09:00:")
                && head.endsWith(" GMT\r\nContent-Type: text/html\r\nContent-Length: 615\r\n"
                + "Last-Modified: Wed, 05 Feb 2025 00:00:00 GMT\r\nConnection: keep-alive\r\nETag: \"67a2aa00-267\"\r\n"
                + "Accept-Ranges: bytes\r\n\r\n"), head);
        assertEquals(head.lines().count(), run("curl -I localhost:8080", 0).out().lines().count());
        assertEquals("curl: option -x: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n",
                run("curl -x localhost:8080", 2).err());
        assertEquals("80/tcp -> 0.0.0.0:8080\n80/tcp -> [::]:8080\n", run("docker port web", 0).out());
        assertEquals("0.0.0.0:8080\n[::]:8080\n", run("docker port web 80", 0).out());
        // port.go: "Error: No public port '%s' published for %s"
        assertEquals("Error: No public port '443' published for web\n", run("docker port web 443", 1).err());
    }

    @Test
    void nginxTypesAFileByTheContainersMimeTypes() {
        run("docker pull -q nginx", 0);
        run("docker run -d --name web -p 8080:80 nginx", 0);
        run("docker exec web sh -c 'echo \"p {}\" > /usr/share/nginx/html/site.css; echo x > /usr/share/nginx/html/notes.zzz'", 0);
        String css = run("curl -sI localhost:8080/site.css", 0).out();
        // written at 09:00:03 (0x695b7d93 seconds), 5 bytes
        assertTrue(css.contains("\r\nContent-Type: text/css\r\nContent-Length: 5\r\nLast-Modified: Mon, 05 Jan 2026 09:00:03"
                + " GMT\r\nConnection: keep-alive\r\nETag: \"695b7d93-5\"\r\n"), css);
        // the image's nginx.conf: default_type application/octet-stream
        assertTrue(run("curl -sI localhost:8080/notes.zzz", 0).out().contains("Content-Type: application/octet-stream\r\n"));
        assertEquals("p {}\n", run("curl -s localhost:8080/site.css", 0).out());
    }

    @Test
    void nginxLogsTheEntrypointThenItsNotices() {
        run("docker pull -q nginx", 0);
        run("docker run -d --name web nginx", 0);
        String logs = run("docker logs web", 0).out();
        assertTrue(logs.startsWith("/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform"
                + " configuration\n/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/\n"
                + "/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh\n"
                + "10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf\n"
                + "10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf\n"),
                logs);
        String err = run("docker logs web", 0).err();
        assertTrue(err.contains("[notice] 1#1: nginx/1.27.4\n") && err.endsWith("start worker process 30\n"), err);
        // the second start finds the line the first one added
        run("docker restart web", 0);
        assertTrue(run("docker logs web", 0).out().contains("10-listen-on-ipv6-by-default.sh: info: IPv6 listen already"
                + " enabled\n"));
    }

    @Test
    void curlWithNothingPublishedFailsWithSeven() {
        CapturedOutput out = run("curl http://127.0.0.1:8080/", 7);
        assertEquals("curl: (7) Failed to connect to 127.0.0.1 port 8080 after 0 ms: Couldn't connect to server\n",
                out.err());
        assertEquals("", run("curl -s localhost:8080", 7).err());
        assertEquals("curl: (6) Could not resolve host: example.com\n", run("curl example.com", 6).err());
    }

    @Test
    void anOccupiedHostPortFailsAndLeavesTheContainerCreated() {
        run("docker pull -q nginx", 0);
        run("docker run -d -p 8080:80 nginx", 0);
        CapturedOutput second = run("docker run -d --name late -p 8080:80 nginx", 125);
        assertEquals(65, second.out().length());
        assertTrue(second.err().startsWith("docker: Error response from daemon: failed to set up container networking:"
                + " driver failed programming external connectivity on endpoint late ("), second.err());
        assertTrue(second.err().endsWith("): Bind for 0.0.0.0:8080 failed: port is already allocated\n\n"
                + "Run 'docker run --help' for more information\n"), second.err());
        assertEquals("created 128\n", run("docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' late", 0).out());
        // moby daemon/start.go sets exitUnknown (128) only where no code was set: an exited container keeps its own
        run("docker run --name three -p 9090:80 alpine sh -c 'exit 3'", 3);
        run("docker run -d -p 9090:80 nginx", 0);
        run("docker start three", 1);
        assertEquals("exited 3\n", run("docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' three", 0).out());
    }

    @Test
    void publishAllTakesTheFirstEphemeralPorts() {
        run("docker pull -q httpd", 0);
        run("docker run -d -P --name site httpd", 0);
        assertEquals("80/tcp -> 0.0.0.0:32768\n80/tcp -> [::]:32768\n", run("docker port site", 0).out());
        assertEquals("<html><body><h1>It works!</h1></body></html>\n", run("curl -s localhost:32768", 0).out());
        String headers = run("curl -i localhost:32768", 0).out();
        assertTrue(headers.startsWith("HTTP/1.1 200 OK\r\n"), headers);
    }

    @Test
    void portSpecErrorsAreTheClients() {
        assertEquals("docker: invalid containerPort: abc\n\nRun 'docker run --help' for more information\n",
                run("docker run -p abc nginx", 125).err());
        assertEquals("docker: invalid hostPort: 99999\n\nRun 'docker run --help' for more information\n",
                run("docker run -p 99999:80 nginx", 125).err());
        assertEquals("docker: invalid proto: xyz\n\nRun 'docker run --help' for more information\n",
                run("docker run -p 80/xyz nginx", 125).err());
        assertEquals("docker: invalid IP address: 1.2.3\n\nRun 'docker run --help' for more information\n",
                run("docker run -p 1.2.3:80:80 nginx", 125).err());
        assertEquals("docker: invalid ranges specified for container and host Ports: 80-82 and 8080\n\n"
                + "Run 'docker run --help' for more information\n", run("docker run -p 8080:80-82 nginx", 125).err());
        assertEquals("invalid argument \"=x\" for \"-e, --env\" flag: invalid environment variable: =x\n\n"
                + "Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\n"
                + "Run 'docker run --help' for more information\n", run("docker run -e =x nginx", 125).err());
        assertEquals("docker: conflicting options: cannot specify both --restart and --rm\n\n"
                + "Run 'docker run --help' for more information\n", run("docker run --restart always --rm nginx", 125).err());
        assertEquals("docker: open nofile: no such file or directory\n\nRun 'docker run --help' for more information\n",
                run("docker run --env-file nofile nginx", 125).err());
    }

    @Test
    void envWorkdirAndEntrypointReachTheProcess() {
        run("docker pull -q alpine", 0);
        assertEquals("1 two x\n/tmp\n", run("docker run --rm --env-file .env -e C=x -w /tmp alpine sh -c"
                + " 'echo $A $B $C; pwd'", 0).out());
        assertEquals("hello\n", run("docker run --rm --entrypoint echo alpine hello", 0).out());
        assertEquals("the input device is not a TTY\n", run("docker run -it alpine sh", 1).err());
    }

    @Test
    void postgresAndMysqlRefuseToStartWithoutAPassword() {
        run("docker pull -q postgres", 0);
        String err = run("docker run --name db postgres", 1).err();
        assertTrue(err.startsWith("Error: Database is uninitialized and superuser password is not specified.\n"), err);
        run("docker rm db", 0);
        run("docker run -d --name db -e POSTGRES_PASSWORD=secret postgres", 0);
        assertTrue(run("docker logs db", 0).err().endsWith("LOG:  database system is ready to accept connections\n"));
        run("docker pull -q mysql", 0);
        assertTrue(run("docker run mysql", 1).err().contains("[ERROR] [Entrypoint]: Database is uninitialized and"
                + " password option is not specified\n    You need to specify one of the following as an environment"
                + " variable:\n    - MYSQL_ROOT_PASSWORD\n"));
    }

    @Test
    void execPauseTopAndPrune() {
        run("docker pull -q alpine", 0);
        String box = id("docker run -dit --name box alpine");
        run("docker exec box sh -c 'echo kept > /note'", 0);
        assertEquals("kept\n", run("docker exec box cat /note", 0).out());
        // moby's exec start error, on stdout
        assertEquals("OCI runtime exec failed: exec failed: unable to start container process: exec: \"nosuch\":"
                + " executable file not found in $PATH: unknown\r\n", run("docker exec box nosuch", 127).out());
        assertEquals("box\n", run("docker pause box", 0).out());
        assertTrue(run("docker ps", 0).out().contains(" (Paused)   "));
        assertEquals("Error response from daemon: Container " + box + " is paused, unpause the container before exec\n",
                run("docker exec box ls", 1).err());
        assertEquals("Error response from daemon: Container " + box + " is already paused\n",
                run("docker pause box", 1).err());
        run("docker unpause box", 0);
        String top = run("docker top box", 0).out();
        assertTrue(top.startsWith("UID                 PID                 PPID                C                   "
                + "STIME               TTY                 TIME                CMD\nroot   "), top);
        run("docker stop box", 0);
        assertEquals("Error response from daemon: container " + box + " is not running\n",
                run("docker exec box ls", 1).err());
        assertEquals("137\n", run("docker wait box", 0).out());
        assertEquals("WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ",
                run("docker container prune", 0).out()); // cancelled: status 0, as the real client
        assertEquals("Deleted Containers:\n" + box + "\n\nTotal reclaimed space: 0B\n",
                run("docker container prune -f", 0).out());
    }

    @Test
    void officialImagesHaveTheirConfigAndTools() {
        run("docker pull -q python:3.12-slim", 0);
        assertEquals("[\"PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\",\"LANG=C.UTF-8\","
                        + "\"GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305\",\"PYTHON_VERSION=3.12.11\","
                        + "\"PYTHON_SHA256=c30bb24b7f1e9a19b11b55a546434f74e739bb4c271a3e3a80ff4380d49f7adb\"]\n",
                run("docker inspect -f '{{json .Config.Env}}' "
                        + id("docker create python:3.12-slim"), 0).out());
        // python:3.12-slim is debian: its sh is dash, which names the line
        assertEquals("sh: 1: curl: not found\n", run("docker run --rm python:3.12-slim sh -c curl", 127).err());
        run("docker pull -q ubuntu:22.04", 0);
        assertTrue(run("docker run --rm ubuntu:22.04 cat /etc/os-release", 0).out()
                .startsWith("PRETTY_NAME=\"Ubuntu 22.04.5 LTS\"\n"));
        assertEquals("3.21.3\n", run("docker run --rm alpine cat /etc/alpine-release", 0).out());
        // the image's files are dated when the image was made, not 1970 (alpine 3.21.3: 2025-02-14)
        assertEquals("-rw-r--r--    1 root     root             7 Feb 14  2025 /etc/alpine-release\n",
                run("docker run --rm alpine ls -l /etc/alpine-release", 0).out());
    }

    /** formatter.DisplayablePorts groups consecutive ports that map to themselves, per address and protocol. */
    @Test
    void psGroupsPortRanges() {
        run("docker pull -q alpine", 0);
        run("docker run -d --name ranges -p 8000-8001:8000-8001 -p 53:53/udp --expose 7000-7002 alpine sleep 100", 0);
        String ps = run("docker ps", 0).out();
        assertTrue(ps.contains("   0.0.0.0:53->53/udp, [::]:53->53/udp, 7000-7002/tcp,"
                + " 0.0.0.0:8000-8001->8000-8001/tcp, [::]:8000-8001->8000-8001/tcp   ranges\n"), ps);
        assertEquals("53/udp -> 0.0.0.0:53\n53/udp -> [::]:53\n8000/tcp -> 0.0.0.0:8000\n8000/tcp -> [::]:8000\n"
                + "8001/tcp -> 0.0.0.0:8001\n8001/tcp -> [::]:8001\n", run("docker port ranges", 0).out());
        run("docker rm -f ranges", 0);
        // the ports are free again
        run("docker run -d -p 8000:8000 alpine sleep 100", 0);
    }
}
