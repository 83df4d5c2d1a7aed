package io.github.berth.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.console.CommandHighlighter.Role;
import io.github.berth.sandbox.Sandbox;
import io.github.berth.shell.Output;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.Test;

/** Completion and highlighting as pure functions of the typed text and the sandbox. */
class ConsoleSyntaxTest {
    private final Sandbox sandbox = new Sandbox(3L, Map.of(), false);
    private final DockerSyntax syntax = new DockerSyntax(sandbox.dockerCommands());
    private final CommandHighlighter highlighter =
            new CommandHighlighter(() -> syntax, Set.of("hint", "lesson"), new Theme(false));
    private final DockerCompleter completer =
            new DockerCompleter(() -> syntax, sandbox::engine, Map.of("hint", "show the next hint"));

    /** The roles of each word, as "word:ROLE" pairs, for readable assertions. */
    private String roles(String line) {
        Role[] roles = highlighter.roles(line);
        StringBuilder sb = new StringBuilder();
        for (Words.Word w : Words.split(line).words()) {
            sb.append(w.text()).append(':').append(roles[w.start()]).append(' ');
        }
        return sb.toString().strip();
    }

    @Test
    void knownCommandsAndFlags() {
        assertEquals("docker:COMMAND run:COMMAND -d:FLAG --name:FLAG web:PLAIN hello-world:PLAIN",
                roles("docker run -d --name web hello-world"));
        assertEquals("docker:COMMAND container:COMMAND ls:COMMAND -aq:FLAG", roles("docker container ls -aq"));
        assertEquals("docker:COMMAND ps:COMMAND --all=false:FLAG", roles("docker ps --all=false"));
    }

    @Test
    void mistakesShowBeforeEnter() {
        assertEquals("docker:COMMAND rn:ERROR hello-world:PLAIN", roles("docker rn hello-world"));
        assertEquals("docker:COMMAND ps:COMMAND --bogus:ERROR -x:ERROR", roles("docker ps --bogus -x"));
        assertEquals("docker:COMMAND container:COMMAND frob:ERROR", roles("docker container frob"));
    }

    @Test
    void whatFollowsTheImageBelongsToTheContainer() {
        assertEquals("docker:COMMAND run:COMMAND alpine:PLAIN ls:PLAIN -la:PLAIN", roles("docker run alpine ls -la"));
        assertEquals("docker:COMMAND run:COMMAND --name:FLAG x:PLAIN hello-world:PLAIN -z:PLAIN",
                roles("docker run --name x hello-world -z"));
    }

    @Test
    void quotedTextTutorWordsAndOtherCommands() {
        assertEquals("echo:PLAIN hi there:STRING", roles("echo 'hi there'"));
        assertEquals("hint:TUTOR", roles("hint"));
        assertEquals("echo:PLAIN hint:PLAIN", roles("echo hint"));
        assertEquals("echo:PLAIN x:PLAIN docker:COMMAND ps:COMMAND", roles("echo x && docker ps"));
    }

    @Property(tries = 300)
    void highlightingNeverChangesTheText(@ForAll String line) {
        assertEquals(line, highlighter.highlight(line).toString());
    }

    private List<String> values(String... before) {
        return completer.candidates(List.of(before)).stream().map(Candidate::value).toList();
    }

    @Test
    void completesCommandsGroupsAndTutorWords() {
        assertEquals(List.of("docker", "hint"), values());
        assertTrue(values("docker").containsAll(List.of("run", "ps", "images", "pull", "container", "image")),
                values("docker").toString());
        assertEquals(List.of("run", "ls", "list", "ps", "start", "stop", "kill", "restart", "rename", "rm", "remove",
                "logs", "inspect", "create", "exec", "pause", "unpause", "top", "stats", "update", "wait", "attach", "port", "prune", "diff", "cp",
                "commit", "export"),
                values("docker", "container"));
        assertEquals(List.of(), values("echo"));
    }

    @Test
    void flagsComeWithTheirShortFormAsOneEntry() {
        List<Candidate> flags = completer.candidates(List.of("docker", "ps"));
        Candidate all = flags.stream().filter(c -> c.value().equals("--all")).findFirst().orElseThrow();
        Candidate a = flags.stream().filter(c -> c.value().equals("-a")).findFirst().orElseThrow();
        assertEquals(all.key(), a.key(), "JLine merges candidates with the same key into one entry");
        assertEquals("Show all containers (default shows just running)", all.descr());
    }

    @Test
    void imagesComeFromTheEngineAndTheRegistry() {
        List<Candidate> before = completer.candidates(List.of("docker", "run"));
        assertTrue(before.stream().anyMatch(c -> c.value().equals("hello-world:latest") && c.group().equals("Docker Hub")),
                "the registry's images are offered before they are pulled");
        sandbox.run("docker pull hello-world", Output.DISCARD);
        List<Candidate> after = completer.candidates(List.of("docker", "run"));
        assertEquals(List.of("Images"), after.stream().filter(c -> c.value().equals("hello-world:latest"))
                .map(Candidate::group).toList(), "once pulled it is offered once, as a local image");
        assertTrue(values("docker", "pull").contains("alpine:latest"));
        assertEquals(List.of(), values("docker", "run", "hello-world"), "after the image: the container's command");
    }

    @Test
    void dockerCpCompletesContainerNamesWithTheirColon() {
        sandbox.run("docker create --name box alpine", Output.DISCARD);
        List<Candidate> cp = completer.candidates(List.of("docker", "cp")).stream()
                .filter(c -> c.group() != null && c.group().equals("Containers")).toList();
        assertEquals(List.of("box:"), cp.stream().map(Candidate::value).toList());
        assertEquals(false, cp.get(0).complete(), "no space after the colon");
    }
}
