package io.github.berth.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.tutor.LessonTester;
import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.lesson.LessonSource;
import io.github.berth.tutor.lesson.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code berth new DIR}: a starter course that lints clean, is solvable, and never overwrites anything. */
class NewCmdTest {
    @TempDir
    Path tmp;

    @RegisterExtension
    final StdStreams streams = new StdStreams();

    @Test
    void theStarterCourseHasNoProblemsAndEveryLessonInItCanBeSolved() throws Exception {
        Path dir = tmp.resolve("class");
        assertEquals(0, Main.run("new", dir.toString()));
        assertTrue(streams.out().startsWith("Created a course in " + dir + ":\n"
                + "  course.yaml             the modules, in the order learners meet them\n"), streams.out());
        for (String file : NewCmd.files().keySet()) {
            assertTrue(Files.isRegularFile(dir.resolve(file)), file);
        }
        assertEquals(List.of(), Catalog.lint(LessonSource.directory(dir)));
        Catalog catalog = Catalog.load(LessonSource.directory(dir));
        assertEquals(List.of(), new LessonTester(catalog).test(catalog.lessons().get(0)));
        Step quiz = catalog.lessons().get(0).steps().get(2);
        assertEquals(7, quiz.questions().size(), "four in the lesson, three from the GIFT file");
        assertEquals(Files.readString(Path.of("schema/lesson.schema.json")), Files.readString(dir.resolve("lesson.schema.json")));
    }

    @Test
    void aFolderThatIsNotEmptyIsLeftAsItIs() throws Exception {
        Files.writeString(tmp.resolve("notes.txt"), "mine");
        assertEquals(1, Main.run("new", tmp.toString()));
        assertEquals("berth new: " + tmp + " already exists and is not an empty folder; nothing was written (choose a "
                + "new folder)\n", streams.err());
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(tmp.resolve("notes.txt")), files.toList());
        }
    }
}
