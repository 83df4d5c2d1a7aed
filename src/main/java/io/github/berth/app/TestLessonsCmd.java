package io.github.berth.app;

import io.github.berth.tutor.LessonTester;
import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.lesson.Lesson;
import io.github.berth.tutor.lesson.LessonException;
import io.github.berth.tutor.lesson.LessonSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "test-lessons", mixinStandardHelpOptions = true, description = {
        "Prove lessons solvable: in a fresh sandbox, each task's goal is not met at the start and its "
                + "solution meets it, each quiz question takes its right answer, and every lesson ends complete.",
        "Without PATH, berth's own lessons are tested."})
final class TestLessonsCmd implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "course directories, each holding a course.yaml and its module folders")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() {
        int failed = 0;
        int passed = 0;
        for (Course course : courses()) {
            if (course.missing()) {
                System.out.println("FAIL  " + course.name() + ": no course.yaml there");
                failed++;
                continue;
            }
            Catalog catalog;
            try {
                catalog = Catalog.load(course.source());
            } catch (LessonException e) {
                System.out.println("FAIL  " + course.name() + ": cannot load the lessons");
                System.out.println("      " + course.prefix() + e.getMessage());
                failed++;
                continue;
            }
            LessonTester tester = new LessonTester(catalog);
            for (Lesson lesson : catalog.lessons()) {
                List<String> problems = tester.test(lesson);
                if (problems.isEmpty()) {
                    passed++;
                    System.out.println("ok    " + lesson.id());
                } else {
                    failed++;
                    System.out.println("FAIL  " + lesson.id());
                    problems.forEach(p -> System.out.println("      " + p));
                }
            }
        }
        System.out.println(passed + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }

    private record Course(String name, String prefix, LessonSource source, boolean missing) {}

    private List<Course> courses() {
        if (paths.isEmpty()) {
            return List.of(new Course("berth's lessons", "", LessonSource.builtIn(), false));
        }
        List<Course> courses = new ArrayList<>();
        for (Path path : paths) {
            Path root = Files.isRegularFile(path) && path.getFileName().toString().equals("course.yaml")
                    ? path.toAbsolutePath().getParent() : path;
            courses.add(new Course(path.toString(), root + "/", LessonSource.directory(root),
                    !Files.isRegularFile(root.resolve("course.yaml"))));
        }
        return courses;
    }
}
