package io.github.berth.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "lesson", mixinStandardHelpOptions = true, description = "Start or resume one lesson.")
final class LessonCmd implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "the lesson's id, as `berth lessons` lists it")
    String id;

    @Option(names = "--plain", description = "No colours or cursor tricks; every mark also in words.")
    boolean plain;

    @Override
    public Integer call() throws Exception {
        return Launch.fromEnvironment(plain).tutor(id);
    }
}
