package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.cli.DockerSession.Result;
import org.junit.jupiter.api.Test;

/**
 * alpine:latest and busybox:latest as Docker Hub served them around Docker 28.2.2's release (May
 * 2025); sources in engine.HubImages: alpine 3.21.3 (layer f18232174bc9, image aded1e1a5b37,
 * index digest a8560b36e8b8, 7.83MB), busybox 1.37.0-glibc (docker-library/busybox commit
 * 5f0f01b: layer 90b9666d4aed, image 6d3e4188a38a; index digest f85340bf132a; 4.28MB). Pull
 * message order and rendering as for hello-world (moby distribution/pull_v2.go, jsonmessage).
 */
class OfficialImagesTest {
    static final String ALPINE_DIGEST = "sha256:a8560b36e8b8210634f77d9f7f9efd7ffa463e380b75e2e74aff4511df3ef88c";
    static final String BUSYBOX_DIGEST = "sha256:f85340bf132ae937d2c2a763b8335c9bab35d6e8293f70f606b9c6178d84f42b";
    static final String EXEC_NOT_FOUND = "docker: Error response from daemon: failed to create task for container:"
            + " failed to create shim task: OCI runtime create failed: runc create failed: unable to start container"
            + " process: error during container init: exec: \"%s\": executable file not found in $PATH: unknown\n\n"
            + "Run 'docker run --help' for more information\n";

    @Test
    void pullAlpine() {
        assertEquals(new Result("Using default tag: latest\n"
                + "latest: Pulling from library/alpine\n"
                + "f18232174bc9: Pulling fs layer\n"
                + "f18232174bc9: Verifying Checksum\n"
                + "f18232174bc9: Download complete\n"
                + "f18232174bc9: Pull complete\n"
                + "Digest: " + ALPINE_DIGEST + "\n"
                + "Status: Downloaded newer image for alpine:latest\n"
                + "docker.io/library/alpine:latest\n", "", 0), new DockerSession(false).docker("pull", "alpine"));
    }

    @Test
    void runBusyboxPullsItOnStderrInATerminal() {
        Result r = new DockerSession(true).docker("run", "busybox");
        assertEquals(new Result("", "Unable to find image 'busybox:latest' locally\n"
                + "latest: Pulling from library/busybox\n"
                + "90b9666d4aed: Pull complete \n"
                + "Digest: " + BUSYBOX_DIGEST + "\n"
                + "Status: Downloaded newer image for busybox:latest\n", 0), screen(r));
    }

    /** The final screen of a terminal: each line as the last carriage return and erase left it. */
    private static Result screen(Result r) {
        StringBuilder sb = new StringBuilder();
        for (String line : r.err().split("\n", -1)) {
            String clean = line.replaceAll("\u001b\\[[0-9]*[ABK]", "");
            int cr = clean.lastIndexOf('\r', clean.length() - 2);
            sb.append(cr >= 0 ? clean.substring(cr + 1).replace("\r", "") : clean.replace("\r", "")).append('\n');
        }
        return new Result(r.out(), sb.substring(0, sb.length() - 1), r.exit());
    }

    @Test
    void imagesNewestCreatedFirst() {
        DockerSession s = new DockerSession(false);
        s.docker("pull", "busybox");
        s.docker("pull", "hello-world");
        s.docker("pull", "alpine");
        assertEquals(new Result("REPOSITORY    TAG       IMAGE ID       CREATED         SIZE\n"
                + "alpine        latest    aded1e1a5b37   10 months ago   7.83MB\n"
                + "hello-world   latest    74cc54e27dc4   11 months ago   10.1kB\n"
                + "busybox       latest    6d3e4188a38a   15 months ago   4.28MB\n", "", 0), s.docker("images"));
    }

    @Test
    void alpineRunsShWhichEndsAtOnceWithoutInput() {
        DockerSession s = new DockerSession(false);
        s.docker("pull", "alpine");
        assertEquals(new Result("", "", 0), s.docker("run", "--name", "alp", "alpine"));
        String out = s.docker("inspect", "alp").out();
        assertTrue(out.contains("\"Path\": \"/bin/sh\",\n        \"Args\": [],"), out);
        assertTrue(out.contains("\"Cmd\": [\n                \"/bin/sh\"\n            ],\n"
                + "            \"Image\": \"alpine\",\n            \"Volumes\": null,\n"
                + "            \"WorkingDir\": \"/\",\n"), out);
    }

    @Test
    void alpineHasNoBash() {
        DockerSession s = new DockerSession(false);
        s.docker("pull", "alpine");
        assertEquals(new Result("", String.format(EXEC_NOT_FOUND, "bash"), 127), s.docker("run", "alpine", "bash"));
    }

    @Test
    void alpineFindsItsProgramsOnPath() {
        DockerSession s = new DockerSession(false);
        s.docker("pull", "alpine");
        for (String program : new String[] {"ls", "/bin/sh", "/usr/bin/env"}) {
            assertEquals(0, s.docker("run", "--rm", "alpine", program).exit(), program);
        }
        // on the path, though berth does not simulate them: they say so rather than pretend to have run
        for (String program : new String[] {"ip", "adduser"}) {
            assertEquals(new Result("", "berth: " + program + " is in this image, but berth's sandbox does not simulate "
                    + "it yet: nothing was run\n", 1), s.docker("run", "--rm", "alpine", program), program);
        }
        // busybox wget without a URL shows its usage and fails (bb_show_usage)
        assertEquals(1, s.docker("run", "--rm", "alpine", "wget").exit());
        // apk is simulated: alone it prints its usage and exits 1 (apk-tools src/apk.c usage())
        assertEquals(1, s.docker("run", "--rm", "alpine", "apk").exit());
        assertEquals(127, s.docker("run", "--rm", "alpine", "/usr/bin/ls").exit());
    }

    @Test
    void busyboxHasItsAppletsInBin() {
        DockerSession s = new DockerSession(false);
        s.docker("pull", "busybox");
        for (String program : new String[] {"sh", "ls", "/usr/bin/env"}) {
            assertEquals(0, s.docker("run", "--rm", "busybox", program).exit(), program);
        }
        for (String program : new String[] {"/bin/vi", "getconf"}) {
            assertEquals(1, s.docker("run", "--rm", "busybox", program).exit(), program + " is found, not simulated");
        }
        assertEquals(new Result("", String.format(EXEC_NOT_FOUND, "apk"), 127), s.docker("run", "busybox", "apk"));
        String out = s.docker("inspect", s.engine.containers().get(0).id()).out();
        assertTrue(out.contains("\"WorkingDir\": \"\",\n"), out);
    }
}
