package io.github.berth.tutor.transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * A recorded session: Markdown whose {@code ```console} blocks hold input lines (after
 * {@code "$ "}, continued after {@code "> "}) each followed by its expected output. An optional
 * front matter names the lesson it solves and the seed ({@code lesson: ID}, {@code seed: N}).
 */
public record Transcript(String lesson, long seed, List<Exchange> exchanges) {
    public static final long DEFAULT_SEED = 1;

    /** One input and the output lines expected from it, with the line it starts on in the file. */
    public record Exchange(int line, String input, List<String> expected) {}

    public static Transcript parse(String markdown) {
        List<String> lines = markdown.lines().toList();
        String lesson = null;
        long seed = DEFAULT_SEED;
        int i = 0;
        if (!lines.isEmpty() && lines.get(0).equals("---")) {
            for (i = 1; i < lines.size() && !lines.get(i).equals("---"); i++) {
                String[] kv = lines.get(i).split(":", 2);
                if (kv.length == 2 && kv[0].strip().equals("lesson")) {
                    lesson = kv[1].strip();
                } else if (kv.length == 2 && kv[0].strip().equals("seed")) {
                    seed = Long.parseLong(kv[1].strip());
                }
            }
            i++;
        }
        List<Exchange> exchanges = new ArrayList<>();
        boolean inBlock = false;
        int inputLine = 0;
        StringBuilder input = null;
        List<String> expected = new ArrayList<>();
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean blockEnds = inBlock && line.strip().equals("```");
            boolean nextInput = inBlock && line.startsWith("$ ");
            if ((blockEnds || nextInput) && input != null) {
                exchanges.add(new Exchange(inputLine, input.toString(), List.copyOf(expected)));
                input = null;
                expected.clear();
            }
            if (!inBlock) {
                inBlock = line.strip().equals("```console");
            } else if (blockEnds) {
                inBlock = false;
            } else if (nextInput) {
                inputLine = i + 1;
                input = new StringBuilder(line.substring(2));
            } else if (input != null && expected.isEmpty() && line.startsWith("> ")) {
                input.append('\n').append(line.substring(2)); // a continuation line of the input
            } else if (input != null) {
                expected.add(line);
            }
        }
        if (input != null) {
            exchanges.add(new Exchange(inputLine, input.toString(), List.copyOf(expected)));
        }
        return new Transcript(lesson, seed, List.copyOf(exchanges));
    }
}
