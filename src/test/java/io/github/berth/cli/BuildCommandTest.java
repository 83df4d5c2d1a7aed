package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.engine.Image;
import io.github.berth.engine.ImageRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docker build with BuildKit: buildx's plain progress (BuildKit v0.22.0 progressui/printer.go),
 * the cache (dockerfile2llb cache keys: the parent, the instruction, the copied files' content),
 * stages, and BuildKit's error texts.
 */
class BuildCommandTest {
    private final BuildSession s = new BuildSession()
            .file("Dockerfile", "FROM alpine\nWORKDIR /app\nCOPY app.txt .\nRUN cat app.txt\nCMD [\"sh\"]\n")
            .file("app.txt", "hello\n");

    @Test
    void firstBuildShowsEveryStepInBuildKitsPlainFormat() {
        DockerSession.Result r = s.docker("build", "-t", "demo", ".");
        assertEquals("", r.out());
        assertEquals(0, r.exit());
        String id = s.session.engine.image(ImageRef.parse("demo")).orElseThrow().id();
        assertEquals("#0 building with \"default\" instance using docker driver\n\n"
                + "#1 [internal] load build definition from Dockerfile\n"
                + "#1 transferring dockerfile: 67B done\n"
                + "#1 DONE 0.0s\n\n"
                + "#2 [internal] load metadata for docker.io/library/alpine:latest\n"
                + "#2 DONE 0.0s\n\n"
                + "#3 [internal] load .dockerignore\n"
                + "#3 transferring context: 2B done\n"
                + "#3 DONE 0.0s\n\n"
                + "#4 [1/4] FROM docker.io/library/alpine:latest@sha256:a8560b36e8b8210634f77d9f7f9efd7ffa463e380b75e2e74aff4511df3ef88c\n"
                + "#4 resolve docker.io/library/alpine:latest@sha256:a8560b36e8b8210634f77d9f7f9efd7ffa463e380b75e2e74aff4511df3ef88c done\n"
                + "#4 DONE 0.0s\n\n"
                + "#5 [2/4] WORKDIR /app\n"
                + "#5 DONE 0.1s\n\n"
                + "#6 [internal] load build context\n"
                + "#6 transferring context: 73B done\n"
                + "#6 DONE 0.0s\n\n"
                + "#7 [3/4] COPY app.txt .\n"
                + "#7 DONE 0.1s\n\n"
                + "#8 [4/4] RUN cat app.txt\n"
                + "#8 0.100 hello\n"
                + "#8 DONE 0.1s\n\n"
                + "#9 exporting to image\n"
                + "#9 exporting layers done\n"
                + "#9 writing image " + id + " done\n"
                + "#9 naming to docker.io/library/demo:latest done\n"
                + "#9 DONE 0.0s\n", r.err());
    }

    @Test
    void aSecondBuildIsCachedAndGivesTheSameImage() {
        s.ok("build", "-t", "demo", ".");
        String first = s.session.engine.image(ImageRef.parse("demo")).orElseThrow().id();
        List<String> steps = BuildSession.outline(s.ok("build", "-t", "demo", "."));
        assertEquals(List.of("[internal] load build definition from Dockerfile", "DONE 0.0s",
                "[internal] load metadata for docker.io/library/alpine:latest", "DONE 0.0s",
                "[internal] load .dockerignore", "DONE 0.0s",
                "[1/4] FROM docker.io/library/alpine:latest@sha256:a8560b36e8b8210634f77d9f7f9efd7ffa463e380b75e2e74aff4511df3ef88c",
                "CACHED", "[2/4] WORKDIR /app", "CACHED", "[internal] load build context", "DONE 0.0s",
                "[3/4] COPY app.txt .", "CACHED", "[4/4] RUN cat app.txt", "CACHED", "DONE 0.0s"), steps);
        assertEquals(first, s.session.engine.image(ImageRef.parse("demo")).orElseThrow().id());
    }

    @Test
    void changingACopiedFileMissesFromThatStepOn() {
        s.ok("build", "-t", "demo", ".");
        s.file("app.txt", "changed\n");
        String progress = s.ok("build", "-t", "demo", ".");
        List<String> steps = BuildSession.outline(progress);
        assertEquals(List.of("[2/4] WORKDIR /app", "CACHED", "[internal] load build context", "DONE 0.0s",
                "[3/4] COPY app.txt .", "DONE 0.1s", "[4/4] RUN cat app.txt", "DONE 0.1s"), steps.subList(8, 16));
        assertTrue(progress.contains("#8 0.100 changed\n"), progress);
    }

    @Test
    void rewritingAFileWithTheSameContentStillHits() {
        s.ok("build", "-t", "demo", ".");
        s.file("app.txt", "hello\n"); // a new file record, a new modification: only the content counts
        List<String> steps = BuildSession.outline(s.ok("build", "-t", "demo", "."));
        assertEquals(List.of("[3/4] COPY app.txt .", "CACHED", "[4/4] RUN cat app.txt", "CACHED"),
                steps.subList(12, 16));
    }

    @Test
    void reorderingInstructionsMissesFromTheFirstDifference() {
        s.ok("build", "-t", "demo", ".");
        s.file("Dockerfile", "FROM alpine\nWORKDIR /app\nRUN cat /etc/group\nCOPY app.txt .\nCMD [\"sh\"]\n");
        List<String> steps = BuildSession.outline(s.ok("build", "-t", "demo", "."));
        assertEquals(List.of("[2/4] WORKDIR /app", "CACHED", "[3/4] RUN cat /etc/group", "DONE 0.1s",
                "[internal] load build context", "DONE 0.0s", "[4/4] COPY app.txt .", "DONE 0.1s"),
                steps.subList(8, 16));
    }

    @Test
    void noCacheRunsEverything() {
        s.ok("build", "-t", "demo", ".");
        String progress = s.ok("build", "--no-cache", "-t", "demo", ".");
        assertTrue(progress.contains("#7 [3/4] COPY app.txt .\n#7 DONE 0.1s\n"), progress);
        assertTrue(progress.contains("#8 0.100 hello\n"), progress);
    }

    @Test
    void aFailingRunStopsTheBuildWithBuildKitsWords() {
        s.file("Dockerfile", "FROM alpine\nRUN echo about to fail && exit 3\nCMD [\"sh\"]\n");
        DockerSession.Result r = s.docker("build", "-t", "broken", ".");
        assertEquals(1, r.exit());
        assertTrue(r.err().endsWith("#5 [2/2] RUN echo about to fail && exit 3\n"
                + "#5 0.100 about to fail\n"
                + "#5 ERROR: process \"/bin/sh -c echo about to fail && exit 3\" did not complete successfully: exit code: 3\n"
                + "------\n"
                + " > [2/2] RUN echo about to fail && exit 3:\n"
                + "0.100 about to fail\n"
                + "------\n"
                + "Dockerfile:2\n"
                + "--------------------\n"
                + "   1 |     FROM alpine\n"
                + "   2 | >>> RUN echo about to fail && exit 3\n"
                + "   3 |     CMD [\"sh\"]\n"
                + "   4 |     \n"
                + "--------------------\n"
                + "ERROR: failed to solve: process \"/bin/sh -c echo about to fail && exit 3\" did not complete"
                + " successfully: exit code: 3\n"), r.err());
        assertTrue(s.session.engine.image(ImageRef.parse("broken")).isEmpty());
    }

    @Test
    void copyWithoutADestinationIsAParseError() {
        s.file("Dockerfile", "FROM ubuntu:16.04\nLABEL maintainer=\"x\"\nRUN apt-get update\n"
                + "COPY ./requirements.txt /app/requirements.txt\nWORKDIR /app\nRUN pip install -r requirements.txt\n"
                + "COPY ./app\nEXPOSE 8080\nENTRYPOINT [\"python\"]\nCMD [\"app.py\"]\n");
        DockerSession.Result r = s.docker("build", "-t", "pythonapp", ".");
        assertEquals(new DockerSession.Result("", "#0 building with \"default\" instance using docker driver\n\n"
                + "#1 [internal] load build definition from Dockerfile\n"
                + "#1 transferring dockerfile: 213B done\n"
                + "#1 DONE 0.0s\n"
                + "Dockerfile:7\n"
                + "--------------------\n"
                + "   5 |     WORKDIR /app\n"
                + "   6 |     RUN pip install -r requirements.txt\n"
                + "   7 | >>> COPY ./app\n"
                + "   8 |     EXPOSE 8080\n"
                + "   9 |     ENTRYPOINT [\"python\"]\n"
                + "--------------------\n"
                + "ERROR: failed to solve: dockerfile parse error on line 7: COPY requires at least two arguments,"
                + " but only one was provided. Destination could not be determined\n", 1), r);
    }

    @Test
    void buildWithoutAContextIsBuildxsArgumentError() {
        assertEquals(new DockerSession.Result("", "ERROR: docker: 'docker buildx build' requires 1 argument\n\n"
                + "Usage:  docker buildx build [OPTIONS] PATH | URL | -\n\n"
                + "Run 'docker buildx build --help' for more information\n", 1), s.docker("build", "-t", "pythonapp"));
    }

    @Test
    void aMissingContextOrDockerfile() {
        assertEquals(new DockerSession.Result("", "ERROR: unable to prepare context: path \"nosuch\" not found\n", 1),
                s.docker("build", "nosuch"));
        DockerSession.Result r = s.docker("build", "-f", "Nope", ".");
        assertEquals(1, r.exit());
        assertTrue(r.err().endsWith("#1 DONE 0.0s\nERROR: failed to solve: failed to read dockerfile: open Nope: no"
                + " such file or directory\n"), r.err());
    }

    @Test
    void quietPrintsTheImageIdOnly() {
        DockerSession.Result r = s.docker("build", "-q", "-t", "demo", ".");
        Image image = s.session.engine.image(ImageRef.parse("demo")).orElseThrow();
        assertEquals(new DockerSession.Result(image.id() + "\n", "", 0), r);
    }

    @Test
    void severalTagsNameTheSameImage() {
        String progress = s.ok("build", "-t", "demo", "-t", "learner/demo:1.0", ".");
        assertTrue(progress.contains("#9 naming to docker.io/library/demo:latest done\n"
                + "#9 naming to docker.io/learner/demo:1.0 done\n"), progress);
        assertEquals(List.of("demo:latest", "learner/demo:1.0"),
                s.session.engine.image(ImageRef.parse("demo")).orElseThrow().repoTags());
    }
}
