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
import org.junit.jupiter.api.Timeout;

/**
 * Piped input and {@code --jsonl}: a command that would hold the prompt ends as if Ctrl-C came at
 * once, with the {@code ^C} echo in its output, so a script never hangs.
 */
@Timeout(60)
class ScriptedForegroundTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String input, boolean jsonl) throws Exception {
        return LineMode.run(new Sandbox(1L, Map.of(), false), new BufferedReader(new StringReader(input)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                jsonl);
    }

    @Test
    void jsonlRecordsTheHeldCommandsAsEndedByCtrlC() throws Exception {
        run("docker run -d --name web nginx\ndocker logs -f web\ndocker run --name fg nginx\ndocker wait web\n"
                + "docker ps -a --format '{{.Names}} {{.State}}'\n", true);
        List<JsonNode> records = new java.util.ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : out.toString(StandardCharsets.UTF_8).lines().toList()) {
            records.add(json.readTree(line));
        }
        assertEquals(5, records.size());
        assertEquals(130, records.get(1).get("exit").asInt());
        assertTrue(records.get(1).get("stdout").asText().endsWith("ready for start up\n^C"));
        assertEquals(0, records.get(2).get("exit").asInt());
        assertTrue(records.get(2).get("stderr").asText().endsWith("[notice] 1#1: exit\n"));
        assertEquals(130, records.get(3).get("exit").asInt());
        assertEquals("^C", records.get(3).get("stdout").asText());
        assertEquals("fg exited\nweb running\n", records.get(4).get("stdout").asText());
    }

    @Test
    void pipedLinesGoOnAfterAHeldCommand() throws Exception {
        int status = run("docker run -d --name web nginx >/dev/null\ndocker wait web\necho next\n", false);
        assertEquals("^Cnext\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(0, status);
    }
}
