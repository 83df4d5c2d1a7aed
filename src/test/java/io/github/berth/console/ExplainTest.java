package io.github.berth.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.sandbox.Sandbox;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExplainTest {
    private final DockerSyntax syntax = new DockerSyntax(new Sandbox(1L, Map.of(), false).dockerCommands());

    @Test
    void explainsEachPartOfARun() {
        assertEquals(List.of(
                "docker                 the Docker client (CLI): it turns your words into a request to the daemon",
                "run                    Create and run a new container from an image",
                "  -d                   Run container in background and print container ID",
                "  --name web           Assign a name to the container",
                "hello-world            the image: the daemon looks for it locally and pulls it from the registry"
                        + " (Docker Hub unless the name starts with another registry's host) when it is missing",
                "/hello extra           the command to run in the container, instead of the image's default (CMD)",
                "",
                "Who does the work: CLI → daemon → (registry, if the image is missing) → a new container, started"),
                Explain.lines(syntax, "docker run -d --name web hello-world /hello extra"));
    }

    @Test
    void listingAsksOnlyTheDaemon() {
        List<String> lines = Explain.lines(syntax, "docker container ls -a");
        assertEquals("container ls           List containers", lines.get(1));
        assertEquals("  -a                   Show all containers (default shows just running)", lines.get(2));
        assertEquals("Who does the work: CLI → daemon: it answers from what it knows; no registry, no new container",
                lines.get(lines.size() - 1));
    }

    @Test
    void longMeaningsWrapUnderTheirColumn() {
        List<String> wide = Explain.lines(syntax, "docker run hello-world", 500);
        List<String> narrow = Explain.lines(syntax, "docker run hello-world", 60);
        narrow.forEach(line -> assertTrue(line.length() <= 60, line));
        StringBuilder joined = new StringBuilder();
        for (String line : narrow) {
            boolean continuation = line.startsWith(" ".repeat(23));
            joined.append(continuation ? " " + line.substring(23) : (joined.length() > 0 ? "\n" : "") + line);
        }
        assertEquals(String.join("\n", wide), joined.toString(), "wrapping only moves words to new lines");
        assertTrue(narrow.size() > wide.size());
    }

    @Test
    void unknownWordsAreSaidToBeUnknown() {
        assertEquals("rn                     not a docker command berth knows; `docker --help` lists them",
                Explain.lines(syntax, "docker rn hello-world").get(1));
        assertEquals("  --bogus              not an option of docker ps", Explain.lines(syntax, "docker ps --bogus").get(2));
        assertEquals(List.of("explain knows docker commands: try `explain docker run -d --name web hello-world`."),
                Explain.lines(syntax, "ls -l"));
    }
}
