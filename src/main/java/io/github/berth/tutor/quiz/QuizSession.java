package io.github.berth.tutor.quiz;

import io.github.berth.cli.DockerCall;
import io.github.berth.tutor.lesson.Question;
import io.github.berth.tutor.progress.Progress;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One run of quiz mode over a list of questions, on lines of text: each question with its options
 * shuffled, answered by letter, with feedback and the right answer at once. Missed questions are
 * asked again at the end until each is answered right; the score counts first tries only, and
 * first tries move each question between Leitner boxes for spaced review. Progress is handed to
 * {@code save} after every answer, so stopping at any moment loses nothing.
 */
public final class QuizSession {
    /** Days until a question in box 1..5 is due again. */
    private static final int[] INTERVAL_DAYS = {1, 2, 4, 8, 16};

    private final Progress progress;
    private final Clock clock;
    private final Random random;
    private final BufferedReader in;
    private final PrintStream out;
    private final Consumer<Progress> save;
    private final Duration limit;
    private final Function<String, Optional<DockerCall>> commands;

    /**
     * @param limit    the time allowed per question, or null for none
     * @param commands reads a docker command line as docker parses it, for questions that take a command
     */
    public QuizSession(Progress progress, Clock clock, Random random, BufferedReader in, PrintStream out,
                       Consumer<Progress> save, Duration limit, Function<String, Optional<DockerCall>> commands) {
        this.progress = progress;
        this.clock = clock;
        this.random = random;
        this.in = in;
        this.out = out;
        this.save = save;
        this.limit = limit;
        this.commands = commands;
    }

    /** How a run went: right on the first try, asked, and whether the learner stopped early. */
    public record Result(int firstTryRight, int asked, boolean stopped) {}

    public Result run(List<QuestionBank.Entry> questions) throws IOException {
        List<QuestionBank.Entry> order = new ArrayList<>(questions);
        Collections.shuffle(order, random);
        int right = 0;
        int asked = 0;
        List<QuestionBank.Entry> missed = new ArrayList<>();
        for (QuestionBank.Entry entry : order) {
            out.println();
            out.println("Question " + (asked + 1) + " of " + order.size() + "  (" + entry.lesson().title() + ")");
            Optional<Boolean> outcome = ask(entry);
            if (outcome.isEmpty()) {
                return stop(right, asked);
            }
            asked++;
            file(entry.key(), outcome.get());
            if (outcome.get()) {
                right++;
            } else {
                missed.add(entry);
            }
        }
        while (!missed.isEmpty()) {
            out.println();
            out.println("Once more, the " + (missed.size() == 1 ? "question" : missed.size() + " questions")
                    + " you missed (the score counts first tries only).");
            List<QuestionBank.Entry> again = new ArrayList<>();
            for (QuestionBank.Entry entry : missed) {
                out.println();
                Optional<Boolean> outcome = ask(entry);
                if (outcome.isEmpty()) {
                    return stop(right, asked);
                }
                if (!outcome.get()) {
                    again.add(entry);
                }
            }
            missed = again;
        }
        out.println();
        out.println("Score: " + right + " of " + asked + " right on the first try (" + (asked == 0 ? 0 : right * 100 / asked)
                + "%).");
        return new Result(right, asked, false);
    }

    private Result stop(int right, int asked) {
        out.println();
        out.println("Stopped. " + right + " of " + asked + " answered right on the first try; what you answered is saved.");
        return new Result(right, asked, true);
    }

    /**
     * Asks one question until a well-formed answer comes (letters for a choice, words or a number for a
     * typed answer, which may start with {@code answer} as in a lesson); empty when input ends.
     */
    private Optional<Boolean> ask(QuestionBank.Entry entry) throws IOException {
        boolean typed = entry.question().typed();
        boolean arranged = entry.question().arranged();
        Question q = typed || arranged ? entry.question() : shuffle(entry.question());
        out.println(unwrap(q.prompt()));
        q.shownLines().forEach(out::println);
        Instant start = clock.instant();
        while (true) {
            out.print(q.multiple() ? "answer (every right letter)> " : "answer> ");
            out.flush();
            String line = in.readLine();
            if (line == null) {
                return Optional.empty();
            }
            String text = typed && line.strip().startsWith("answer ") ? line.strip().substring(7) : line;
            Optional<Set<Integer>> chosen = typed || arranged ? Optional.of(Set.of()) : q.parse(line);
            Optional<Boolean> judged = text.isBlank() ? Optional.empty() : typed ? q.judge(text, commands)
                    : arranged ? q.arrange(text) : chosen.map(q::isRight);
            if (judged.isEmpty()) {
                out.println(typed ? "Type your answer" + (q.number() != null || !q.commands().isEmpty() ? " (" + q.wants() + ")" : "") + ", or press Ctrl-D to stop."
                        : arranged ? q.howToAnswer().replaceAll("\\.$", "") + ", or press Ctrl-D to stop."
                        : "Type the letter of " + (q.multiple() ? "every right answer" : "your answer")
                          + " (a to " + Question.letter(q.options().size() - 1) + "), or press Ctrl-D to stop.");
                continue;
            }
            Duration took = Duration.between(start, clock.instant());
            boolean inTime = limit == null || took.compareTo(limit) <= 0;
            boolean right = inTime && judged.get();
            progress.answers.add(new Progress.Answer(entry.key(), clock.instant(), text.strip(), right, took.toMillis()));
            verdict(right, inTime, took);
            if (typed && !right) {
                out.println("The answer: " + q.rightAnswer() + ".");
            } else if (arranged && !right) {
                out.println("The answer: " + q.rightAnswer() + ".");
                q.answerLines().forEach(a -> out.println("  " + a));
            } else if (!typed && !arranged) {
                feedback(q, chosen.get(), right);
            }
            if (q.explanation() != null) {
                out.println(unwrap(q.explanation()));
            }
            return Optional.of(right);
        }
    }

    private void verdict(boolean right, boolean inTime, Duration took) {
        if (!inTime) {
            out.println("✗ Too slow: " + took.toSeconds() + " s (the limit is " + limit.toSeconds() + " s a question).");
        } else {
            out.println(right ? "✓ Right." : "✗ Wrong.");
        }
    }

    /** Each chosen option's feedback and, after a wrong answer, the right options. */
    private void feedback(Question q, Set<Integer> chosen, boolean right) {
        for (int i : chosen) {
            if (q.options().get(i).feedback() != null) {
                out.println("  " + Question.letter(i) + ") " + unwrap(q.options().get(i).feedback()));
            }
        }
        if (!right) {
            out.println("The answer: " + String.join(", ", q.correctLetters().split(" ")) + ".");
            for (int i = 0; i < q.options().size(); i++) {
                if (q.options().get(i).correct()) {
                    out.println("  " + Question.letter(i) + ") " + q.options().get(i).text());
                }
            }
        }
    }

    /** Markdown's soft line breaks joined, so the terminal wraps the text to its own width. */
    private static String unwrap(String markdown) {
        return markdown.strip().replaceAll("(?<!\\n)\\n(?!\\n)", " ");
    }

    /** The question with its options in a random order (the letters follow the new order). */
    private Question shuffle(Question q) {
        List<Question.Option> options = new ArrayList<>(q.options());
        Collections.shuffle(options, random);
        return new Question(q.id(), q.prompt(), options, q.explanation());
    }

    /**
     * A first try moves the question up a box when right (straight to box 2 when it was known at first
     * sight) and back to box 1 when wrong; the box says when it is due again.
     */
    private void file(String key, boolean right) {
        Progress.Card card = progress.cards.computeIfAbsent(key, k -> new Progress.Card());
        boolean seen = card.lastAnswered != null;
        card.box = !right ? 1 : seen ? Math.min(Progress.TOP_BOX, card.box + 1) : 2;
        card.lastAnswered = clock.instant();
        card.due = card.lastAnswered.plus(Duration.ofDays(INTERVAL_DAYS[card.box - 1]));
        save.accept(progress);
    }

    /** The questions due for review now, oldest due first; questions no longer in the course are left out. */
    public static List<QuestionBank.Entry> due(Progress progress, QuestionBank bank, Instant now) {
        return progress.cards.entrySet().stream()
                .filter(e -> e.getValue().due != null && !e.getValue().due.isAfter(now))
                .sorted((a, b) -> a.getValue().due.compareTo(b.getValue().due))
                .flatMap(e -> bank.find(e.getKey()).stream())
                .toList();
    }
}
