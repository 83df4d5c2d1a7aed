package io.github.berth.tutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.sandbox.Sandbox;
import io.github.berth.shell.Output;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checks look at state and parsed commands, never at the typed text. */
class ChecksTest {
    private final Sandbox sandbox = new Sandbox(5L, Map.of(), false);

    private boolean holds(Check check, int callsAtStart) {
        return check.holds(new StepContext(sandbox, callsAtStart));
    }

    @Test
    void containerFieldsMustAllMatch() {
        sandbox.run("docker run --name greeter hello-world", Output.DISCARD);
        assertTrue(holds(new ContainerCheck("greeter", "hello-world", "exited", 0, null, false), 0));
        assertTrue(holds(new ContainerCheck(null, "docker.io/library/hello-world:latest", null, null, null, false), 0));
        assertFalse(holds(new ContainerCheck("other", null, null, null, null, false), 0));
        assertFalse(holds(new ContainerCheck("greeter", null, "running", null, null, false), 0));
        assertFalse(holds(new ContainerCheck("greeter", null, null, 1, null, false), 0));
    }

    @Test
    void absentHoldsWhenNoContainerMatches() {
        ContainerCheck gone = new ContainerCheck("greeter", null, null, null, null, true);
        assertTrue(holds(gone, 0));
        sandbox.run("docker run --name greeter hello-world", Output.DISCARD);
        assertFalse(holds(gone, 0));
        assertEquals("no container named greeter", gone.describe());
    }

    @Test
    void commandChecksSeeOnlyCommandsSinceTheStepBegan() {
        CommandCheck listAll = new CommandCheck("container ls", List.of("all"));
        sandbox.run("docker ps -a", Output.DISCARD);
        assertTrue(holds(listAll, 0));
        assertFalse(holds(listAll, 1), "run before the step began");
        sandbox.run("docker container list --all=true", Output.DISCARD);
        assertTrue(holds(listAll, 1));
        assertEquals("ran `docker container ls` with --all", listAll.describe());
    }

    @Test
    void imageChecksCompareNormalisedReferences() {
        ImageCheck alpine = new ImageCheck("alpine", false);
        assertFalse(holds(alpine, 0));
        sandbox.run("docker pull -q docker.io/library/alpine:latest", Output.DISCARD);
        assertTrue(holds(alpine, 0));
        assertFalse(holds(new ImageCheck("alpine", true), 0));
        assertEquals("the image alpine on this machine", alpine.describe());
    }

    @Test
    void outputMeansWhatTheContainerPrinted() {
        sandbox.run("docker run alpine echo hello from alpine", Output.DISCARD);
        assertTrue(holds(new ContainerCheck(null, "alpine", null, 0, "hello from alpine", false), 0));
        assertFalse(holds(new ContainerCheck(null, "alpine", null, 0, "goodbye", false), 0));
        sandbox.run("echo goodbye", Output.DISCARD);
        assertFalse(holds(new ContainerCheck(null, "alpine", null, 0, "goodbye", false), 0),
                "the host shell's output is not the container's");
    }

    @Test
    void portsMustAllBePublishedWhileTheContainerRuns() {
        sandbox.run("docker run -d --name web -p 8080:80 -p 5353:53/udp nginx", Output.DISCARD);
        assertTrue(holds(new ContainerCheck("web", null, null, null, null, List.of("8080:80"), false), 0));
        assertTrue(holds(new ContainerCheck("web", null, null, null, null, List.of("8080:80", "5353:53/udp"), false), 0));
        assertFalse(holds(new ContainerCheck("web", null, null, null, null, List.of("8080:8080"), false), 0));
        assertFalse(holds(new ContainerCheck("web", null, null, null, null, List.of("5353:53"), false), 0), "tcp, not udp");
        assertFalse(holds(new ContainerCheck("web", null, null, null, null, List.of("80:80"), false), 0));
        sandbox.run("docker stop web", Output.DISCARD);
        assertFalse(holds(new ContainerCheck("web", null, null, null, null, List.of("8080:80"), false), 0),
                "a stopped container publishes nothing");
    }

    @Test
    void anImageCanBeAskedForItsNumberOfLayers() {
        sandbox.run("docker pull alpine", Output.DISCARD);
        assertTrue(holds(new ImageCheck("alpine", 1, false), 0));
        assertFalse(holds(new ImageCheck("alpine", 2, false), 0));
        sandbox.run("printf 'FROM alpine\\nRUN echo hi > /hi\\nCOPY . /app\\nCMD [\\\"cat\\\", \\\"/hi\\\"]\\n' > Dockerfile", Output.DISCARD);
        sandbox.run("docker build -q -t hi .", Output.DISCARD);
        assertTrue(holds(new ImageCheck("hi", 3, false), 0), "alpine's layer, RUN and COPY; CMD makes none");
        assertEquals("the image hi with 3 layers on this machine", new ImageCheck("hi", 3, false).describe());
    }

    @Test
    void filesInTheWorkspaceOrInAContainer() {
        FileCheck dockerfile = new FileCheck("Dockerfile", null, "COPY ./app /app", false);
        assertFalse(holds(dockerfile, 0));
        sandbox.run("printf 'FROM alpine\\nCOPY ./app\\n' > Dockerfile", Output.DISCARD);
        assertFalse(holds(dockerfile, 0), "there, but without the destination");
        assertTrue(holds(new FileCheck("Dockerfile", null, null, false), 0));
        assertTrue(holds(new FileCheck("/home/learner/app/Dockerfile", null, "COPY", false), 0));
        sandbox.run("sed -i 's|COPY ./app|COPY ./app /app|' Dockerfile", Output.DISCARD);
        assertTrue(holds(dockerfile, 0));
        assertTrue(holds(new FileCheck("notes.txt", null, null, true), 0));

        FileCheck inside = new FileCheck("/tmp/mark", "box", "made inside", false);
        sandbox.run("docker run --name box alpine sh -c 'echo made inside > /tmp/mark'", Output.DISCARD);
        assertTrue(holds(inside, 0));
        assertFalse(holds(new FileCheck("/tmp/mark", null, null, false), 0), "not on the host");
        assertEquals("a file /tmp/mark in the container box containing \"made inside\"", inside.describe());
    }
}
