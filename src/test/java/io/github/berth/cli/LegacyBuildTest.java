package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.engine.ImageRef;
import org.junit.jupiter.api.Test;

/**
 * DOCKER_BUILDKIT=0: the legacy builder's output (moby v28.2.2 builder/dockerfile: "Step %d/%d : %v",
 * " ---> Running in", " ---> Using cache", " ---> Removed intermediate container"; api/server/backend/build:
 * "Successfully built", "Successfully tagged") on stdout, the deprecation notice on stderr.
 */
class LegacyBuildTest {
    private final BuildSession s = new BuildSession()
            .file("Dockerfile", "FROM alpine\nCOPY app.txt /app/\nRUN cat /app/app.txt\nCMD [\"sh\"]\n")
            .file("app.txt", "hello\n");

    LegacyBuildTest() {
        s.env.put("DOCKER_BUILDKIT", "0");
        s.ok("pull", "-q", "alpine");
    }

    @Test
    void stepsOnStdoutAndTheNoticeOnStderr() {
        DockerSession.Result r = s.docker("build", "-t", "demo", ".");
        String id = s.session.engine.image(ImageRef.parse("demo")).orElseThrow().shortId();
        assertEquals(0, r.exit());
        assertEquals(BuildCommand.LEGACY_NOTICE, r.err());
        String[] lines = r.out().split("\n");
        String running = lines[6].substring(" ---> Running in ".length());
        String copied = lines[4].substring(" ---> ".length());
        assertEquals("Sending build context to Docker daemon  3.072kB\r\r\n"
                + "Step 1/4 : FROM alpine\n"
                + " ---> aded1e1a5b37\n"
                + "Step 2/4 : COPY app.txt /app/\n"
                + " ---> " + copied + "\n"
                + "Step 3/4 : RUN cat /app/app.txt\n"
                + " ---> Running in " + running + "\n"
                + "hello\n"
                + " ---> Removed intermediate container " + running + "\n"
                + " ---> " + lines[9].substring(6) + "\n"
                + "Step 4/4 : CMD [\"sh\"]\n"
                + " ---> Running in " + lines[11].substring(17) + "\n"
                + " ---> Removed intermediate container " + lines[11].substring(17) + "\n"
                + " ---> " + id + "\n"
                + "Successfully built " + id + "\n"
                + "Successfully tagged demo:latest\n", r.out());
    }

    @Test
    void aCachedRebuildSaysUsingCache() {
        s.ok("build", "-t", "demo", ".");
        String out = s.docker("build", "-t", "demo", ".").out();
        String id = s.session.engine.image(ImageRef.parse("demo")).orElseThrow().shortId();
        assertEquals("Step 2/4 : COPY app.txt /app/\n ---> Using cache\n", out.split("(?<=\n)", -1)[3]
                + out.split("(?<=\n)", -1)[4]);
        assertEquals(true, out.endsWith("Step 4/4 : CMD [\"sh\"]\n ---> Using cache\n ---> " + id + "\n"
                + "Successfully built " + id + "\nSuccessfully tagged demo:latest\n"), out);
    }

    @Test
    void aFailingRunEndsWithTheCommandsStatus() {
        s.file("Dockerfile", "FROM alpine\nRUN exit 3\n");
        DockerSession.Result r = s.docker("build", "-t", "broken", ".");
        assertEquals(3, r.exit());
        assertEquals(BuildCommand.LEGACY_NOTICE + "The command '/bin/sh -c exit 3' returned a non-zero code: 3\n",
                r.err());
    }

    @Test
    void withoutAContextDockersOwnArgumentError() {
        assertEquals(new DockerSession.Result("", BuildCommand.LEGACY_NOTICE
                + "docker: 'docker build' requires 1 argument\n\nUsage:  docker build [OPTIONS] PATH | URL | -\n\n"
                + "Run 'docker build --help' for more information\n", 1), s.docker("build", "-t", "pythonapp"));
    }

    @Test
    void unusedBuildArgsAreWarnedAbout() {
        String out = s.docker("build", "--build-arg", "NOPE=1", ".").out();
        assertEquals(true, out.contains("[Warning] One or more build-args [NOPE] were not consumed\nSuccessfully built "),
                out);
    }
}
