package io.github.berth.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.shell.Output;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Undo makes the sandbox again from its start and replays every change but the last. */
class SandboxUndoTest {
    private static String run(Sandbox sandbox, String line) {
        return sandbox.run(line, Output.DISCARD).record().stdout();
    }

    @Test
    void aSeededSandboxComesBackExactlyAsBeforeTheLastCommand() {
        Sandbox sandbox = new Sandbox(5L, Map.of("notes.txt", "hi\n".getBytes(StandardCharsets.UTF_8)), false);
        run(sandbox, "docker run --name first hello-world");
        run(sandbox, "touch made");
        Sandbox reference = new Sandbox(5L, Map.of("notes.txt", "hi\n".getBytes(StandardCharsets.UTF_8)), false);
        run(reference, "docker run --name first hello-world");
        run(reference, "touch made");
        run(sandbox, "docker run -d --name second alpine sleep 100");
        run(sandbox, "rm notes.txt");
        Sandbox.Undone undone = sandbox.undoLast();
        assertEquals("rm notes.txt", undone.undone().describe());
        Sandbox.Undone again = undone.sandbox().undoLast();
        assertEquals("docker run -d --name second alpine sleep 100", again.undone().describe());
        Sandbox twice = again.sandbox();
        String expected = run(reference, "docker ps -a --no-trunc") + run(reference, "ls");
        assertEquals(expected, run(twice, "docker ps -a --no-trunc") + run(twice, "ls"));
        assertTrue(expected.contains("first") && expected.contains("made\nnotes.txt\n"), expected);
    }

    @Test
    void aLiveSandboxReplaysWithItsRecordedInstantsAndItsOwnRandomSeed() throws Exception {
        Sandbox sandbox = new Sandbox(null, Map.of(), false);
        run(sandbox, "docker run --name first hello-world");
        Thread.sleep(1100); // so that a replay at the wrong time would show another "Created" column
        run(sandbox, "docker run -d --name second alpine sleep 1000");
        String inspect = run(sandbox, "docker inspect --format '{{.Id}} {{.Created}}' first second");
        run(sandbox, "docker rm -f second");
        Sandbox undone = sandbox.undoLast().sandbox();
        assertEquals(inspect, run(undone, "docker inspect --format '{{.Id}} {{.Created}}' first second"),
                "same ids (the session's random seed) and the same creation times (the recorded instants)");
    }

    @Test
    void savedFilesAreChangesTooAndBlankLinesAreNot() {
        Sandbox sandbox = new Sandbox(5L, Map.of(), false);
        assertFalse(sandbox.canUndo(0), "nothing to undo in a new sandbox");
        sandbox.files().write(sandbox.files().absolute("Dockerfile"), "FROM alpine\n".getBytes(StandardCharsets.UTF_8));
        run(sandbox, "");
        run(sandbox, "   ");
        assertTrue(sandbox.canUndo(0));
        Sandbox.Undone undone = sandbox.undoLast();
        assertInstanceOf(SessionLog.Write.class, undone.undone());
        assertEquals("saving /home/learner/app/Dockerfile", undone.undone().describe());
        assertFalse(undone.sandbox().canUndo(0));
        assertEquals("", run(undone.sandbox(), "ls"));
    }

    @Test
    void changesBeforeAMarkAreKept() {
        Sandbox sandbox = new Sandbox(5L, Map.of(), false);
        run(sandbox, "touch setup");
        int mark = sandbox.changes();
        assertFalse(sandbox.canUndo(mark));
        run(sandbox, "touch mine");
        assertTrue(sandbox.canUndo(mark));
        Sandbox undone = sandbox.undoLast().sandbox();
        assertFalse(undone.canUndo(mark));
        assertEquals("setup\n", run(undone, "ls"));
    }

    @Test
    void filesOpenRelativeToTheWorkingDirectoryAndRefuseDirectories() {
        Sandbox sandbox = new Sandbox(5L, Map.of("a/b.txt", "x".getBytes(StandardCharsets.UTF_8)), false);
        run(sandbox, "cd a");
        assertEquals(new SandboxFiles.Text("/home/learner/app/a/b.txt", "x", false), sandbox.files().open("b.txt"));
        assertEquals(new SandboxFiles.Text("/home/learner/app/a/new", "", true), sandbox.files().open("new"));
        assertEquals(new SandboxFiles.Refused("\"..\" is a directory"), sandbox.files().open(".."));
        assertEquals(new SandboxFiles.Refused("\"/usr/bin/docker\" is one of berth's simulated programs, not a text file"),
                sandbox.files().open("/usr/bin/docker"));
        assertEquals(java.util.Optional.of("Error writing /home/learner/app/a/b.txt/c: Not a directory"),
                sandbox.files().write("/home/learner/app/a/b.txt/c", new byte[0]));
    }

    @Test
    void pathsCompleteFromTheWorkingDirectoryWithDirectoriesEndingInASlash() {
        Sandbox sandbox = new Sandbox(5L, Map.of("a/b.txt", "x".getBytes(StandardCharsets.UTF_8),
                "c.txt", "y".getBytes(StandardCharsets.UTF_8)), false);
        assertEquals(java.util.List.of("a/", "c.txt"), sandbox.files().complete(""));
        assertEquals(java.util.List.of("a/b.txt"), sandbox.files().complete("a/"));
        assertEquals(java.util.List.of(), sandbox.files().complete("nowhere/x"));
    }
}
