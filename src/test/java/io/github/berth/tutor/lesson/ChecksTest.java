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
        assertTrue(holds(new ContainerCheck("greeter", "hello-world", "exited", 0, false), 0));
        assertTrue(holds(new ContainerCheck(null, "docker.io/library/hello-world:latest", null, null, false), 0));
        assertFalse(holds(new ContainerCheck("other", null, null, null, false), 0));
        assertFalse(holds(new ContainerCheck("greeter", null, "running", null, false), 0));
        assertFalse(holds(new ContainerCheck("greeter", null, null, 1, false), 0));
    }

    @Test
    void absentHoldsWhenNoContainerMatches() {
        ContainerCheck gone = new ContainerCheck("greeter", null, null, null, true);
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
}
