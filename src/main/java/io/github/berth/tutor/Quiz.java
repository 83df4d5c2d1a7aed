package io.github.berth.tutor;

import io.github.berth.tutor.lesson.Question;
import io.github.berth.tutor.text.Style;
import io.github.berth.cli.DockerCall;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;

/** How a quiz step's question is put to the learner, and what they are told about their answer. */
final class Quiz {
    private Quiz() {}

    /** The word that starts a typed answer at the prompt, where anything else is a shell command. */
    static final String ANSWER = "answer";

    static void ask(Question question, int number, int count, Tutor.Feedback feedback) {
        feedback.add(count > 1 ? "Question " + number + " of " + count : "Question", Style.HEADING);
        feedback.markdown(question.prompt());
        if (question.typed()) {
            feedback.add("Type `" + ANSWER + "` and then your answer"
                    + (question.number() != null ? " (a number)."
                    : !question.commands().isEmpty() ? ": the docker command as you would run it (it is read, not run)."
                    : ", for example `" + ANSWER + " my words`."), Style.DIM);
            return;
        }
        question.shownLines().forEach(line -> feedback.add(line, Style.PLAIN));
        feedback.add(question.howToAnswer(), Style.DIM);
    }

    /**
     * Judges {@code input} as an answer to {@code question} and says so in {@code feedback}; empty when the
     * input is no answer (not letters of its options; for a typed question, not {@code answer …}).
     */
    static Optional<Boolean> answer(Question question, String input, boolean hints, Tutor.Feedback feedback,
                                    Function<String, Optional<DockerCall>> commands) {
        if (!question.typed() && !question.arranged()) {
            return question.parse(input).map(chosen -> judge(question, chosen, hints, feedback));
        }
        Optional<Boolean> right;
        if (question.arranged()) {
            right = question.arrange(input);
            if (right.isEmpty()) {
                return Optional.empty();
            }
        } else {
            String[] words = input.strip().split("\\s+", 2);
            if (!words[0].equals(ANSWER)) {
                return Optional.empty();
            }
            right = question.judge(words.length > 1 ? words[1] : "", commands);
        }
        boolean ok = right.orElse(false);
        feedback.add(ok ? "✓ Right." : right.isEmpty() ? "✗ Not quite: the answer is " + question.wants() + "." : "✗ Not quite.",
                ok ? Style.SUCCESS : Style.FAILURE);
        if (ok && question.explanation() != null) {
            feedback.markdown(question.explanation());
        } else if (!ok) {
            feedback.add("Try again (" + help(hints) + ").", Style.DIM);
        }
        return Optional.of(ok);
    }

    /** Tells the learner whether {@code chosen} is right, with each chosen option's feedback; returns whether it was. */
    static boolean judge(Question question, Set<Integer> chosen, boolean hints, Tutor.Feedback feedback) {
        boolean right = question.isRight(chosen);
        feedback.add(right ? "✓ Right." : "✗ Not quite.", right ? Style.SUCCESS : Style.FAILURE);
        for (int i : chosen) {
            Question.Option option = question.options().get(i);
            if (option.feedback() != null) {
                feedback.markdown(Question.letter(i) + ") " + option.feedback());
            }
        }
        if (right) {
            if (question.explanation() != null) {
                feedback.markdown(question.explanation());
            }
        } else {
            feedback.add((question.multiple() ? "Try again: pick every right answer and only those (" : "Try again (")
                    + help(hints) + ").", Style.DIM);
        }
        return right;
    }

    private static String help(boolean hints) {
        return hints ? "`hint` helps, `solution` shows the answer" : "`solution` shows the answer";
    }

    static void reveal(Question question, Tutor.Feedback feedback) {
        feedback.add("The answer:", Style.HINT);
        if (question.typed()) {
            feedback.add("    " + question.rightAnswer(), Style.CODE_BLOCK);
            feedback.add("Type `" + ANSWER + " " + question.rightAnswer() + "` to go on.", Style.DIM);
            return;
        }
        if (question.arranged()) {
            question.answerLines().forEach(line -> feedback.add("    " + line, Style.CODE_BLOCK));
            feedback.add("Type `" + question.rightAnswer() + "` to go on.", Style.DIM);
            return;
        }
        for (int i = 0; i < question.options().size(); i++) {
            if (question.options().get(i).correct()) {
                feedback.add("    " + Question.letter(i) + ") " + question.options().get(i).text(), Style.CODE_BLOCK);
            }
        }
        feedback.add("Type `" + question.correctLetters() + "` to go on.", Style.DIM);
    }
}
