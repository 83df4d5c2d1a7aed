package io.github.berth.tutor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.lesson.Lesson;
import io.github.berth.tutor.lesson.LessonSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonTesterTest {
    @TempDir
    Path dir;

    @Test
    void everyBuiltInLessonIsSolvableAndItsChecksMeanSomething() throws Exception {
        Catalog catalog = Catalog.load(LessonSource.builtIn());
        LessonTester tester = new LessonTester(catalog);
        for (Lesson lesson : catalog.lessons()) {
            assertEquals(List.of(), tester.test(lesson), lesson.id());
        }
    }

    private List<String> problems(String steps) throws Exception {
        Files.writeString(dir.resolve("course.yaml"), "schemaVersion: 1\nmodules: [m]\n");
        Files.createDirectories(dir.resolve("m"));
        Files.writeString(dir.resolve("m/module.yaml"), "id: m\ntitle: M\nlessons: [l.yaml]\n");
        Files.writeString(dir.resolve("m/l.yaml"), "schemaVersion: 1\nid: l\ntitle: L\nsteps:\n" + steps);
        Catalog catalog = Catalog.load(LessonSource.directory(dir));
        return new LessonTester(catalog).test(catalog.lesson("l").orElseThrow());
    }

    @Test
    void aSolutionThatMissesTheGoalIsReported() throws Exception {
        assertEquals(List.of("step 'run': its solution (docker pull alpine) does not meet the goal; not met: "
                        + "a container from the image alpine"),
                problems("  - id: run\n    type: task\n    body: Run alpine.\n    check:\n"
                        + "      - container: {image: alpine}\n    solution: [docker pull alpine]\n"));
    }

    @Test
    void aGoalMetBeforeTheLearnerActsIsReported() throws Exception {
        assertEquals(List.of("step 'gone': its goal is already met before the learner does anything "
                        + "(no container named web)"),
                problems("  - id: gone\n    type: task\n    body: Remove web.\n    check:\n"
                        + "      - container: {name: web, absent: true}\n    solution: [docker rm web]\n"));
    }

    @Test
    void aTaskWithoutASolutionCannotBeProved() throws Exception {
        assertEquals(List.of("step 'run': it has no solution to try"),
                problems("  - id: run\n    type: task\n    body: Run alpine.\n    check:\n"
                        + "      - container: {image: alpine}\n"));
    }
}
