package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.engine.Image;
import io.github.berth.engine.ImageConfig;
import io.github.berth.engine.ImageRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Multi-stage builds, ARG and ENV scoping, WORKDIR, .dockerignore, ADD, FROM scratch, ONBUILD, metadata. */
class BuildStagesTest {
    private final BuildSession s = new BuildSession();

    private Image image(String name) {
        return s.session.engine.image(ImageRef.parse(name)).orElseThrow();
    }

    private String run(String image, String... command) {
        String[] args = new String[3 + command.length];
        args[0] = "run";
        args[1] = "--rm";
        args[2] = image;
        System.arraycopy(command, 0, args, 3, command.length);
        DockerSession.Result r = s.docker(args);
        assertEquals(0, r.exit(), r.toString());
        return r.out();
    }

    @Test
    void multiStageCopiesFromAnEarlierStageAndNamesStepsByStage() {
        s.file("Dockerfile", "FROM alpine AS builder\nWORKDIR /src\nRUN echo built > out.txt\n"
                + "FROM busybox\nCOPY --from=builder /src/out.txt /srv/\nCMD [\"cat\", \"/srv/out.txt\"]\n");
        List<String> steps = BuildSession.outline(s.ok("build", "-t", "multi", "."));
        assertEquals(List.of("[builder 1/3] FROM docker.io/library/alpine:latest@sha256:a8560b36e8b8210634f77d9f7f9efd7ffa463e380b75e2e74aff4511df3ef88c",
                "DONE 0.0s", "[builder 2/3] WORKDIR /src", "DONE 0.1s", "[builder 3/3] RUN echo built > out.txt",
                "DONE 0.1s", "[stage-1 1/2] FROM docker.io/library/busybox:latest@sha256:f85340bf132ae937d2c2a763b8335c9bab35d6e8293f70f606b9c6178d84f42b",
                "DONE 0.0s", "[stage-1 2/2] COPY --from=builder /src/out.txt /srv/", "DONE 0.1s", "DONE 0.0s"),
                steps.subList(8, steps.size()));
        assertEquals("built\n", run("multi"));
        // the final image has busybox's layer and one of its own, not the builder's
        assertEquals(2, image("multi").layers().size());
    }

    @Test
    void targetBuildsOnlyTheStagesItNeeds() {
        s.file("Dockerfile", "FROM alpine AS base\nRUN echo base > /b\nFROM base AS test\nRUN echo test > /t\n"
                + "FROM busybox AS other\nRUN echo other\n");
        String progress = s.ok("build", "--target", "test", "-t", "t", ".");
        assertTrue(progress.contains("[test 1/1] RUN echo test > /t"), progress);
        assertTrue(!progress.contains("busybox"), progress);
        assertEquals("base\n", run("t", "cat", "/b"));
        DockerSession.Result r = s.docker("build", "--target", "nope", ".");
        assertTrue(r.err().endsWith("ERROR: failed to solve: target stage \"nope\" could not be found\n"), r.err());
    }

    @Test
    void argsAreForTheBuildAndEnvStaysInTheImage() {
        s.file("Dockerfile", "ARG BASE=alpine\nFROM ${BASE}\nARG GREETING=hello\nENV WHO=world\n"
                + "RUN echo \"$GREETING $WHO\" > /msg\nWORKDIR app\nWORKDIR sub\nRUN pwd > /where\n");
        String progress = s.ok("build", "--build-arg", "GREETING=hi", "-t", "args", ".");
        assertTrue(progress.contains("[2/5] RUN echo \"hi world\" > /msg"), progress);
        assertEquals("hi world\n", run("args", "cat", "/msg"));
        assertEquals("/app/sub\n", run("args", "cat", "/where"));
        ImageConfig config = image("args").config();
        assertEquals(List.of("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "WHO=world"),
                config.env());
        assertEquals("/app/sub", config.workingDir());
        assertEquals("RUN |1 GREETING=hi /bin/sh -c echo \"$GREETING $WHO\" > /msg # buildkit",
                image("args").history().get(4).createdBy());
    }

    @Test
    void dockerignoreLeavesFilesOutOfTheContext() {
        s.file("Dockerfile", "FROM alpine\nCOPY . /app\n").file(".dockerignore", "secret*\n*.log\n!keep.log\n")
                .file("a.txt", "a").file("secret.txt", "s").file("x.log", "x").file("keep.log", "k");
        s.ok("build", "-t", "ign", ".");
        assertEquals(".dockerignore\nDockerfile\na.txt\nkeep.log\n", run("ign", "ls", "-A", "/app"));
        s.file("Dockerfile", "FROM alpine\nCOPY secret.txt /app/\n");
        DockerSession.Result r = s.docker("build", ".");
        assertTrue(r.err().contains("ERROR: failed to calculate checksum of ref "), r.err());
        assertTrue(r.err().endsWith(": \"/secret.txt\": not found\n"), r.err());
    }

    @Test
    void metadataInstructionsMakeNoLayer() {
        s.file("Dockerfile", "FROM alpine\nLABEL version=\"1.0\" team=web\nEXPOSE 8080 53/udp\nUSER nobody\n"
                + "VOLUME /data\nSTOPSIGNAL SIGINT\nHEALTHCHECK --interval=30s CMD wget -q localhost\n"
                + "SHELL [\"/bin/ash\", \"-c\"]\nENTRYPOINT echo hi\n");
        s.ok("build", "-t", "meta", ".");
        Image image = image("meta");
        assertEquals(1, image.layers().size());
        ImageConfig c = image.config();
        assertEquals(Map.of("version", "1.0", "team", "web"), c.labels());
        assertEquals(List.of("53/udp", "8080/tcp"), c.exposedPorts());
        assertEquals("nobody", c.user());
        assertEquals(List.of("/data"), c.volumes());
        assertEquals("SIGINT", c.stopSignal());
        assertEquals(List.of("CMD-SHELL", "wget -q localhost"), c.healthcheck().test());
        assertEquals(30_000_000_000L, c.healthcheck().interval());
        assertEquals(List.of("/bin/ash", "-c", "echo hi"), c.entrypoint());
        assertNull(c.cmd(), "a new ENTRYPOINT drops the CMD inherited from alpine");
        String history = s.docker("history", "--no-trunc", "meta").out();
        assertTrue(history.contains("EXPOSE map[53/udp:{} 8080/tcp:{}]"), history);
        assertTrue(history.contains("ENTRYPOINT [\"/bin/ash\" \"-c\" \"echo hi\"]"), history);
        assertTrue(history.contains("LABEL version=1.0 team=web"), history);
    }

    @Test
    void fromScratchWithCopyHasOneLayer() {
        s.file("Dockerfile", "FROM scratch\nCOPY hello.txt /\n").file("hello.txt", "hi\n");
        String progress = s.ok("build", "-t", "tiny", ".");
        assertTrue(progress.contains("#4 [1/1] COPY hello.txt /\n#4 DONE 0.1s\n"), progress);
        assertEquals(1, image("tiny").layers().size());
        assertEquals(3, image("tiny").size());
        s.file("Dockerfile", "FROM scratch\nRUN echo hi\n");
        DockerSession.Result r = s.docker("build", ".");
        assertTrue(r.err().endsWith("ERROR: failed to solve: process \"/bin/sh -c echo hi\" did not complete"
                + " successfully: runc run failed: unable to start container process: error during container init:"
                + " exec: \"/bin/sh\": stat /bin/sh: no such file or directory\n"), r.err());
    }

    @Test
    void addExtractsALocalTarAndCannotReachUrls() {
        byte[] tar = new byte[2048];
        byte[] name = "etc/motd".getBytes();
        System.arraycopy(name, 0, tar, 0, name.length);
        System.arraycopy("0000644\0".getBytes(), 0, tar, 100, 8);
        System.arraycopy("00000000003\0".getBytes(), 0, tar, 124, 12);
        tar[156] = '0';
        System.arraycopy("ustar\0".getBytes(), 0, tar, 257, 6);
        System.arraycopy("hi\n".getBytes(), 0, tar, 512, 3);
        s.fs.writeFile(BuildSession.APP + "/files.tar", tar, 0644);
        s.file("Dockerfile", "FROM alpine\nADD files.tar /opt/\nCOPY files.tar /copied/\n");
        s.ok("build", "-t", "added", ".");
        assertEquals("hi\n", run("added", "cat", "/opt/etc/motd"));
        assertEquals("files.tar\n", run("added", "ls", "/copied"));
        s.file("Dockerfile", "FROM alpine\nADD https://example.com/app.tar.gz /opt/\n");
        DockerSession.Result r = s.docker("build", ".");
        assertTrue(r.err().endsWith("ERROR: failed to solve: failed to load cache key: Get"
                + " \"https://example.com/app.tar.gz\": dial tcp: lookup example.com: no such host\n"), r.err());
    }

    @Test
    void onbuildTriggersRunInTheChildBuild() {
        s.file("Dockerfile", "FROM alpine\nONBUILD RUN echo triggered > /t\n");
        s.ok("build", "-t", "parent", ".");
        assertEquals(List.of("RUN echo triggered > /t"), image("parent").config().onBuild());
        s.file("Dockerfile", "FROM parent\nRUN cat /t\n");
        String progress = s.ok("build", "-t", "child", ".");
        assertTrue(progress.contains("#5 [2/3] ONBUILD RUN echo triggered > /t\n"), progress);
        assertTrue(progress.contains("#6 [3/3] RUN cat /t\n#6 0.100 triggered\n"), progress);
        assertEquals(List.of(), image("child").config().onBuild());
    }

    @Test
    void aMissingBaseImageFailsAtItsMetadata() {
        s.file("Dockerfile", "FROM nosuchimage\nRUN true\n");
        DockerSession.Result r = s.docker("build", ".");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("#2 [internal] load metadata for docker.io/library/nosuchimage:latest\n"
                + "#2 ERROR: pull access denied, repository does not exist or may require authorization: server"
                + " message: insufficient_scope: authorization failed\n------\n"
                + " > [internal] load metadata for docker.io/library/nosuchimage:latest:\n------\n"
                + "Dockerfile:1\n"), r.err());
        assertTrue(r.err().endsWith("ERROR: failed to solve: nosuchimage: failed to resolve source metadata for"
                + " docker.io/library/nosuchimage:latest: pull access denied, repository does not exist or may require"
                + " authorization: server message: insufficient_scope: authorization failed\n"), r.err());
    }
}
