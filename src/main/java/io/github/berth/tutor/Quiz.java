package io.github.berth.tutor;

import io.github.berth.tutor.lesson.Question;
import io.github.berth.tutor.text.Style;
import java.util.Set;

/** How a quiz step's question is put to the learner, and what they are told about their answer. */
final class Quiz {
    private Quiz() {}

    static void ask(Question question, int number, int count, Tutor.Feedback feedback) {
        feedback.add(count > 1 ? "Question " + number + " of " + count : "Question", Style.HEADING);
        feedback.markdown(question.prompt());
        for (int i = 0; i < question.options().size(); i++) {
            feedback.add("  " + Question.letter(i) + ") " + question.options().get(i).text(), Style.PLAIN);
        }
        feedback.add(question.multiple()
                ? "More than one is right: type the letters of all of them, for example `a c`."
                : "Type the letter of your answer, for example `b`.", Style.DIM);
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
            String help = hints ? "`hint` helps, `solution` shows the answer" : "`solution` shows the answer";
            feedback.add((question.multiple() ? "Try again: pick every right answer and only those (" : "Try again (")
                    + help + ").", Style.DIM);
        }
        return right;
    }

    static void reveal(Question question, Tutor.Feedback feedback) {
        feedback.add("The answer:", Style.HINT);
        for (int i = 0; i < question.options().size(); i++) {
            if (question.options().get(i).correct()) {
                feedback.add("    " + Question.letter(i) + ") " + question.options().get(i).text(), Style.CODE_BLOCK);
            }
        }
        feedback.add("Type `" + question.correctLetters() + "` to go on.", Style.DIM);
    }
}
