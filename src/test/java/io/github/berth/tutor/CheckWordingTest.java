package io.github.berth.tutor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.sandbox.Sandbox;
import io.github.berth.shell.Output;
import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.lesson.LessonSource;
import io.github.berth.tutor.progress.Progress;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** `check` words a command check as the step asked for it, not in docker's canonical form. */
class CheckWordingTest {
    @Test
    void aCommandCheckIsWordedAsTheStepsSolutionSpellsIt() throws Exception {
        Catalog catalog = Catalog.load(LessonSource.builtIn());
        Tutor tutor = new Tutor(catalog, new Progress(), p -> {}, Clock.systemUTC(), () -> new Sandbox(7L, Map.of(), false));
        tutor.open(catalog.lesson("first-container").orElseThrow());
        tutor.sandbox().run("docker ps -a", Output.DISCARD); // before the task that asks for it
        tutor.afterCommand();
        tutor.sandbox().run("docker run hello-world", Output.DISCARD);
        tutor.afterCommand();
        tutor.sandbox().run("docker ps", Output.DISCARD);
        tutor.afterCommand();
        StringBuilder shown = new StringBuilder();
        tutor.check().items().forEach(i -> shown.append(i.line()).append('\n'));
        assertEquals("Not yet. The goal, part by part:\n"
                + "  ✗ not yet: ran `docker ps -a` since this task began (any spelling counts, such as"
                + " `docker container ls --all`)\n", shown.toString());
        StringBuilder next = new StringBuilder();
        tutor.next().items().forEach(i -> next.append(i.line()).append('\n'));
        assertEquals("Solve this step first: its goal is ran `docker ps -a` since this task began (any spelling"
                + " counts, such as `docker container ls --all`). Type `hint` if you are stuck.\n", next.toString());
    }
}
