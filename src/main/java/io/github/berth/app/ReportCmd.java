package io.github.berth.app;

import io.github.berth.tutor.ProgressReport;
import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.lesson.LessonException;
import io.github.berth.tutor.progress.Progress;
import io.github.berth.tutor.progress.ProgressStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "report", mixinStandardHelpOptions = true, description = {
        "A class report from learners' progress files (made with berth progress export, or progress.json): one row "
                + "per learner and lesson with its status, steps solved, attempts, hints and solutions used, quiz "
                + "questions answered and right the first time, start and completion times and minutes taken.",
        "The learner is the name the file carries, else the file's name without .json. Exits with 1, printing "
                + "nothing on standard output, when a file cannot be read."})
final class ReportCmd implements Callable<Integer> {
    enum Format { csv, json }

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "progress files, one per learner")
    List<Path> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", description = "csv (the default) or json")
    Format format;

    @Option(names = "--course", paramLabel = "DIR",
            description = "the course folder (holding course.yaml) the learners took; default: $BERTH_COURSE, else "
                    + "berth's own lessons")
    Path course;

    @Override
    public Integer call() {
        Catalog catalog;
        if (course == null) {
            course = Launch.courseFromEnvironment();
        }
        try {
            catalog = Catalog.load(Launch.lessons(course));
        } catch (LessonException e) {
            System.err.println("berth: cannot load the course" + (course == null ? "" : " in " + course) + ": "
                    + e.getMessage());
            return 1;
        }
        List<ProgressReport.Row> rows = new ArrayList<>();
        int unreadable = 0;
        for (Path file : files) {
            try {
                Progress progress = ProgressStore.read(file);
                rows.addAll(ProgressReport.rows(learner(file, progress), catalog, progress));
            } catch (IOException e) {
                String why = e instanceof NoSuchFileException ? "no such file" : e.getMessage();
                System.err.println("berth: cannot read " + file + ": " + why);
                unreadable++;
            }
        }
        if (unreadable > 0) {
            return 1;
        }
        System.out.print(format == Format.json ? ProgressReport.json(rows) : ProgressReport.csv(rows));
        return 0;
    }

    private static String learner(Path file, Progress progress) {
        if (progress.learner != null && !progress.learner.isBlank()) {
            return progress.learner;
        }
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }
}
