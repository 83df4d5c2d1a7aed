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
        assertEquals(List.of("why-containers", "first-steps", "dockerfiles", "registries", "docker-cli", "aws"), catalog.modules().stream().map(Module::id).toList());
        Lesson first = catalog.lesson("first-container").orElseThrow();
        assertEquals("Your first container", first.title());
        assertEquals(List.of("welcome", "run-hello", "list-containers"), first.steps().stream().map(Step::id).toList());
        assertEquals(2, first.taskCount());
    }

    @Test
    void everyBuiltInLessonReadAloneEqualsTheCatalogsOwn() throws Exception {
        List<Lesson> all = Catalog.load(LessonSource.builtIn()).lessons();
        assertTrue(all.size() > 10, "lessons: " + all.size());
        for (Lesson lesson : all) {
            assertEquals(java.util.Optional.of(lesson), Catalog.lessonAlone(LessonSource.builtIn(), lesson.id()),
                    lesson.id());
        }
    }

    @Test
    void aLessonIsReadAloneOnlyFromItsOwnCleanFile() throws Exception {
        course("schemaVersion: 1\nid: l\ntitle: L\nsummary: S\nsteps:\n  - id: s\n    type: text\n    body: Hi.\n");
        assertEquals("L", Catalog.lessonAlone(LessonSource.directory(dir), "l").orElseThrow().title());
        // not listed under that name, or not in any module: the whole course decides
        assertEquals(java.util.Optional.empty(), Catalog.lessonAlone(LessonSource.directory(dir), "nope"));
        Files.writeString(dir.resolve("m/l.yaml"), "schemaVersion: 1\nid: other\ntitle: L\nsummary: S\nsteps:\n  - id: s\n    type: text\n    body: Hi.\n");
        assertEquals(java.util.Optional.empty(), Catalog.lessonAlone(LessonSource.directory(dir), "l"));
        // a problem in the file: empty, and Catalog.load reports it
        Files.writeString(dir.resolve("m/l.yaml"), "schemaVersion: 1\nid: l\ntitle: L\ncolour: red\nsummary: S\nsteps:\n  - id: s\n    type: text\n    body: Hi.\n");
        assertEquals(java.util.Optional.empty(), Catalog.lessonAlone(LessonSource.directory(dir), "l"));
        assertThrows(LessonException.class, () -> Catalog.load(LessonSource.directory(dir)));
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
        assertEquals("m/l.yaml:8:5: unknown field 'bdy' in a step (known: body, check, feedback, hints, id, import, questions, solution,"
                + " success, type)", message);
    }

    @Test
    void aBadCheckIsReportedWithItsPlace() throws Exception {
        String message = error("schemaVersion: 1\nid: l\ntitle: L\nsteps:\n  - id: a\n    type: task\n    body: hi\n"
                + "    check:\n      - container: {status: sleeping}\n");
        assertEquals("m/l.yaml:9:29: unknown container status 'sleeping' (one of created, running, paused,"
                + " restarting, removing, exited, dead)", message);
    }

    @Test
    void aTaskWithoutChecksIsRejected() throws Exception {
        String message = error("schemaVersion: 1\nid: l\ntitle: L\nsteps:\n  - id: a\n    type: task\n    body: hi\n");
        assertEquals("m/l.yaml:5:5: task step 'a' needs a 'check:' list", message);
    }

    @Test
    void duplicateStepIdsAreRejected() throws Exception {
        String message = error("schemaVersion: 1\nid: l\ntitle: L\nsteps:\n"
                + "  - {id: a, type: text, body: x}\n  - {id: a, type: text, body: y}\n");
        assertEquals("m/l.yaml:6:5: step id 'a' is used twice", message);
    }

    @Test
    void aMissingRequiredFieldIsNamed() throws Exception {
        String message = error("schemaVersion: 1\nid: l\nsteps:\n  - {id: a, type: text, body: x}\n");
        assertEquals("m/l.yaml:1:1: missing required field 'title'", message);
    }

    @Test
    void brokenYamlIsReportedNotThrownAsABug() throws Exception {
        String message = error("schemaVersion: 1\nid: [unclosed\n");
        assertEquals("m/l.yaml:3:1: not valid YAML: while parsing a flow sequence: expected ',' or ']', but got"
                + " <stream end>", message);
    }

    @Test
    void wrongShapesAndDuplicateKeysAreNamed() throws Exception {
        assertEquals("m/l.yaml:4:8: 'steps' must be a list, not a single value",
                error("schemaVersion: 1\nid: l\ntitle: L\nsteps: none\n"));
        assertEquals("m/l.yaml:2:1: 'id' appears twice", error("id: l\nid: m\n"));
        assertEquals("m/l.yaml:1:16: schemaVersion 2 is not supported by this berth (it reads version 1)",
                error("schemaVersion: 2\nid: l\ntitle: L\nsteps: []\n"));
        assertEquals("m/l.yaml:1:1: a lesson must be a mapping (key: value), not a list", error("- a\n- b\n"));
    }

    @Test
    void aMissingFileIsNamed() throws Exception {
        Files.writeString(dir.resolve("course.yaml"), "schemaVersion: 1\nmodules: [nope]\n");
        String message = assertThrows(LessonException.class, () -> Catalog.load(LessonSource.directory(dir)))
                .getMessage();
        assertTrue(message.startsWith("nope/module.yaml: cannot read"), message);
    }

    private static final String QUIZ_HEAD = "schemaVersion: 1\nid: l\ntitle: L\nsteps:\n  - id: q\n    type: quiz\n";

    @Test
    void aQuizStepReadsItsQuestionsAndOptions() throws Exception {
        course(QUIZ_HEAD + "    questions:\n      - id: one\n        prompt: Pick\n        options:\n"
                + "          - {text: A, feedback: no}\n          - {text: B, correct: true}\n"
                + "        explanation: because\n");
        Step step = Catalog.load(LessonSource.directory(dir)).lesson("l").orElseThrow().steps().get(0);
        assertTrue(step.isQuiz() && step.waits());
        Question q = step.questions().get(0);
        assertEquals("Pick", q.prompt());
        assertEquals(List.of(new Question.Option("A", false, "no"), new Question.Option("B", true, null)), q.options());
        assertEquals("because", q.explanation());
        assertEquals("b", q.correctLetters());
    }

    @Test
    void aQuizWithoutQuestionsOrWithoutARightAnswerIsRejected() throws Exception {
        assertEquals("m/l.yaml:5:5: quiz step 'q' needs a 'questions:' list (or an 'import:' of a GIFT file)", error(QUIZ_HEAD));
        assertEquals("m/l.yaml:11:11: question 'one' has no option marked 'correct: true'",
                error(QUIZ_HEAD + "    questions:\n      - id: one\n        prompt: Pick\n        options:\n"
                        + "          - {text: A}\n          - {text: B}\n"));
        assertEquals("m/l.yaml:11:11: question 'one' needs between 2 and 26 options",
                error(QUIZ_HEAD + "    questions:\n      - id: one\n        prompt: Pick\n        options:\n"
                        + "          - {text: A, correct: true}\n"));
    }

    @Test
    void onlyAQuizStepHasQuestions() throws Exception {
        assertEquals("m/l.yaml:9:7: step 'a': only a quiz step has questions",
                error("schemaVersion: 1\nid: l\ntitle: L\nsteps:\n  - id: a\n    type: text\n    body: hi\n"
                        + "    questions:\n      - {id: x, prompt: P, options: [{text: A, correct: true}, {text: B}]}\n"));
    }
}
