package io.github.berth.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.berth.sandbox.Sandbox;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineModeTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String input, boolean jsonl) throws Exception {
        return LineMode.run(new Sandbox(1L, Map.of(), false), new BufferedReader(new StringReader(input)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                jsonl);
    }

    @Test
    void jsonlPrintsOneRecordPerCommand() throws Exception {
        run("docker run hello-world\ndocker ps -a -q\n", true);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, lines.size(), lines.toString());
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertEquals(List.of("cmd", "exit", "stdout", "stderr"), iterable(first.fieldNames()));
        assertEquals("docker run hello-world", first.get("cmd").asText());
        assertEquals(0, first.get("exit").asInt());
        assertTrue(first.get("stdout").asText().startsWith("\nHello from Docker!\n"));
        assertTrue(first.get("stderr").asText().startsWith("Unable to find image 'hello-world:latest' locally\n"));
        JsonNode second = json.readTree(lines.get(1));
        assertTrue(second.get("stdout").asText().matches("[0-9a-f]{12}\n"), second.toString());
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }

    @Test
    void plainLinesPrintOnlyWhatCommandsPrintOnTheirOwnStreams() throws Exception {
        int status = run("echo hi\nnosuch\n", false);
        assertEquals("hi\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("bash: nosuch: command not found\n", err.toString(StandardCharsets.UTF_8));
        assertEquals(127, status, "the status of the last command");
    }

    @Test
    void anUnfinishedCommandTakesTheNextLines() throws Exception {
        run("echo 'a\nb'\n", true);
        JsonNode record = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8).strip());
        assertEquals("echo 'a\nb'", record.get("cmd").asText());
        assertEquals("a\nb\n", record.get("stdout").asText());
    }

    @Test
    void exitStopsReadingWithItsStatus() throws Exception {
        assertEquals(3, run("exit 3\necho never\n", false));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void blankLinesAreSkipped() throws Exception {
        run("\n   \necho x\n", true);
        assertEquals(1, out.toString(StandardCharsets.UTF_8).lines().count());
    }
}
