package io.github.berth.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code berth new DIR}: a starter course for an instructor, every kind of step and check in one small
 * lesson that {@code berth lint} and {@code berth test-lessons} pass, ready to edit. Nothing that exists
 * is overwritten: DIR must be new or empty.
 */
@Command(name = "new", mixinStandardHelpOptions = true, description = {
        "Start a course of your own: writes a small course into DIR (which must be new or empty) with one "
                + "lesson showing a text, a task checked on the sandbox's state, and a quiz with questions in the "
                + "lesson and in a Moodle GIFT file; plus the lesson schema for your editor.",
        "Then: berth lint DIR, berth test-lessons DIR, and BERTH_COURSE=DIR berth to take it as a learner."})
final class NewCmd implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "the folder for the new course")
    Path dir;

    /** Each file of the starter course and what it is for. */
    static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("course.yaml", "the modules, in the order learners meet them");
        files.put("lesson.schema.json", "the lesson schema: editors with YAML support complete and check lesson files");
        files.put("basics/module.yaml", "a module: its title and its lessons, in order");
        files.put("basics/web-server.yaml", "a lesson: a text, a task and a quiz");
        files.put("basics/web-server.gift", "more quiz questions, in Moodle's GIFT format");
        return files;
    }

    @Override
    public Integer call() throws IOException {
        if (Files.exists(dir) && !(Files.isDirectory(dir) && isEmpty(dir))) {
            System.err.println("berth new: " + dir + " already exists and is not an empty folder; nothing was written "
                    + "(choose a new folder)");
            return 1;
        }
        Files.createDirectories(dir.resolve("basics"));
        for (String name : files().keySet()) {
            Files.write(dir.resolve(name), template(name));
        }
        System.out.println("Created a course in " + dir + ":");
        int width = files().keySet().stream().mapToInt(String::length).max().orElse(0);
        files().forEach((name, what) -> System.out.printf("  %-" + width + "s  %s%n", name, what));
        System.out.println("Next: `berth lint " + dir + "` checks it, `berth test-lessons " + dir + "` proves every "
                + "task solvable, and `BERTH_COURSE=" + dir + " berth` takes it as a learner would.");
        return 0;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** A file of the starter course, shipped in the jar (the schema is berth's own). */
    static byte[] template(String name) throws IOException {
        String resource = name.equals("lesson.schema.json") ? "/schema/lesson.schema.json" : "/new-course/" + name;
        try (InputStream in = NewCmd.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("berth's jar lacks " + resource);
            }
            return in.readAllBytes();
        }
    }
}
