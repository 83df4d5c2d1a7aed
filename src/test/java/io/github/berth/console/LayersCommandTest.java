package io.github.berth.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.sandbox.Sandbox;
import io.github.berth.shell.Output;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** `layers IMAGE`: the image's layers as a stack with the sizes `docker history` shows. */
class LayersCommandTest {
    @Test
    void aBuiltImageShowsEachLayerOnTopOfItsBase() {
        Sandbox sandbox = new Sandbox(1L, Map.of("Dockerfile",
                "FROM alpine\nCOPY notes.txt /notes.txt\nCMD [\"cat\", \"/notes.txt\"]\n".getBytes(StandardCharsets.UTF_8),
                "notes.txt", "hello\n".getBytes(StandardCharsets.UTF_8)), false);
        sandbox.run("docker build -q -t notes .", Output.DISCARD);
        String history = sandbox.run("docker history notes", Output.DISCARD).record().stdout();
        List<String> lines = LayersCommand.lines(sandbox.engine(), "notes", 70);
        String shown = String.join("\n", lines);
        assertTrue(lines.get(0).startsWith("notes  (image "), shown);
        assertTrue(lines.get(0).endsWith(": 2 layers, 7.83MB)"), shown);
        assertEquals("  ┌" + "─".repeat(66) + "┐", lines.get(1));
        assertTrue(lines.get(2).contains("a container's own writable layer goes here") && lines.get(2).contains("(docker run)"), shown);
        assertEquals("  │ COPY notes.txt /notes.txt" + " ".repeat(30) + "6B  built │", lines.get(4), shown);
        assertTrue(lines.get(6).startsWith("  │ ADD alpine-minirootfs-3.21.3-x86_64.tar.gz /") && lines.get(6).endsWith("7.83MB │"), shown);
        assertTrue(history.contains("COPY notes.txt /notes.txt"), history);
        assertTrue(lines.get(lines.size() - 1).startsWith("  Settings only, no layer: "), shown);
        assertTrue(lines.get(lines.size() - 1).contains("CMD [\"cat\" \"/notes.txt\"]"), shown);
        lines.subList(1, lines.size() - 1).forEach(line -> assertEquals(70, line.length(), shown));
    }

    @Test
    void aMissingImageGetsDockersMessage() {
        Sandbox sandbox = new Sandbox(1L, Map.of(), false);
        assertEquals(List.of("layers: No such image: nope:latest"), LayersCommand.lines(sandbox.engine(), "nope", 80));
    }

    @Test
    void eachLayerOfTheLatestBuildSaysWhetherItCameFromTheCache() {
        Sandbox sandbox = new Sandbox(1L, Map.of("Dockerfile",
                "FROM alpine\nCOPY a.txt /a.txt\nRUN echo ran > /ran\nCOPY b.txt /b.txt\n".getBytes(StandardCharsets.UTF_8),
                "a.txt", "a\n".getBytes(StandardCharsets.UTF_8), "b.txt", "b\n".getBytes(StandardCharsets.UTF_8)), false);
        sandbox.run("docker build -q -t ab .", Output.DISCARD);
        String first = String.join("\n", LayersCommand.lines(sandbox.engine(), "ab", 70));
        assertEquals(3, first.split("  built │", -1).length - 1, first);
        sandbox.run("echo changed > b.txt", Output.DISCARD);
        sandbox.run("docker build -q -t ab .", Output.DISCARD);
        List<String> lines = LayersCommand.lines(sandbox.engine(), "ab", 70);
        String shown = String.join("\n", lines);
        assertTrue(lines.get(4).startsWith("  │ COPY b.txt /b.txt") && lines.get(4).endsWith("  built │"), shown);
        assertTrue(lines.get(6).startsWith("  │ RUN /bin/sh -c echo ran > /ran") && lines.get(6).endsWith("  cached │"), shown);
        assertTrue(lines.get(8).startsWith("  │ COPY a.txt /a.txt") && lines.get(8).endsWith("  cached │"), shown);
        assertTrue(lines.get(10).endsWith("7.83MB │"), "the base image's layer was pulled, not built\n" + shown);
    }
}
