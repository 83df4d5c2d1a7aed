package io.github.berth.app;

import io.github.berth.tutor.LessonList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;

/**
 * Run by the launcher under {@code -XX:ArchiveClassesAtExit} when the jar is new: goes through the
 * same code as a real start of {@code berth sandbox} and {@code berth lesson ID} (the same
 * {@link Launch} methods, on a terminal of the same kind) so the AppCDS archive has the classes they
 * load, their lambdas included. It touches nothing outside a temporary directory.
 */
@Command(name = "cds-training", hidden = true)
final class CdsTrainingCmd implements Callable<Integer> {
    /** Typed in free play and in the first lesson; each ends by leaving (Ctrl-D too, should a shell still be open). */
    private static final String FREE_PLAY = "docker run hello-world\ndocker ps -a\nls -l\nexit\n\u0004\u0004\u0004";
    private static final String LESSON = "hint\ndocker run hello-world\ndocker ps -a\nexit\n\u0004\u0004\u0004";
    /** The launcher waits for this run: should it ever hang, it ends without an archive instead. */
    private static final long LIMIT_SECONDS = 60;

    @Override
    public Integer call() throws Exception {
        // the pty's pump thread logs an I/O error when the training terminal closes: not worth showing
        java.util.logging.Logger.getLogger("org.jline").setLevel(java.util.logging.Level.OFF);
        Thread watchdog = new Thread(() -> {
            try {
                TimeUnit.SECONDS.sleep(LIMIT_SECONDS);
                Runtime.getRuntime().halt(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "berth-training-limit");
        watchdog.setDaemon(true);
        watchdog.start();
        Path tmp = Files.createTempDirectory("berth-cds");
        try {
            Launch launch = Launch.at(tmp);
            int status = launch.freePlay(1L, Map.of(), () -> TrainingTerminal.open(FREE_PLAY));
            status |= launch.tutor("first-container", () -> TrainingTerminal.open(LESSON));
            Launch.Loaded loaded = launch.loadCatalogAndProgress();
            if (loaded != null) {
                LessonList.render(loaded.catalog(), loaded.progress());
            }
            return status;
        } finally {
            try (var files = Files.walk(tmp)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
