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
        Exchange current = null;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!inBlock) {
                inBlock = line.strip().equals("```console");
                continue;
            }
            if (line.strip().equals("```")) {
                inBlock = false;
                current = add(exchanges, current);
            } else if (line.startsWith("$ ")) {
                add(exchanges, current);
                current = new Exchange(i + 1, line.substring(2), new ArrayList<>());
            } else if (current != null && line.startsWith("> ") && current.expected().isEmpty()) {
                current = new Exchange(current.line(), current.input() + "\n" + line.substring(2), current.expected());
            } else if (current != null) {
                current.expected().add(line);
            }
        }
        add(exchanges, current);
        return new Transcript(lesson, seed, List.copyOf(exchanges));
    }

    private static Exchange add(List<Exchange> exchanges, Exchange exchange) {
        if (exchange != null && !exchanges.contains(exchange)) {
            exchanges.add(new Exchange(exchange.line(), exchange.input(), List.copyOf(exchange.expected())));
        }
        return null;
    }
}
