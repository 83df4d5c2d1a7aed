package io.github.berth.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.berth.sandbox.CommandRecord;
import io.github.berth.sandbox.Sandbox;
import io.github.berth.shell.Output;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;

/**
 * {@code berth sandbox} when standard input is not a terminal: reads input lines (an unfinished
 * command takes the following lines too) and prints only what the commands print, or with
 * {@code --jsonl} one JSON object per command: {@code {"cmd":…,"exit":…,"stdout":…,"stderr":…}}.
 */
final class LineMode {
    private LineMode() {}

    static int run(Sandbox sandbox, BufferedReader in, PrintStream out, PrintStream err, boolean jsonl)
            throws IOException {
        ObjectMapper json = jsonl ? new ObjectMapper() : null;
        Output direct = Output.of(out::print, err::print);
        int status = 0;
        String line;
        StringBuilder input = new StringBuilder();
        while ((line = in.readLine()) != null) {
            input.append(line);
            if (sandbox.needsMoreInput(input.toString())) {
                input.append('\n');
                continue;
            }
            String command = input.toString();
            input.setLength(0);
            if (command.isBlank()) {
                continue;
            }
            Sandbox.Result result = sandbox.run(command, jsonl ? Output.DISCARD : direct);
            status = result.record().exit();
            if (jsonl) {
                out.println(json.writeValueAsString(record(json, result.record())));
            }
            out.flush();
            if (result.exitRequested()) {
                return status;
            }
        }
        if (input.length() > 0) {
            // the input ended inside an unfinished command: let the shell report it
            Sandbox.Result result = sandbox.run(input.toString(), jsonl ? Output.DISCARD : direct);
            status = result.record().exit();
            if (jsonl) {
                out.println(json.writeValueAsString(record(json, result.record())));
            }
        }
        out.flush();
        return status;
    }

    private static ObjectNode record(ObjectMapper json, CommandRecord r) {
        ObjectNode node = json.createObjectNode();
        node.put("cmd", r.line());
        node.put("exit", r.exit());
        node.put("stdout", r.stdout());
        node.put("stderr", r.stderr());
        return node;
    }
}
