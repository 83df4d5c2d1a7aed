package io.github.berth.tutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code berth lint}'s core: every problem of a course at once, errors and warnings, each with its place. */
class LintTest {
    @TempDir
    Path dir;

    private List<String> lint(String lessons, String... files) throws Exception {
        Files.writeString(dir.resolve("course.yaml"), "schemaVersion: 1\nmodules: [m]\n");
        Files.createDirectories(dir.resolve("m"));
        Files.writeString(dir.resolve("m/module.yaml"), "id: m\ntitle: M\nlessons: [" + lessons + "]\n");
        for (int i = 0; i < files.length; i += 2) {
            Files.writeString(dir.resolve("m/" + files[i]), files[i + 1]);
        }
        return Catalog.lint(LessonSource.directory(dir)).stream().map(Problem::toString).toList();
    }

    @Test
    void berthsOwnLessonsHaveNoProblems() {
        assertEquals(List.of(), Catalog.lint(LessonSource.builtIn()));
    }

    @Test
    void everyBrokenStepCheckAndQuestionIsReportedNotJustTheFirst() throws Exception {
        List<String> problems = lint("a.yaml", "a.yaml", "schemaVersion: 1\nid: a\ntitle: A\nsummary: S\nsteps:\n"
                + "  - id: s1\n    type: task\n    body: do\n    hints: [h]\n    solution: [x]\n    check:\n"
                + "      - container: {status: sleeping}\n      - image: {reff: x}\n"
                + "  - id: s2\n    type: quizz\n"
                + "  - id: s3\n    type: quiz\n    questions:\n"
                + "      - {id: q, prompt: P, options: [{text: A}, {text: B}]}\n");
        assertEquals(List.of(
                "m/a.yaml:12:29: error: unknown container status 'sleeping' (one of created, running, paused,"
                        + " restarting, removing, exited, dead)",
                "m/a.yaml:13:17: error: unknown field 'reff' in an image check (known: absent, layers, ref)",
                "m/a.yaml:15:11: error: step 's2': unknown type 'quizz' (text, task or quiz)",
                "m/a.yaml:19:37: error: question 'q' has no option marked 'correct: true'"), problems);
    }

    @Test
    void aQuestionIsChosenOrTypedNotBothAndItsFieldsGoTogether() throws Exception {
        List<String> problems = lint("a.yaml", "a.yaml", "schemaVersion: 1\nid: a\ntitle: A\nsummary: S\nsteps:\n"
                + "  - id: s\n    type: quiz\n    questions:\n"
                + "      - {id: both, prompt: P, answers: [x], number: 3}\n"
                + "      - {id: neither, prompt: P}\n"
                + "      - {id: loose, prompt: P, answers: [x], tolerance: 1}\n"
                + "      - {id: nan, prompt: P, number: many}\n"
                + "      - {id: fine, prompt: P, number: 8080}\n");
        assertEquals(List.of(
                "m/a.yaml:9:9: error: question 'both' needs exactly one of 'options' (chosen by letter), 'answers' "
                        + "(typed words), 'number' (a typed number), 'order' (items to put in order), 'match' (pairs to match) or "
                        + "'command' (a docker command, any spelling)",
                "m/a.yaml:10:9: error: question 'neither' needs exactly one of 'options' (chosen by letter), 'answers' "
                        + "(typed words), 'number' (a typed number), 'order' (items to put in order), 'match' (pairs to match) or "
                        + "'command' (a docker command, any spelling)",
                "m/a.yaml:11:57: error: question 'loose': 'tolerance' goes with 'number'",
                "m/a.yaml:12:38: error: 'number' must be a number, not 'many'"), problems);
    }

    @Test
    void warningsNameWhatALearnerWouldMiss() throws Exception {
        List<String> problems = lint("a.yaml", "a.yaml", "schemaVersion: 1\nid: a\ntitle: A\nsteps:\n"
                + "  - id: s1\n    type: task\n    body: do\n    check: [{image: {ref: alpine}}]\n",
                "forgotten.yaml", "schemaVersion: 1\n");
        assertEquals(List.of(
                "m/a.yaml:1:1: warning: lesson 'a' has no summary: the lesson browser shows an empty description",
                "m/a.yaml:5:5: warning: task step 's1' has no hints: a learner who is stuck gets none",
                "m/a.yaml:5:5: warning: task step 's1' has no solution: `solution` has nothing to show and"
                        + " `berth test-lessons` cannot prove the step",
                "m/forgotten.yaml: warning: not listed in m/module.yaml, so no learner will see it"), problems);
    }

    @Test
    void aListedFileThatIsMissingAndABrokenOneAreBothReported() throws Exception {
        assertEquals(List.of("m/gone.yaml: error: cannot read: there is no such file",
                        "m/bad.yaml:2:1: error: not valid YAML: while parsing a flow node: expected the node content, but found"
                                + " '<stream end>'"),
                lint("gone.yaml, bad.yaml", "bad.yaml", "x: [\n"));
    }

    @Test
    void aWarningDoesNotStopTheCourseFromLoading() throws Exception {
        lint("a.yaml", "a.yaml", "schemaVersion: 1\nid: a\ntitle: A\nsteps:\n  - {id: t, type: text, body: hi}\n");
        assertEquals("a", Catalog.load(LessonSource.directory(dir)).lessons().get(0).id());
    }

    @Test
    void aLessonFileCanBeCheckedOnItsOwn() {
        assertEquals(List.of(new Problem("x.yaml", 6, 5, Problem.Severity.ERROR, "missing required field 'type'")),
                Catalog.lintLesson("x.yaml", "schemaVersion: 1\nid: x\ntitle: X\nsummary: S\nsteps:\n"
                        + "  - id: s\n    body: b\n", LessonSource.directory(dir)));
    }

    @Test
    void aQuizStepImportsAGiftFileBesideTheLessonAndItsProblemsNameThatFile() throws Exception {
        String lesson = "schemaVersion: 1\nid: a\ntitle: A\nsummary: S\nsteps:\n"
                + "  - id: s\n    type: quiz\n    questions:\n"
                + "      - {id: own, prompt: P, options: [{text: A, correct: true}, {text: B}]}\n"
                + "    import: bank.gift\n";
        List<String> problems = lint("a.yaml", "a.yaml", lesson, "bank.gift",
                "::tf:: Containers share the host's kernel.{T}\n\n::essay:: Why?{}\n");
        assertEquals(List.of("m/bank.gift:3:1: warning: question 'essay' is an essay: berth cannot mark a free answer, "
                + "so it is left out"), problems);
        Step step = Catalog.load(LessonSource.directory(dir)).lessons().get(0).steps().get(0);
        assertEquals(List.of("own", "tf"), step.questions().stream().map(Question::id).toList());
    }

    @Test
    void anImportThatIsMissingOrOutsideTheCourseOrNotAQuizIsAnError() throws Exception {
        List<String> problems = lint("a.yaml", "a.yaml", "schemaVersion: 1\nid: a\ntitle: A\nsummary: S\nsteps:\n"
                + "  - {id: s1, type: quiz, import: nowhere.gift}\n"
                + "  - {id: s2, type: quiz, import: ../x.gift}\n"
                + "  - {id: s3, type: text, body: b, import: bank.gift}\n");
        assertEquals(List.of("m/a.yaml:6:34: error: cannot read 'nowhere.gift': there is no such file",
                "m/a.yaml:7:34: error: 'import' names a .gift file beside the lesson or below its folder, such as "
                        + "quiz.gift, not '../x.gift'",
                "m/a.yaml:8:43: error: step 's3': only a quiz step imports questions"), problems);
    }

    @Test
    void orderAndMatchQuestionsNeedTwoItemsAndMatchIsAMapping() throws Exception {
        List<String> problems = lint("a.yaml", "a.yaml", "schemaVersion: 1\nid: a\ntitle: A\nsummary: S\nsteps:\n"
                + "  - id: s\n    type: quiz\n    questions:\n"
                + "      - {id: one, prompt: P, order: [alone]}\n"
                + "      - {id: list, prompt: P, match: [a, b]}\n"
                + "      - {id: empty, prompt: P, match: {a: b, c: }}\n"
                + "      - {id: fine, prompt: P, order: [pull, create, start]}\n");
        assertEquals(List.of("m/a.yaml:9:37: error: question 'one' needs between 2 and 26 items",
                "m/a.yaml:10:38: error: question 'list': 'match' maps each left item to its right one, such as "
                        + "'Docker Hub: Docker Inc.'",
                "m/a.yaml:11:48: error: question 'empty': 'c' needs a right item"), problems);
    }
}
