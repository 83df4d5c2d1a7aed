package io.github.berth.tutor.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.engine.SteppingClock;
import io.github.berth.tutor.lesson.Lesson;
import io.github.berth.tutor.lesson.Question;
import io.github.berth.tutor.progress.Progress;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Quiz mode on two questions. Questions and options are shuffled, so the tests answer by an
 * option's text and read its letter off the screen, as a learner would.
 */
class QuizSessionTest {
    private static final Instant START = Instant.parse("2026-03-02T10:00:00Z");

    private final Progress progress = new Progress();
    private final SteppingClock clock = new SteppingClock(START);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private int saves;

    private static QuestionBank.Entry entry(String id, String prompt, String right, String wrong) {
        Question q = new Question(id, prompt, List.of(new Question.Option(right, true, null),
                new Question.Option(wrong, false, "Not " + wrong + ".")), "Because " + right + ".");
        return new QuestionBank.Entry("l/" + id, new Lesson("l", "m", "Lesson L", "", List.of()), q);
    }

    private final List<QuestionBank.Entry> two = List.of(entry("one", "Pick yes.", "yes", "no"),
            entry("two", "Pick up.", "up", "down"));

    /**
     * Runs the quiz; each question's answers come from its own list in {@code picks} (keyed by its
     * prompt), an option's text standing for its letter on the screen; what starts with ! is typed
     * as is. Input ends when the question on screen has no answers left.
     */
    private QuizSession.Result run(Map<String, List<String>> picks, Duration limit, Duration thinking) throws Exception {
        Map<String, List<String>> queues = new HashMap<>();
        picks.forEach((k, v) -> queues.put(k, new ArrayList<>(v)));
        BufferedReader in = new BufferedReader(new StringReader("")) {
            @Override
            public String readLine() {
                String screen = bytes.toString(StandardCharsets.UTF_8);
                String asked = screen.lastIndexOf("Pick yes.") > screen.lastIndexOf("Pick up.") ? "Pick yes." : "Pick up.";
                List<String> queue = queues.getOrDefault(asked, List.of());
                if (queue.isEmpty()) {
                    return null;
                }
                clock.advance(thinking);
                String pick = queue.remove(0);
                if (pick.startsWith("!")) {
                    return pick.substring(1);
                }
                int at = screen.lastIndexOf(") " + pick + "\n");
                return screen.substring(at - 1, at);
            }
        };
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        return new QuizSession(progress, clock, new Random(3), in, out, p -> saves++, limit, line -> java.util.Optional.empty()).run(two);
    }

    private static Map<String, List<String>> picks(List<String> yes, List<String> up) {
        return Map.of("Pick yes.", yes, "Pick up.", up);
    }

    private String screen() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void rightFirstTriesScoreAndGoStraightToTheSecondBox() throws Exception {
        QuizSession.Result result = run(picks(List.of("yes"), List.of("up")), null, Duration.ofSeconds(2));
        assertEquals(new QuizSession.Result(2, 2, false), result);
        assertTrue(screen().endsWith("Score: 2 of 2 right on the first try (100%).\n"), screen());
        Progress.Card card = progress.cards.get("l/one");
        assertEquals(2, card.box);
        assertEquals(card.lastAnswered.plus(Duration.ofDays(2)), card.due);
        assertEquals(2, progress.answers.size());
        assertTrue(progress.answers.get(0).correct());
        assertEquals(2000, progress.answers.get(0).millis());
        assertEquals(2, saves, "saved after every first try");
    }

    @Test
    void aMissIsExplainedAskedAgainAtTheEndAndCountsAgainstTheScore() throws Exception {
        QuizSession.Result result = run(picks(List.of("no", "no", "yes"), List.of("up")), null, Duration.ofSeconds(1));
        assertEquals(new QuizSession.Result(1, 2, false), result);
        String screen = screen();
        assertTrue(screen.contains("✗ Wrong.\n  ") && screen.contains(") Not no.\nThe answer: "), screen);
        assertTrue(screen.contains("Because yes."), screen);
        assertTrue(screen.contains("Once more, the question you missed (the score counts first tries only)."), screen);
        assertEquals(1, screen.split("Pick up\\.", -1).length - 1, "a right answer is not asked again");
        assertEquals(3, screen.split("Pick yes\\.", -1).length - 1, "asked until answered right");
        assertTrue(screen.endsWith("Score: 1 of 2 right on the first try (50%).\n"), screen);
        assertEquals(1, progress.cards.get("l/one").box, "only the first try moves the card");
        assertEquals(4, progress.answers.size(), "every answer is logged");
    }

    @Test
    void aSecondRightAnswerMovesTheCardUpAndAWrongOneBackToTheFirstBox() throws Exception {
        run(picks(List.of("yes"), List.of("up")), null, Duration.ofSeconds(1));
        bytes.reset();
        run(picks(List.of("yes"), List.of("down", "up")), null, Duration.ofSeconds(1));
        assertEquals(3, progress.cards.get("l/one").box);
        assertEquals(1, progress.cards.get("l/two").box);
        Progress.Card one = progress.cards.get("l/one");
        assertEquals(one.lastAnswered.plus(Duration.ofDays(4)), one.due);
    }

    @Test
    void inputThatIsNotALetterAsksAgainWithoutCounting() throws Exception {
        run(picks(List.of("!zz", "!", "yes"), List.of("up")), null, Duration.ofSeconds(1));
        assertTrue(screen().contains("Type the letter of your answer (a to b), or press Ctrl-D to stop."), screen());
        assertEquals(2, progress.answers.size());
    }

    @Test
    void theEndOfInputStopsAndKeepsWhatWasAnswered() throws Exception {
        QuizSession.Result result = run(picks(List.of("yes"), List.of()), null, Duration.ofSeconds(1));
        assertTrue(result.stopped());
        assertTrue(result.asked() <= 1 && result.firstTryRight() == result.asked(), result.toString());
        assertTrue(screen().endsWith("Stopped. " + result.asked() + " of " + result.asked()
                + " answered right on the first try; what you answered is saved.\n"), screen());
        assertEquals(result.asked(), progress.cards.size());
    }

    @Test
    void aLateAnswerInTimedModeCountsAsWrong() throws Exception {
        QuizSession.Result result = run(picks(List.of("yes", "yes"), List.of("up", "up")), Duration.ofSeconds(30), Duration.ofSeconds(31));
        assertEquals(0, result.firstTryRight());
        assertTrue(screen().contains("✗ Too slow: 31 s (the limit is 30 s a question)."), screen());
        assertFalse(progress.answers.get(0).correct());
        assertTrue(result.stopped(), "late answers are asked again until input ends");
    }

    @Test
    void dueQuestionsAreThoseWhoseTimeHasComeOldestFirst() throws Exception {
        run(picks(List.of("no", "yes"), List.of("up")), null, Duration.ofSeconds(1));
        QuestionBank bank = QuestionBank.ofEntries(two);
        assertEquals(List.of(), QuizSession.due(progress, bank, START.plus(Duration.ofHours(1))));
        assertEquals(List.of("l/one"), keys(QuizSession.due(progress, bank, START.plus(Duration.ofDays(1).plusHours(1)))));
        assertEquals(List.of("l/one", "l/two"), keys(QuizSession.due(progress, bank, START.plus(Duration.ofDays(2).plusHours(1)))));
    }

    private static List<String> keys(List<QuestionBank.Entry> entries) {
        return entries.stream().map(QuestionBank.Entry::key).toList();
    }

    @Test
    void typedQuestionsTakeWordsOrNumbersAndSayTheAnswerWhenMissed() throws Exception {
        Lesson lesson = new Lesson("l", "m", "Lesson L", "", List.of());
        Question port = new Question("port", "Which port?", List.of(), 8080.0, 0, "The host's.");
        Question verb = new Question("verb", "Which verb downloads an image?", List.of("pull", "docker pull"),
                null, 0, null);
        BufferedReader in = new BufferedReader(new StringReader("eighty\n80\n`Docker  Pull`.\n8080\n"));
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        QuizSession.Result result = new QuizSession(progress, clock, new Random(3), in, out, p -> saves++, null, line -> java.util.Optional.empty())
                .run(List.of(new QuestionBank.Entry("l/port", lesson, port), new QuestionBank.Entry("l/verb", lesson, verb)));
        String screen = screen();
        assertTrue(screen.contains("answer> Type your answer (a number), or press Ctrl-D to stop.\n"), screen);
        assertTrue(screen.contains("✗ Wrong.\nThe answer: 8080.\nThe host's.\n"), screen);
        assertTrue(screen.contains("✓ Right.\n"), screen);
        assertEquals(List.of("80", "`Docker  Pull`.", "8080"),
                progress.answers.stream().map(Progress.Answer::given).toList(), "the non-number is not logged");
        assertEquals(new QuizSession.Result(1, 2, false), result, "8080 was the retry; the verb was right at once");
    }

    @Test
    void anOrderingQuestionIsAnsweredByLettersAndAMissShowsTheRightOrder() throws Exception {
        Lesson lesson = new Lesson("l", "m", "Lesson L", "", List.of());
        Question order = Question.arranged("steps", "In which order?", List.of("pull", "create", "start"), List.of(), null);
        String right = order.rightAnswer();
        String[] letters = right.split(" ");
        String wrong = letters[1] + " " + letters[0] + " " + letters[2];
        BufferedReader in = new BufferedReader(new StringReader("a b\n" + wrong + "\n" + right + "\n"));
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        QuizSession.Result result = new QuizSession(progress, clock, new Random(3), in, out, p -> saves++, null, line -> java.util.Optional.empty())
                .run(List.of(new QuestionBank.Entry("l/steps", lesson, order)));
        String screen = screen();
        assertTrue(screen.contains("In which order?\n" + String.join("\n", order.shownLines()) + "\nanswer> "), screen);
        assertTrue(screen.contains("answer> Type the letters in the right order, for example `c a b`, or press Ctrl-D to stop.\n"),
                screen);
        assertTrue(screen.contains("✗ Wrong.\nThe answer: " + right + ".\n  " + order.answerLines().get(0) + "\n"), screen);
        assertEquals(new QuizSession.Result(0, 1, false), result, "right only on the second try");
    }
}
