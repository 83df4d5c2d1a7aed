package io.github.berth.app;

import io.github.berth.tutor.lesson.Module;
import io.github.berth.tutor.quiz.QuestionBank;
import io.github.berth.tutor.quiz.QuizSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "quiz", mixinStandardHelpOptions = true, description = {
        "Drill the course's questions: each is answered by letter, with feedback and the right answer "
                + "at once. Missed questions come back at the end; the score counts first tries. Every "
                + "answer is saved, and the questions return in `berth review` when they are due."})
final class QuizCmd implements Callable<Integer> {
    /** Seconds allowed per question with --timed. */
    static final int TIMED_SECONDS = 30;

    @Option(names = "--module", paramLabel = "M", description = "only this module's questions (its id, see `berth lessons`)")
    String module;

    @Option(names = "--count", paramLabel = "N", defaultValue = "10", description = "how many questions (default: ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--timed", description = "allow " + TIMED_SECONDS + " seconds a question; a late answer counts as wrong")
    boolean timed;

    @Option(names = "--seed", paramLabel = "N", description = "the same questions in the same order every time")
    Long seed;

    @Override
    public Integer call() throws Exception {
        if (count < 1) {
            System.err.println("berth quiz: --count must be at least 1, not " + count);
            return 2;
        }
        QuizRun run = QuizRun.start(seed);
        if (run == null) {
            return 1;
        }
        QuestionBank bank = QuestionBank.of(run.loaded().catalog());
        List<QuestionBank.Entry> pool;
        if (module == null) {
            pool = bank.all();
        } else {
            if (run.loaded().catalog().modules().stream().noneMatch(m -> m.id().equals(module))) {
                System.err.println("berth quiz: there is no module '" + module + "'; the modules are: "
                        + String.join(", ", run.loaded().catalog().modules().stream().map(Module::id).toList()));
                return 2;
            }
            pool = bank.module(module);
        }
        if (pool.isEmpty()) {
            System.out.println("There are no questions in " + (module == null ? "this course" : "module " + module) + " yet.");
            return 0;
        }
        List<QuestionBank.Entry> chosen = new ArrayList<>(pool);
        java.util.Collections.shuffle(chosen, run.random());
        chosen = chosen.subList(0, Math.min(count, chosen.size()));
        System.out.println("Quiz: " + chosen.size() + (chosen.size() == 1 ? " question" : " questions")
                + (timed ? ", " + TIMED_SECONDS + " seconds each" : "") + ". Answer by letter, or type the answer where there are no letters; Ctrl-D stops.");
        run.session(timed ? Duration.ofSeconds(TIMED_SECONDS) : null).run(chosen);
        run.tellNextReview();
        return 0;
    }
}
