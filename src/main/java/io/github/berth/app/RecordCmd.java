package io.github.berth.app;

import io.github.berth.tutor.transcript.Transcript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "record", mixinStandardHelpOptions = true, description = {
        "Record a session as a transcript: the sandbox (or one lesson, from its start) with a fixed seed, "
                + "every command and its output written to FILE as you go, so that `berth replay FILE` runs "
                + "it again exactly. Hand it in, or keep it as a lesson's solution.",
        "Your saved progress is not changed. undo, back, reset and switching lessons are not available "
                + "while recording."})
final class RecordCmd implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the transcript to write (Markdown); must not exist yet")
    Path file;

    @Option(names = "--lesson", paramLabel = "ID", description = "record this lesson, from its first step")
    String lesson;

    @Option(names = "--seed", paramLabel = "N", description = "the sandbox's seed (default: ${DEFAULT-VALUE})",
            defaultValue = "" + Transcript.DEFAULT_SEED)
    long seed;

    @Option(names = "--force", description = "replace FILE if it exists")
    boolean force;

    @Override
    public Integer call() throws Exception {
        Path target = file.toAbsolutePath();
        if (Files.exists(target) && !force) {
            System.err.println("berth: " + file + " exists; choose another name, or add --force to replace it");
            return 1;
        }
        if (!Files.isDirectory(target.getParent())) {
            System.err.println("berth: cannot write " + file + ": no such directory " + target.getParent());
            return 1;
        }
        return Launch.fromEnvironment(false).record(target, lesson, seed);
    }
}
