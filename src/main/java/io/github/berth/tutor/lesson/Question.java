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
 * {@code tolerance}. An ordering question lists its items in their right {@code order} and shows them
 * scrambled, answered by their letters in order ({@code c a b}); a matching question pairs each left
 * item of {@code match} with its right one, shown numbered and lettered (scrambled), answered
 * {@code 1b 2a}. The scramble follows the question's id, so it is the same every time it is shown. A
 * command question takes a typed docker command and accepts any spelling of one of its {@code commands}
 * ({@code docker ps -a} for {@code docker container ls --all}), compared as docker parses them.
 */
public record Question(String id, String prompt, List<Option> options, List<String> answers, Double number,
                       double tolerance, String explanation, List<String> order, List<Match> match,
                       List<String> commands) {
    public record Option(String text, boolean correct, String feedback) {}

    /** One pair of a matching question. */
    public record Match(String left, String right) {}

    public Question {
        options = List.copyOf(options);
        answers = List.copyOf(answers);
        order = List.copyOf(order);
        match = List.copyOf(match);
        commands = List.copyOf(commands);
    }

    /** A multiple-choice question. */
    public Question(String id, String prompt, List<Option> options, String explanation) {
        this(id, prompt, options, List.of(), null, 0, explanation, List.of(), List.of(), List.of());
    }

    /** A question answered by typing words ({@code answers}) or a number. */
    public Question(String id, String prompt, List<String> answers, Double number, double tolerance, String explanation) {
        this(id, prompt, List.of(), answers, number, tolerance, explanation, List.of(), List.of(), List.of());
    }

    /** An ordering ({@code order}) or matching ({@code match}) question. */
    public static Question arranged(String id, String prompt, List<String> order, List<Match> match, String explanation) {
        return new Question(id, prompt, List.of(), List.of(), null, 0, explanation, order, match, List.of());
    }

    /** A question answered by typing a docker command: any spelling of one of {@code commands} is right. */
    public static Question command(String id, String prompt, List<String> commands, String explanation) {
        return new Question(id, prompt, List.of(), List.of(), null, 0, explanation, List.of(), List.of(), commands);
    }

    /**
     * Whether {@code text} is a right answer to a typed question, reading commands with {@code parse}; empty
     * when it cannot be an answer at all (not a number, or no docker command).
     */
    public <T> Optional<Boolean> judge(String text, java.util.function.Function<String, Optional<T>> parse) {
        return commands.isEmpty() ? judge(text) : judgeCommand(text, parse);
    }

    /** What kind of text a typed question wants, when the learner's answer was not even that. */
    public String wants() {
        return number != null ? "a number" : "a docker command line, starting with docker";
    }

    /**
     * Whether {@code text} is one of the commands, as {@code parse} reads both (docker's own parsing, so that
     * flags' spellings and order do not matter); empty when {@code text} is no command that parses.
     */
    private <T> Optional<Boolean> judgeCommand(String text, java.util.function.Function<String, Optional<T>> parse) {
        Optional<T> given = parse.apply(text.strip());
        return given.map(g -> commands.stream().anyMatch(c -> parse.apply(c).filter(g::equals).isPresent()));
    }

    /** Whether the answer is typed (a word, a phrase or a number) rather than chosen by letter. */
    public boolean typed() {
        return options.isEmpty() && order.isEmpty() && match.isEmpty();
    }

    /** Whether it is answered by arranging: letters in order, or numbers paired with letters. */
    public boolean arranged() {
        return !order.isEmpty() || !match.isEmpty();
    }

    /** The right answer as the learner would type it: the letters, or the first accepted text, or the number. */
    public String rightAnswer() {
        if (arranged()) {
            int[] shown = scramble();
            StringBuilder out = new StringBuilder();
            for (int k = 0; k < shown.length; k++) {
                int letter = indexOf(shown, k);
                out.append(k == 0 ? "" : " ").append(match.isEmpty() ? "" : String.valueOf(k + 1)).append(letter(letter));
            }
            return out.toString();
        }
        if (!typed()) {
            return correctLetters();
        }
        if (number != null) {
            return number == Math.rint(number) ? String.valueOf(number.longValue()) : String.valueOf(number);
        }
        return commands.isEmpty() ? answers.get(0) : commands.get(0);
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

    /**
     * The items as shown: an ordering question's items scrambled and lettered, a matching question's left
     * items numbered beside its right items scrambled and lettered, a choice question's options lettered.
     */
    public List<String> shownLines() {
        List<String> lines = new java.util.ArrayList<>();
        if (!arranged()) {
            for (int i = 0; i < options.size(); i++) {
                lines.add("  " + letter(i) + ") " + options.get(i).text());
            }
            return lines;
        }
        int[] shown = scramble();
        int width = match.stream().mapToInt(m -> m.left().length()).max().orElse(0);
        for (int i = 0; i < shown.length; i++) {
            lines.add(match.isEmpty() ? "  " + letter(i) + ") " + order.get(shown[i])
                    : "  " + (i + 1) + ") " + match.get(i).left() + " ".repeat(width - match.get(i).left().length() + 4)
                            + letter(i) + ") " + match.get(shown[i]).right());
        }
        return lines;
    }

    /** How to answer a question that is chosen or arranged, with an example. */
    public String howToAnswer() {
        if (!match.isEmpty()) {
            return "Type each number with its letter, for example `1b 2a`.";
        }
        if (!order.isEmpty()) {
            return "Type the letters in the right order, for example `c a b`.";
        }
        return multiple() ? "More than one is right: type the letters of all of them, for example `a c`."
                : "Type the letter of your answer, for example `b`.";
    }

    /** The right arrangement, one line an item: the items in order, or each left item with its right one. */
    public List<String> answerLines() {
        int[] shown = scramble();
        List<String> lines = new java.util.ArrayList<>();
        for (int k = 0; k < shown.length; k++) {
            int letter = indexOf(shown, k);
            lines.add(match.isEmpty() ? letter(letter) + ") " + order.get(k)
                    : (k + 1) + letter(letter) + ") " + match.get(k).left() + " → " + match.get(k).right());
        }
        return lines;
    }

    /**
     * Whether {@code input} arranges the items rightly ({@code c a b}, or {@code 1b 2a}); empty when it is
     * not an arrangement of them (not every letter or number once): then it is an ordinary command.
     */
    public Optional<Boolean> arrange(String input) {
        int[] shown = scramble();
        int n = shown.length;
        String text = input.strip().toLowerCase(Locale.ROOT);
        if (match.isEmpty()) {
            String[] words = text.split("[\\s,]+");
            Set<Integer> seen = new TreeSet<>();
            boolean right = words.length == n;
            for (int k = 0; k < words.length; k++) {
                int letter = words[k].length() == 1 ? words[k].charAt(0) - 'a' : -1;
                if (letter < 0 || letter >= n || !seen.add(letter)) {
                    return Optional.empty();
                }
                right &= order.get(shown[letter]).equals(order.get(k));
            }
            return seen.size() == n ? Optional.of(right) : Optional.empty();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)\\s*[-:=)]?\\s*([a-z])[\\s,]*").matcher(text);
        Set<Integer> numbers = new TreeSet<>();
        Set<Integer> letters = new TreeSet<>();
        boolean right = true;
        int end = 0;
        while (m.lookingAt()) {
            int number = Integer.parseInt(m.group(1)) - 1;
            int letter = m.group(2).charAt(0) - 'a';
            if (number < 0 || number >= n || letter >= n || !numbers.add(number) || !letters.add(letter)) {
                return Optional.empty();
            }
            right &= match.get(shown[letter]).right().equals(match.get(number).right());
            end = m.end();
            m.region(end, text.length());
        }
        return end == text.length() && numbers.size() == n ? Optional.of(right) : Optional.empty();
    }

    /**
     * The order the items are shown in: {@code scramble()[i]} is the item shown at place {@code i}. Fixed
     * by the id, and never the right order itself when there are two items or more.
     */
    int[] scramble() {
        int n = match.isEmpty() ? order.size() : match.size();
        List<Integer> places = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            places.add(i);
        }
        java.util.Collections.shuffle(places, new java.util.Random(id.hashCode()));
        if (n > 1 && java.util.stream.IntStream.range(0, n).allMatch(i -> places.get(i) == i)) {
            java.util.Collections.rotate(places, 1);
        }
        return places.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
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
