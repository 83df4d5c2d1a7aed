package io.github.berth.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.sandbox.Sandbox;
import io.github.berth.tutor.Tutor;
import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.lesson.LessonSource;
import io.github.berth.tutor.progress.Progress;
import io.github.berth.tutor.transcript.Replayer;
import io.github.berth.tutor.transcript.Transcript;
import io.github.berth.tutor.transcript.TranscriptRecorder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jline.terminal.Size;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code berth record} at the prompt: a lesson solved while recording replays as a transcript of that lesson. */
@Timeout(30)
class RecordingTest {
    @TempDir
    Path dir;

    @Test
    void aLessonSolvedWhileRecordingReplaysAndCompletesIt() throws Exception {
        Catalog catalog = Catalog.load(LessonSource.builtIn());
        Path file = dir.resolve("words.md");
        // container-words: reading (one next), then four questions answered by letter, as its transcript
        String typed = "next\nundo\ndocker pull alpine\na\nb\na b\na\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DumbTerminal terminal = new DumbTerminal("test", "ansi",
                new ReplTest.ScriptedInput(typed.getBytes(StandardCharsets.UTF_8)), out, StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(100, 40));
            Tutor tutor = new Tutor(catalog, new Progress(), p -> { }, Clock.systemUTC(),
                    () -> new Sandbox(1L, Map.of(), true));
            Tutor.Feedback opening = tutor.open(catalog.lesson("container-words").orElseThrow());
            Repl repl = new Repl(terminal, tutor, dir.resolve("history"), true);
            TranscriptRecorder recorder = new TranscriptRecorder(file, "container-words", 1);
            repl.record(recorder);
            repl.run(opening);
        }
        String screen = out.toString(StandardCharsets.UTF_8);
        assertTrue(screen.contains("`undo` is not available while recording"), screen);
        String text = Files.readString(file);
        assertFalse(text.contains("$ undo"), text);
        assertTrue(text.contains("$ next\n$ docker pull alpine\nUsing default tag: latest\n"), text);
        Transcript transcript = Transcript.parse(text);
        assertEquals("container-words", transcript.lesson());
        assertEquals(List.of(), new Replayer(catalog).replay("words.md", transcript));
    }
}
