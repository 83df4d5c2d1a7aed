package io.github.berth.tutor.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.sandbox.Sandbox;
import io.github.berth.sandbox.SandboxFiles;
import io.github.berth.shell.Output;
import io.github.berth.tutor.Tutor;
import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.lesson.LessonSource;
import io.github.berth.tutor.progress.Progress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code berth record} writes replays exactly: commands, awkward output lines, heredocs and saved files. */
class TranscriptRecorderTest {
    @TempDir
    Path dir;

    private final Tutor tutor;
    private final Catalog catalog;

    TranscriptRecorderTest() throws Exception {
        catalog = Catalog.load(LessonSource.builtIn());
        tutor = new Tutor(catalog, new Progress(), p -> { }, Clock.systemUTC(), () -> new Sandbox(7L, Map.of(), true));
    }

    /** Runs {@code input} as the prompt would and records it with what it printed. */
    private void type(TranscriptRecorder rec, String input) throws Exception {
        StringBuilder out = new StringBuilder();
        tutor.sandbox().run(input, Output.of(out::append, out::append));
        tutor.afterCommand();
        rec.command(input, out.toString());
    }

    /** Saves a file as the editor does, and records it. */
    private void edit(TranscriptRecorder rec, String path, String text) throws Exception {
        SandboxFiles.Text file = (SandboxFiles.Text) tutor.sandbox().files().open(path);
        tutor.sandbox().files().write(file.absolute(), text.getBytes(StandardCharsets.UTF_8));
        rec.edit(path, text);
    }

    @Test
    void aRecordedSandboxSessionReplaysWithoutADifference() throws Exception {
        Path file = dir.resolve("session.md");
        TranscriptRecorder rec = new TranscriptRecorder(file, null, 7);
        rec.start();
        assertEquals(List.of(), Transcript.parse(Files.readString(file)).exchanges(), "the file exists from the start");
        edit(rec, "Dockerfile", "FROM alpine\n\nCMD [\"echo\", \"hi\"]\n");
        edit(rec, "notes.txt", "no newline at the end");
        type(rec, "cat Dockerfile; cat notes.txt; echo");
        type(rec, "printf '$ not an input\\n> nor this\\n```\\n'");
        type(rec, "cat <<EOF\nheredoc $((1 + 1))\nEOF");
        type(rec, "docker build -t hi .");
        type(rec, "docker run --name greeter hi");
        type(rec, "docker ps -a");
        type(rec, "ls /nowhere");

        String text = Files.readString(file);
        assertTrue(text.startsWith("---\nseed: 7\n---\n"), text);
        assertTrue(text.contains("$ edit notes.txt\n> no newline at the end\n> \\ No newline at end of file\n"), text);
        assertTrue(text.contains("\n[..]$ not an input\n[..]> nor this\n[..]```\n"), text);
        assertTrue(text.contains("$ cat <<EOF\n> heredoc $((1 + 1))\n> EOF\nheredoc 2\n"), text);
        assertTrue(text.contains("ls: cannot access '/nowhere': No such file or directory\n"), text);

        Transcript transcript = Transcript.parse(text);
        assertEquals(9, transcript.exchanges().size());
        assertEquals(List.of(), new Replayer(catalog).replay("session.md", transcript));
    }

    @Test
    void aReplayNoticesWhenTheSavedFileDiffers() throws Exception {
        Path file = dir.resolve("session.md");
        TranscriptRecorder rec = new TranscriptRecorder(file, null, 7);
        edit(rec, "a.txt", "one\n");
        type(rec, "cat a.txt");
        String changed = Files.readString(file).replace("> one", "> two");
        List<String> problems = new Replayer(catalog).replay("session.md", Transcript.parse(changed));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("output of `cat a.txt` differs"), problems.get(0));
    }

    @Test
    void aFileSavedInsideAContainerIsRecordedAndReplayed() throws Exception {
        Path file = dir.resolve("session.md");
        TranscriptRecorder rec = new TranscriptRecorder(file, null, 7);
        type(rec, "docker run --name box alpine true");
        edit(rec, "box:/tmp/note", "inside\n");
        type(rec, "docker diff box");
        String text = Files.readString(file);
        assertTrue(text.contains("$ edit box:/tmp/note\n> inside\n"), text);
        assertTrue(text.contains("A /tmp/note\n"), text);
        assertEquals(List.of(), new Replayer(catalog).replay("session.md", Transcript.parse(text)));
        String changed = text.replace("> inside", "> other").replace("A /tmp/note", "A /tmp/nowhere");
        assertEquals(1, new Replayer(catalog).replay("session.md", Transcript.parse(changed)).size());
    }

    @Test
    void editedTextKeepsAMissingFinalNewlineAndEmptyFiles() {
        assertEquals("a\n\nb\n", TranscriptRecorder.editedText(List.of("a", "", "b")));
        assertEquals("a\nb", TranscriptRecorder.editedText(List.of("a", "b", TranscriptRecorder.NO_NEWLINE)));
        assertEquals("", TranscriptRecorder.editedText(List.of()));
    }
}
