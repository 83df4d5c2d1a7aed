package io.github.berth.app;

import io.github.berth.tutor.ProgressReport;
import io.github.berth.tutor.progress.Progress;
import io.github.berth.tutor.progress.ProgressStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "progress", mixinStandardHelpOptions = true,
        description = {"Show, export, import or reset your progress (kept in progress.json in berth's data directory).",
                "Without a subcommand, shows it."},
        subcommands = {ProgressCmd.Show.class, ProgressCmd.Export.class, ProgressCmd.Import.class,
                ProgressCmd.Reset.class})
final class ProgressCmd implements Callable<Integer> {
    @Override
    public Integer call() {
        return new Show().call();
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Each lesson's state, steps solved, hints and solutions used; quiz answers and questions due.")
    static final class Show implements Callable<Integer> {
        @Override
        public Integer call() {
            var loaded = Launch.fromEnvironment(true).loadCatalogAndProgress();
            if (loaded == null) {
                return 1;
            }
            var rows = ProgressReport.rows(null, loaded.catalog(), loaded.progress());
            System.out.println("Your progress (" + loaded.store().file() + "):");
            System.out.println();
            System.out.print(ProgressReport.text(loaded.catalog(), rows, loaded.progress(), Instant.now()));
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write a copy of your progress to FILE (\"-\" for standard output), named with who you are, "
                    + "to hand in or to take to another machine (berth progress import) or for an instructor's "
                    + "berth report."})
    static final class Export implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "where to write the copy")
        String file;

        @Option(names = "--learner", paramLabel = "NAME", description = "the name the copy carries (default: your user name)")
        String learner = System.getProperty("user.name");

        @Override
        public Integer call() throws IOException {
            var loaded = Launch.fromEnvironment(true).loadCatalogAndProgress();
            if (loaded == null) {
                return 1;
            }
            Progress progress = loaded.progress();
            progress.learner = learner;
            long started = progress.lessons.values().stream().filter(l -> l.startedAt != null).count();
            long done = progress.lessonsDone();
            String what = started + " lesson" + (started == 1 ? "" : "s") + " started, " + done + " done, "
                    + progress.answers.size() + " quiz answer" + (progress.answers.size() == 1 ? "" : "s");
            if (file.equals("-")) {
                System.out.write(ProgressStore.bytes(progress));
                System.out.flush();
                System.err.println("berth: exported " + what + " for " + learner + ".");
                return 0;
            }
            Path target = Path.of(file).toAbsolutePath();
            if (Files.isDirectory(target) || !Files.isDirectory(target.getParent())) {
                System.err.println("berth: cannot export to " + file + ": "
                        + (Files.isDirectory(target) ? "it is a directory" : "no such directory " + target.getParent()));
                return 1;
            }
            ProgressStore.write(target, progress);
            System.out.println("Exported your progress (" + what + ") for " + learner + " to " + file + ".");
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Merge progress from FILE (an exported copy, or another machine's progress.json) into yours.",
                    "Nothing is replaced: a step solved in either stays solved, counters keep the larger value, "
                            + "every quiz answer is kept; your previous file is kept as progress.json.bak."})
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "the progress file to merge in")
        Path file;

        @Override
        public Integer call() throws IOException {
            Progress theirs;
            try {
                theirs = ProgressStore.read(file);
            } catch (IOException e) {
                String why = e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage();
                System.err.println("berth: cannot import " + file + ": " + why + "; your progress is unchanged.");
                return 1;
            }
            var loaded = Launch.fromEnvironment(true).loadCatalogAndProgress();
            if (loaded == null) {
                return 1;
            }
            Progress mine = loaded.progress();
            long doneBefore = mine.lessonsDone();
            int answersBefore = mine.answers.size();
            mine.mergeFrom(theirs);
            loaded.store().save(mine);
            long done = mine.lessonsDone();
            System.out.println("Imported " + file + (theirs.learner == null ? "" : " (" + theirs.learner + ")") + ": "
                    + (done - doneBefore) + " more lesson" + (done - doneBefore == 1 ? "" : "s") + " done, "
                    + (mine.answers.size() - answersBefore) + " more quiz answers. Lessons done now: " + done + ".");
            return 0;
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true,
            description = {"Start again as a new learner. Your progress is not deleted: it is moved aside to "
                    + "progress.json.reset-TIME, which berth progress import brings back. Asks first."})
    static final class Reset implements Callable<Integer> {
        @Option(names = {"-y", "--yes"}, description = "do not ask (needed when not at a terminal)")
        boolean yes;

        @Override
        public Integer call() throws IOException {
            if (!yes) {
                if (System.console() == null) {
                    System.err.println("berth: progress reset asks before it acts; not at a terminal, add --yes");
                    return 1;
                }
                System.out.print("Set all your progress aside and start as a new learner? [y/N] ");
                System.out.flush();
                String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (answer == null || !(answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"))) {
                    System.out.println("Nothing changed.");
                    return 0;
                }
            }
            var loaded = Launch.fromEnvironment(true).loadCatalogAndProgress();
            if (loaded == null) {
                return 1;
            }
            Optional<Path> aside = loaded.store().setAside();
            if (aside.isEmpty()) {
                System.out.println("No progress is saved yet; nothing to reset.");
            } else {
                System.out.println("Your progress was moved to " + aside.get() + "; berth starts as for a new learner.");
                System.out.println("To bring it back: berth progress import " + aside.get());
            }
            return 0;
        }
    }
}
