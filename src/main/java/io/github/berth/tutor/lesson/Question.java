package io.github.berth.tutor.lesson;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A question of a quiz step. A multiple-choice question's options are answered by letter ({@code a},
 * {@code b}, …); when more than one option is correct the learner names them all ({@code a c}). Each
 * option may carry feedback for the learner who picks it; the explanation follows a right answer.
 * A question without options is answered by typing: one of {@code answers} (compared without case,
 * surrounding quotes or backquotes, a final full stop or repeated spaces), or a {@code number} within
 * {@code tolerance}.
 */
public record Question(String id, String prompt, List<Option> options, List<String> answers, Double number,
                       double tolerance, String explanation) {
    public record Option(String text, boolean correct, String feedback) {}

    public Question {
        options = List.copyOf(options);
        answers = List.copyOf(answers);
    }

    /** A multiple-choice question. */
    public Question(String id, String prompt, List<Option> options, String explanation) {
        this(id, prompt, options, List.of(), null, 0, explanation);
    }

    /** Whether the answer is typed (a word, a phrase or a number) rather than chosen by letter. */
    public boolean typed() {
        return options.isEmpty();
    }

    /** The right answer as the learner would type it: the letters, or the first accepted text, or the number. */
    public String rightAnswer() {
        if (!typed()) {
            return correctLetters();
        }
        if (number != null) {
            return number == Math.rint(number) ? String.valueOf(number.longValue()) : String.valueOf(number);
        }
        return answers.get(0);
    }

    /**
     * Whether {@code text} is a right answer to a typed question; empty when it cannot be one at all
     * (not a number, for a numeric question).
     */
    public Optional<Boolean> judge(String text) {
        if (number != null) {
            try {
                double given = Double.parseDouble(text.strip().replace(",", ""));
                return Optional.of(Math.abs(given - number) <= tolerance);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        String given = normal(text);
        return Optional.of(!given.isEmpty() && answers.stream().anyMatch(a -> normal(a).equals(given)));
    }

    private static String normal(String text) {
        String t = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        while (t.length() >= 2 && "`'\"".indexOf(t.charAt(0)) >= 0 && t.charAt(t.length() - 1) == t.charAt(0)) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t;
    }

    public boolean multiple() {
        return options.stream().filter(Option::correct).count() > 1;
    }

    public static String letter(int index) {
        return String.valueOf((char) ('a' + index));
    }

    /** The letters of the correct options, in order, as the learner would type them. */
    public String correctLetters() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).correct()) {
                out.append(out.length() == 0 ? "" : " ").append(letter(i));
            }
        }
        return out.toString();
    }

    /**
     * The option indexes named by {@code input} ({@code b}, {@code a c}, {@code a,c}, {@code B)}), or empty
     * when the input is not an answer to this question: then it is an ordinary command.
     */
    public Optional<Set<Integer>> parse(String input) {
        String[] words = input.strip().toLowerCase(Locale.ROOT).split("[\\s,]+");
        Set<Integer> chosen = new TreeSet<>();
        for (String word : words) {
            String w = word.endsWith(")") ? word.substring(0, word.length() - 1) : word;
            if (w.length() != 1 || w.charAt(0) < 'a' || w.charAt(0) - 'a' >= options.size()) {
                return Optional.empty();
            }
            chosen.add(w.charAt(0) - 'a');
        }
        return Optional.of(chosen);
    }

    public boolean isRight(Set<Integer> chosen) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).correct() != chosen.contains(i)) {
                return false;
            }
        }
        return true;
    }
}
