package io.github.berth.app;

import io.github.berth.console.Repl;
import io.github.berth.sandbox.Sandbox;
import io.github.berth.tutor.LessonList;
import io.github.berth.tutor.Tutor;
import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.lesson.LessonSource;
import io.github.berth.tutor.progress.Progress;
import io.github.berth.tutor.progress.ProgressStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;

/**
 * Run by the launcher under {@code -XX:ArchiveClassesAtExit} when the jar is new: goes once
 * through what a start of berth loads (lessons, progress, a terminal and prompt, the sandbox,
 * Markdown) so the AppCDS archive has those classes, whatever the learner's first command is.
 * It touches nothing outside a temporary directory.
 */
@Command(name = "cds-training", hidden = true)
final class CdsTrainingCmd implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        // the pty's pump thread logs an I/O error when the training terminal closes: not worth showing
        java.util.logging.Logger.getLogger("org.jline").setLevel(java.util.logging.Level.OFF);
        Path tmp = Files.createTempDirectory("berth-cds");
        try {
            Catalog catalog = Catalog.load(LessonSource.builtIn());
            ProgressStore store = new ProgressStore(tmp, Clock.systemUTC());
            Progress progress = store.load();
            LessonList.render(catalog, progress);
            // a pty terminal loads the same native provider classes as a real start
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] typed = "docker run hello-world\ndocker ps -a\nhint\n".getBytes(StandardCharsets.UTF_8);
            try (Terminal terminal = TerminalBuilder.builder().system(false)
                    .streams(new ByteArrayInputStream(typed), out).dumb(true).build()) {
                Tutor tutor = new Tutor(catalog, progress, p -> { }, Clock.systemUTC(),
                        () -> new Sandbox(1L, Map.of(), true));
                Tutor.Feedback opening = tutor.open(catalog.lessons().get(0));
                new Repl(terminal, tutor, tmp.resolve("history"), false).run(opening);
            }
            store.save(progress);
            return 0;
        } finally {
            try (var files = Files.walk(tmp)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
