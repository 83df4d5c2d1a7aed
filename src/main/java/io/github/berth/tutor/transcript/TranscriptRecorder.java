package io.github.berth.tutor.transcript;

import io.github.berth.tutor.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a live session as a transcript ({@code berth record FILE}) that {@code berth replay}
 * runs again: the file is rewritten after every exchange, so quitting or a crash keeps all
 * that was done. Shell commands are written with their output; {@code next} and quiz answers
 * with none (the replayer gives them to the tutor); a file saved in the editor as {@code edit
 * PATH} with the content on continuation lines.
 */
public final class TranscriptRecorder {
    /** The marker, as in diff, for content that does not end with a newline. */
    static final String NO_NEWLINE = "\\ No newline at end of file";

    private final Path file;
    private final String lesson;
    private final long seed;
    private final List<String> block = new ArrayList<>();

    public TranscriptRecorder(Path file, String lesson, long seed) {
        this.file = file;
        this.lesson = lesson;
        this.seed = seed;
    }

    public Path file() {
        return file;
    }

    /** Writes the transcript with no exchanges yet, so the file is there from the start. */
    public void start() throws IOException {
        save();
    }

    /** A shell command and everything it printed (standard output and error as they came). */
    public void command(String input, String output) throws IOException {
        input(input);
        if (!output.isEmpty()) {
            for (String line : output.replaceFirst("\n$", "").split("\n", -1)) {
                block.add(escape(line));
            }
        }
        save();
    }

    /** An input the tutor took ({@code next}, an answer), which prints nothing in a transcript. */
    public void tutorInput(String input) throws IOException {
        input(input);
        save();
    }

    /** A file saved in the editor, by the path the learner typed. */
    public void edit(String path, String text) throws IOException {
        block.add("$ edit " + path);
        if (!text.isEmpty()) {
            boolean newline = text.endsWith("\n");
            for (String line : (newline ? text.substring(0, text.length() - 1) : text).split("\n", -1)) {
                block.add("> " + line);
            }
            if (!newline) {
                block.add("> " + NO_NEWLINE);
            }
        }
        save();
    }

    private void input(String input) {
        String[] lines = input.split("\n", -1);
        block.add("$ " + lines[0]);
        for (int i = 1; i < lines.length; i++) {
            block.add("> " + lines[i]);
        }
    }

    /**
     * An output line the transcript reader would take for something else (a new input, a continued
     * input, the end of the block) gets a leading {@code [..]}: it matches any text, none included.
     */
    private static String escape(String line) {
        boolean ambiguous = line.startsWith("$ ") || line.startsWith("> ") || line.strip().equals("```");
        return ambiguous ? "[..]" + line : line;
    }

    /** The transcript as it stands. */
    public String text() {
        StringBuilder sb = new StringBuilder("---\n");
        if (lesson != null) {
            sb.append("lesson: ").append(lesson).append('\n');
        }
        sb.append("seed: ").append(seed).append("\n---\n");
        sb.append("# A recorded berth session\n\n");
        sb.append("Recorded with `berth record`")
                .append(lesson == null ? " in the sandbox" : " in the lesson `" + lesson + "`")
                .append("; `berth replay` runs it again and reports any difference.\n\n");
        sb.append("```console\n");
        block.forEach(line -> sb.append(line).append('\n'));
        sb.append("```\n");
        return sb.toString();
    }

    private void save() throws IOException {
        AtomicFile.write(file, text().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The content of an {@code edit} exchange: the lines after {@code edit PATH}, each ending with a
     * newline unless the last is the no-newline marker.
     */
    static String editedText(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i == lines.size() - 1 && lines.get(i).equals(NO_NEWLINE)) {
                sb.setLength(Math.max(0, sb.length() - 1));
                break;
            }
            sb.append(lines.get(i)).append('\n');
        }
        return sb.toString();
    }
}
