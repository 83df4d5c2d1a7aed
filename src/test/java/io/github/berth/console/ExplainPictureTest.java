package io.github.berth.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.sandbox.Sandbox;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExplainPictureTest {
    private final DockerSyntax syntax = new DockerSyntax(new Sandbox(1L, Map.of(), false).dockerCommands());

    /** The picture: what follows the "Who does the work" line and the blank line after it. */
    private List<String> picture(String command, boolean plain) {
        List<String> lines = Explain.lines(syntax, command, 200, plain);
        int who = 0;
        while (!lines.get(who).startsWith("Who does the work: CLI " + (plain ? "->" : "→") + " daemon")) {
            who++;
        }
        assertEquals("", lines.get(who + 1));
        return lines.subList(who + 2, lines.size());
    }

    @Test
    void runGoesThroughEveryPart() {
        assertEquals(List.of(
                "┌─────┐                ┌────────┐                    ┌──────────┐",
                "│ CLI │───────────────▶│ daemon │───────────────────▶│ registry │",
                "└─────┘    request     └────┬───┘  pull if missing   └──────────┘",
                "                            │",
                "                            │ create + start",
                "                            ▼",
                "                      ┌───────────┐",
                "                      │ container │",
                "                      └───────────┘"), picture("docker run -d --name web nginx", false));
    }

    @Test
    void psAsksOnlyTheDaemonAndTheOthersAreDashed() {
        assertEquals(List.of(
                "┌─────┐                ┌────────┐                    ┌┄┄┄┄┄┄┄┄┄┄┐",
                "│ CLI │───────────────▶│ daemon │                    ┆ registry ┆",
                "└─────┘    request     └────────┘                    └┄┄┄┄┄┄┄┄┄┄┘",
                "                      ┌┄┄┄┄┄┄┄┄┄┄┄┐",
                "                      ┆ container ┆",
                "                      └┄┄┄┄┄┄┄┄┄┄┄┘"), picture("docker ps -a", false));
        assertEquals(picture("docker ps", false), picture("docker container ls", false), "same command, same path");
    }

    @Test
    void buildSendsTheContextInPlainAscii() {
        assertEquals(List.of(
                "+-----+                +--------+                    +----------+",
                "| CLI |--------------->| daemon |------------------->| registry |",
                "+-----+  context sent  +--------+  FROM, if missing  +----------+",
                "                      .............",
                "                      : container :",
                "                      .............",
                "Taking part: CLI, daemon, registry; not taking part (dotted): container."),
                picture("docker build -t app .", true));
    }

    @Test
    void execReachesARunningContainerWithoutTheRegistry() {
        List<String> plain = picture("docker exec -it web sh", true);
        assertEquals("                            | run a process", plain.get(4));
        assertEquals("Taking part: CLI, daemon, container; not taking part (dotted): registry.",
                plain.get(plain.size() - 1));
        plain.forEach(line -> assertTrue(line.chars().allMatch(c -> c < 128), "ASCII only: " + line));
    }

    @Test
    void aManagementGroupDecidesWhichPartsTakePart() {
        assertEquals(picture("docker run nginx", true), picture("docker container run nginx", true));
        assertEquals(picture("docker pull nginx", true), picture("docker image pull nginx", true));
        assertEquals(picture("docker ps", true), picture("docker image rm nginx", true), "an image, not a container");
        assertEquals(picture("docker ps", true), picture("docker network create net", true));
        assertEquals("Taking part: CLI, daemon, container; not taking part (dotted): registry.",
                picture("docker container rm web", true).get(9));
    }

    @Test
    void noPictureForWhatIsNotADockerCommand() {
        assertEquals(Explain.lines(syntax, "docker rn x", 200), Explain.lines(syntax, "docker rn x", 200, false));
        assertEquals(Explain.lines(syntax, "ls -l", 200), Explain.lines(syntax, "ls -l", 200, true));
    }
}
