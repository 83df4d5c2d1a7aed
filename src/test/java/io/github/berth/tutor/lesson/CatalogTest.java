package io.github.berth.tutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {
    @TempDir
    Path dir;

    @Test
    void theBuiltInCourseLoads() throws Exception {
        Catalog catalog = Catalog.load(LessonSource.builtIn());
        assertEquals(List.of("first-steps"), catalog.modules().stream().map(Module::id).toList());
        Lesson first = catalog.lesson("first-container").orElseThrow();
        assertEquals("Your first container", first.title());
        assertEquals(List.of("welcome", "run-hello", "list-containers"), first.steps().stream().map(Step::id).toList());
        assertEquals(2, first.taskCount());
    }

    private void course(String lessonYaml) throws Exception {
        Files.writeString(dir.resolve("course.yaml"), "schemaVersion: 1\nmodules: [m]\n");
        Files.createDirectories(dir.resolve("m"));
        Files.writeString(dir.resolve("m/module.yaml"), "id: m\ntitle: M\nlessons: [l.yaml]\n");
        Files.writeString(dir.resolve("m/l.yaml"), lessonYaml);
    }

    private String error(String lessonYaml) throws Exception {
        course(lessonYaml);
        return assertThrows(LessonException.class, () -> Catalog.load(LessonSource.directory(dir))).getMessage();
    }

    @Test
    void anUnknownFieldIsReportedWithItsPlace() throws Exception {
        String message = error("schemaVersion: 1\nid: l\ntitle: L\nsteps:\n  - id: a\n    type: text\n    body: hi\n"
                + "    bdy: typo\n");
        assertTrue(message.startsWith("m/l.yaml:8:5: "), message);
        assertTrue(message.contains("unknown field 'bdy'"), message);
    }

    @Test
    void aBadCheckIsReportedWithItsPlace() throws Exception {
        String message = error("schemaVersion: 1\nid: l\ntitle: L\nsteps:\n  - id: a\n    type: task\n    body: hi\n"
                + "    check:\n      - container: {status: sleeping}\n");
        assertTrue(message.startsWith("m/l.yaml:9:"), message);
        assertTrue(message.contains("unknown container status 'sleeping'"), message);
    }

    @Test
    void aTaskWithoutChecksIsRejected() throws Exception {
        String message = error("schemaVersion: 1\nid: l\ntitle: L\nsteps:\n  - id: a\n    type: task\n    body: hi\n");
        assertEquals("m/l.yaml: task step 'a' needs a 'check:' list", message);
    }

    @Test
    void duplicateStepIdsAreRejected() throws Exception {
        String message = error("schemaVersion: 1\nid: l\ntitle: L\nsteps:\n"
                + "  - {id: a, type: text, body: x}\n  - {id: a, type: text, body: y}\n");
        assertEquals("m/l.yaml: step id 'a' is used twice", message);
    }

    @Test
    void aMissingRequiredFieldIsNamed() throws Exception {
        String message = error("schemaVersion: 1\nid: l\nsteps:\n  - {id: a, type: text, body: x}\n");
        assertTrue(message.contains("title"), message);
    }

    @Test
    void brokenYamlIsReportedNotThrownAsABug() throws Exception {
        String message = error("schemaVersion: 1\nid: [unclosed\n");
        assertTrue(message.startsWith("m/l.yaml:"), message);
    }

    @Test
    void aMissingFileIsNamed() throws Exception {
        Files.writeString(dir.resolve("course.yaml"), "schemaVersion: 1\nmodules: [nope]\n");
        String message = assertThrows(LessonException.class, () -> Catalog.load(LessonSource.directory(dir)))
                .getMessage();
        assertTrue(message.startsWith("nope/module.yaml: cannot read"), message);
    }
}
