package io.github.berth.console;

import io.github.berth.shell.Output;
import io.github.berth.tutor.transcript.TranscriptRecorder;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The prompt's side of {@code berth record}: copies each shell command's output into the
 * transcript, notes {@code next}, quiz answers and saved files, and refuses the tutor's words
 * that rebuild the sandbox (a transcript replays one sandbox from its start, in order).
 */
final class Recording {
    /** Tutor words a transcript cannot replay: they go back in time or to another lesson. */
    private static final Set<String> REFUSED = Set.of("undo", "back", "reset", "lesson", "lessons");

    private final TranscriptRecorder recorder;
    private final Consumer<String> warn;
    private final StringBuilder output = new StringBuilder();
    private boolean failed;

    Recording(TranscriptRecorder recorder, Consumer<String> warn) {
        this.recorder = recorder;
        this.warn = warn;
    }

    /** Why {@code word} is not available while recording, if it is not. */
    Optional<String> refusal(String word) {
        return REFUSED.contains(word)
                ? Optional.of("`" + word + "` is not available while recording (a transcript replays in order, "
                        + "from the start). Ctrl-D ends the recording.")
                : Optional.empty();
    }

    /** {@code terminal}, with everything written to it also kept for the transcript. */
    Output copying(Output terminal) {
        output.setLength(0);
        return Output.of(text -> {
            output.append(text);
            terminal.stdout(text);
        }, text -> {
            output.append(text);
            terminal.stderr(text);
        });
    }

    void shellRan(String input) {
        write(() -> recorder.command(input, output.toString()));
    }

    void tutorTook(String input) {
        write(() -> recorder.tutorInput(input));
    }

    void saved(String path, String text) {
        write(() -> recorder.edit(path, text));
    }

    private interface Write {
        void run() throws IOException;
    }

    private void write(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            if (!failed) {
                warn.accept("berth: cannot write the transcript " + recorder.file() + ": " + e.getMessage());
            }
            failed = true;
        }
    }
}
