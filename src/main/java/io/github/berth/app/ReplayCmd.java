package io.github.berth.app;

import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.lesson.LessonException;
import io.github.berth.tutor.transcript.Replayer;
import io.github.berth.tutor.transcript.Transcript;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "replay", mixinStandardHelpOptions = true, description = {
        "Replay transcripts with a fixed seed; fail on any difference.",
        "In expected output, [..] matches any text within a line and a line of ... any number of lines."})
final class ReplayCmd implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "transcript files (Markdown with ```console blocks)")
    List<Path> files;

    @Override
    public Integer call() {
        Catalog catalog;
        try {
            catalog = Catalog.load(Launch.lessons(Launch.courseFromEnvironment()));
        } catch (LessonException e) {
            System.err.println("berth: " + e.getMessage());
            return 1;
        }
        Replayer replayer = new Replayer(catalog);
        int failed = 0;
        for (Path file : files) {
            List<String> problems;
            try {
                problems = replayer.replay(file.toString(),
                        Transcript.parse(Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                problems = List.of(file + ": cannot read: " + e.getMessage());
            }
            if (problems.isEmpty()) {
                System.out.println("ok    " + file);
            } else {
                failed++;
                System.out.println("FAIL  " + file);
                problems.forEach(p -> System.out.println(p.indent(6).stripTrailing()));
            }
        }
        System.out.println(files.size() - failed + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }
}
