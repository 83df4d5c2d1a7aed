package io.github.berth.app;

import io.github.berth.tutor.quiz.QuestionBank;
import io.github.berth.tutor.quiz.QuizSession;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "review", mixinStandardHelpOptions = true, description = {
        "Spaced review: asks again the quiz questions that are due. A question answered right waits "
                + "longer each time (1, 2, 4, 8, then 16 days); a missed one comes back the next day."})
final class ReviewCmd implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        QuizRun run = QuizRun.start(null);
        if (run == null) {
            return 1;
        }
        if (run.loaded().progress().cards.isEmpty()) {
            System.out.println("Nothing to review yet: answer some questions with `berth quiz` first.");
            return 0;
        }
        List<QuestionBank.Entry> due = QuizSession.due(run.loaded().progress(),
                QuestionBank.of(run.loaded().catalog()), run.clock().instant());
        if (due.isEmpty()) {
            System.out.println("Nothing is due for review today.");
            run.tellNextReview();
            return 0;
        }
        System.out.println("Review: " + due.size() + (due.size() == 1 ? " question is" : " questions are")
                + " due. Answer by letter, or type the answer where there are no letters; Ctrl-D stops.");
        run.session(null).run(due);
        run.tellNextReview();
        return 0;
    }
}
