package io.github.berth.app;

import io.github.berth.tutor.LessonList;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "lessons", mixinStandardHelpOptions = true, description = "List modules and lessons with your progress.")
final class LessonsCmd implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        Launch launch = Launch.fromEnvironment(true);
        var loaded = launch.loadCatalogAndProgress();
        if (loaded == null) {
            return 1;
        }
        System.out.print(LessonList.render(loaded.catalog(), loaded.progress()));
        return 0;
    }
}
