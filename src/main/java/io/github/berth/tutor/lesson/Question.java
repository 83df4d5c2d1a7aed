package io.github.berth.tutor.lesson;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A multiple-choice question of a quiz step. Options are answered by letter ({@code a}, {@code b}, …);
 * when more than one option is correct the learner names them all ({@code a c}). Each option may carry
 * feedback for the learner who picks it; the explanation follows a right answer.
 */
public record Question(String id, String prompt, List<Option> options, String explanation) {
    public record Option(String text, boolean correct, String feedback) {}

    public Question {
        options = List.copyOf(options);
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
