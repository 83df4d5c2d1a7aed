package io.github.berth.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.shell.Output;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The editor's files inside containers, named CONTAINER:PATH as docker cp names them. */
class ContainerFilesTest {
    private static String run(Sandbox sandbox, String line) {
        return sandbox.run(line, Output.DISCARD).record().stdout();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anExistingFileOfARunningContainerIsReadAndSavedIntoItsWritableLayer() {
        Sandbox sandbox = new Sandbox(3L, Map.of(), false);
        run(sandbox, "docker run -d --name web -p 8080:80 nginx");
        SandboxFiles.Opened opened = sandbox.files().open("web:/usr/share/nginx/html/index.html");
        SandboxFiles.Text text = assertInstanceOf(SandboxFiles.Text.class, opened);
        assertEquals("web:/usr/share/nginx/html/index.html", text.absolute());
        assertTrue(text.text().contains("Welcome to nginx!"), text.text());
        assertEquals(false, text.isNew());
        assertEquals(Optional.empty(), sandbox.files().write(text.absolute(), bytes("<h1>mine</h1>\n")));
        assertEquals("<h1>mine</h1>\n", run(sandbox, "curl -s localhost:8080"));
        assertEquals("<h1>mine</h1>\n", run(sandbox, "docker exec web cat /usr/share/nginx/html/index.html"));
        assertTrue(run(sandbox, "docker diff web").contains("C /usr/share/nginx/html/index.html\n"));
    }

    @Test
    void aNewFileInAStoppedContainerIsAddedAndARelativePathStartsAtTheRoot() {
        Sandbox sandbox = new Sandbox(3L, Map.of(), false);
        run(sandbox, "docker run --name box alpine true");
        SandboxFiles.Text text = assertInstanceOf(SandboxFiles.Text.class, sandbox.files().open("box:tmp/notes.txt"));
        assertEquals("box:/tmp/notes.txt", text.absolute());
        assertTrue(text.isNew());
        assertEquals(Optional.empty(), sandbox.files().write(text.absolute(), bytes("hello\n")));
        assertEquals("C /tmp\nA /tmp/notes.txt\n", run(sandbox, "docker diff box"));
        run(sandbox, "docker start box");
        assertEquals("hello\n", new String(sandbox.files().read("box:/tmp/notes.txt").orElseThrow(),
                StandardCharsets.UTF_8));
    }

    @Test
    void aContainerByIdPrefixAndTheSandboxFilesUntouched() {
        Sandbox sandbox = new Sandbox(3L, Map.of(), false);
        String id = run(sandbox, "docker create alpine").strip();
        String prefix = id.substring(0, 5);
        assertEquals(Optional.empty(), sandbox.files().write(sandbox.files().absolute(prefix + ":/hi"), bytes("x")));
        assertEquals("A /hi\n", run(sandbox, "docker diff " + prefix));
        assertEquals("", run(sandbox, "ls /hi 2>/dev/null"), "not written on the sandbox");
    }

    @Test
    void problemsAreTheDaemonsAndTheEditorsWords() {
        Sandbox sandbox = new Sandbox(3L, Map.of(), false);
        run(sandbox, "docker run --name box alpine true");
        assertEquals(new SandboxFiles.Refused("Error response from daemon: No such container: nope"),
                sandbox.files().open("nope:/etc/hosts"));
        assertEquals(new SandboxFiles.Refused("\"box:/etc\" is a directory"), sandbox.files().open("box:/etc"));
        assertEquals(Optional.of("Error writing box:/no/such/file: No such file or directory"),
                sandbox.files().write("box:/no/such/file", bytes("x")));
        assertInstanceOf(SandboxFiles.Text.class, sandbox.files().open("./box:x"), "a path starting with . is local");
    }

    @Test
    void savingIntoAContainerIsUndoneLikeAnyChange() {
        Sandbox sandbox = new Sandbox(3L, Map.of(), false);
        run(sandbox, "docker run --name box alpine true");
        sandbox.files().write("box:/tmp/motd", bytes("edited\n"));
        Sandbox.Undone undone = sandbox.undoLast();
        assertEquals("saving box:/tmp/motd", undone.undone().describe());
        assertEquals("", run(undone.sandbox(), "docker diff box"));
        Sandbox replayed = new Sandbox(3L, Map.of(), false);
        run(replayed, "docker run --name box alpine true");
        replayed.files().write("box:/tmp/motd", bytes("edited\n"));
        run(replayed, "echo");
        Sandbox kept = replayed.undoLast().sandbox();
        assertEquals("edited\n", new String(kept.files().read("box:/tmp/motd").orElseThrow(), StandardCharsets.UTF_8),
                "the saved file is replayed into the container made again");
        assertEquals("C /tmp\nA /tmp/motd\n", run(kept, "docker diff box"));
    }

    @Test
    void tabOffersContainerNamesWithAColonAndThenTheirFiles() {
        Sandbox sandbox = new Sandbox(3L, Map.of(), false);
        run(sandbox, "docker run --name web -d nginx");
        run(sandbox, "docker run --name worker alpine true");
        assertEquals(List.of("web:", "worker:"), sandbox.files().complete("w"));
        List<String> inNginx = sandbox.files().complete("web:/usr/share/nginx/html/");
        assertEquals(List.of("web:/usr/share/nginx/html/50x.html", "web:/usr/share/nginx/html/index.html"),
                inNginx.stream().sorted().toList());
        assertEquals(List.of(), sandbox.files().complete("gone:/"));
    }
}
