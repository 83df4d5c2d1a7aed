package io.github.berth.tutor.transcript;

import io.github.berth.sandbox.Sandbox;
import io.github.berth.sandbox.SandboxFiles;
import io.github.berth.shell.Output;
import io.github.berth.tutor.Tutor;
import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.lesson.Lesson;
import io.github.berth.tutor.progress.Progress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a transcript in a fresh seeded sandbox and reports every difference from what it
 * expects. A transcript that names a lesson runs inside that lesson and must complete it.
 */
public final class Replayer {
    private final Catalog catalog;

    public Replayer(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The differences, each a readable paragraph; empty when the transcript replays exactly. */
    public List<String> replay(String name, Transcript transcript) {
        List<String> problems = new ArrayList<>();
        Tutor tutor = new Tutor(catalog, new Progress(), p -> { }, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC),
                () -> new Sandbox(transcript.seed(), Map.of(), true));
        Optional<Lesson> lesson = Optional.empty();
        if (transcript.lesson() != null) {
            lesson = catalog.lesson(transcript.lesson());
            if (lesson.isEmpty()) {
                problems.add(name + ": names lesson '" + transcript.lesson() + "', which does not exist");
                return problems;
            }
            tutor.open(lesson.get());
        }
        for (Transcript.Exchange exchange : transcript.exchanges()) {
            StringBuilder combined = new StringBuilder();
            // `next` and answers to quiz questions talk to the tutor, not the shell; the console shows
            // what the tutor says, so here they print nothing
            String[] edit = exchange.input().split("\n", -1)[0].strip().split("\\s+");
            if (exchange.input().strip().equals("next")) {
                tutor.next();
            } else if (edit.length == 2 && (edit[0].equals("edit") || edit[0].equals("nano"))) {
                saveEdited(tutor, edit[1], exchange.input(), combined);
            } else if (tutor.answer(exchange.input()).isEmpty()) {
                tutor.sandbox().run(exchange.input(), Output.of(combined::append, combined::append));
                tutor.afterCommand();
            }
            List<String> actual = combined.length() == 0 ? List.of()
                    : List.of(combined.toString().replaceFirst("\n$", "").split("\n", -1));
            if (!OutputMatcher.matches(exchange.expected(), actual)) {
                problems.add(name + ":" + exchange.line() + ": output of `" + exchange.input() + "` differs\n"
                        + "--- expected\n" + String.join("\n", exchange.expected()) + "\n"
                        + "+++ actual\n" + String.join("\n", actual));
            }
        }
        if (lesson.isPresent() && !tutor.isDone(lesson.get())) {
            problems.add(name + ": does not complete lesson '" + lesson.get().id() + "' (it stops at step '"
                    + tutor.step().map(s -> s.id()).orElse("?") + "')");
        }
        return problems;
    }

    /** A file saved in the editor: the lines after {@code edit PATH} are its content, written as the editor writes. */
    private static void saveEdited(Tutor tutor, String path, String input, StringBuilder out) {
        List<String> lines = List.of(input.split("\n", -1));
        String text = TranscriptRecorder.editedText(lines.subList(1, lines.size()));
        SandboxFiles files = tutor.sandbox().files();
        SandboxFiles.Opened opened = files.open(path);
        if (opened instanceof SandboxFiles.Refused refused) {
            out.append("edit: ").append(refused.message()).append('\n');
            return;
        }
        SandboxFiles.Text file = (SandboxFiles.Text) opened;
        files.write(file.absolute(), text.getBytes(StandardCharsets.UTF_8))
                .ifPresent(error -> out.append("edit: ").append(error).append('\n'));
        tutor.afterCommand();
    }
}
