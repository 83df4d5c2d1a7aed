package io.github.berth.tutor;

import io.github.berth.sandbox.Sandbox;
import io.github.berth.shell.Output;
import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.lesson.Check;
import io.github.berth.tutor.lesson.Lesson;
import io.github.berth.tutor.lesson.Question;
import io.github.berth.tutor.lesson.Step;
import io.github.berth.tutor.progress.Progress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Proves a lesson solvable and its checks meaningful ({@code berth test-lessons}): in a fresh seeded
 * sandbox, each task's goal must not be met before the learner acts, its solution must meet it, and
 * each quiz question must accept its right answer. The lesson must end complete.
 */
public final class LessonTester {
    private static final long SEED = 1;

    private final Catalog catalog;

    public LessonTester(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The problems found in {@code lesson}, each naming its step; empty when the lesson passes. */
    public List<String> test(Lesson lesson) {
        List<String> problems = new ArrayList<>();
        // a learner's sandbox is at a terminal, so solutions may open shells (`docker exec -it web bash`)
        Tutor tutor = new Tutor(catalog, new Progress(), p -> { }, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC),
                () -> new Sandbox(SEED, Map.of(), true));
        tutor.open(lesson);
        for (int guard = 0; guard <= lesson.steps().size(); guard++) {
            Optional<Step> current = tutor.step();
            if (current.isEmpty()) {
                break;
            }
            Step step = current.get();
            if (step.isTask()) {
                if (!solveTask(tutor, step, problems)) {
                    return problems;
                }
            } else if (step.isQuiz()) {
                for (Question question : step.questions()) {
                    String typed = question.typed() ? Quiz.ANSWER + " " + question.rightAnswer() : question.rightAnswer();
                    if (tutor.answer(typed).isEmpty()) {
                        problems.add("step '" + step.id() + "': question '" + question.id()
                                + "' did not take its right answer '" + typed + "'");
                        return problems;
                    }
                }
            } else {
                tutor.next();
            }
            if (tutor.step().filter(s -> s == step).isPresent()) {
                problems.add("step '" + step.id() + "': the lesson does not move on after it");
                return problems;
            }
        }
        if (!tutor.isDone(lesson)) {
            problems.add("the lesson does not end complete");
        }
        return problems;
    }

    private static boolean solveTask(Tutor tutor, Step step, List<String> problems) {
        if (tutor.unmetChecks().isEmpty()) {
            problems.add("step '" + step.id() + "': its goal is already met before the learner does anything ("
                    + describe(step.checks()) + ")");
            return false;
        }
        if (step.solution().isEmpty()) {
            problems.add("step '" + step.id() + "': it has no solution to try");
            return false;
        }
        for (String line : step.solution()) {
            tutor.sandbox().run(line, Output.DISCARD);
            if (tutor.step().filter(s -> s == step).isPresent()) {
                tutor.afterCommand();
            }
        }
        if (tutor.step().filter(s -> s == step).isPresent()) {
            problems.add("step '" + step.id() + "': its solution (" + String.join("; ", step.solution())
                    + ") does not meet the goal; not met: " + describe(tutor.unmetChecks()));
            return false;
        }
        return true;
    }

    private static String describe(List<Check> checks) {
        return checks.stream().map(Check::describe).collect(Collectors.joining("; "));
    }
}
