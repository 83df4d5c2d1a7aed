package io.github.berth.tutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Typed answers: words compared loosely, numbers within a tolerance; ordering and matching answers. */
class QuestionTest {
    private final Question words = new Question("w", "?", List.of("/var/lib/docker", "Docker root"), null, 0, null);
    private final Question number = new Question("n", "?", List.of(), 2.5, 0.5, null);

    @Test
    void wordsIgnoreCaseQuotesSpacesAndAFinalStop() {
        assertEquals(Optional.of(true), words.judge("/var/lib/docker"));
        assertEquals(Optional.of(true), words.judge("  `docker   ROOT`. "));
        assertEquals(Optional.of(true), words.judge("'Docker root'"));
        assertEquals(Optional.of(false), words.judge("/var/lib"));
        assertEquals(Optional.of(false), words.judge(""));
        assertEquals("/var/lib/docker", words.rightAnswer());
    }

    @Test
    void numbersWithinTheTolerance() {
        assertEquals(Optional.of(true), number.judge("3"));
        assertEquals(Optional.of(true), number.judge("2"));
        assertEquals(Optional.of(false), number.judge("3.01"));
        assertEquals(Optional.empty(), number.judge("three"), "not a number: not an answer at all");
        assertEquals("2.5", number.rightAnswer());
        assertEquals("8080", new Question("p", "?", List.of(), 8080.0, 0, null).rightAnswer());
    }

    private final Question order = Question.arranged("run-steps", "In which order?",
            List.of("pull the image", "create the container", "start its process"), List.of(), null);
    private final Question match = Question.arranged("registries", "Match them.", List.of(),
            List.of(new Question.Match("Docker Hub", "Docker Inc."), new Question.Match("Amazon ECR", "AWS"),
                    new Question.Match("GHCR", "GitHub")), null);

    @Test
    void anOrderingQuestionIsShownScrambledTheSameWayEachTimeAndAnsweredByLettersInOrder() {
        List<String> shown = order.shownLines();
        assertEquals(shown, order.shownLines());
        assertEquals(3, shown.size());
        assertNotEquals(List.of("  a) pull the image", "  b) create the container", "  c) start its process"), shown,
                "never shown in the right order");
        String right = order.rightAnswer();
        assertEquals(Optional.of(true), order.arrange(right));
        assertEquals(Optional.of(true), order.arrange(right.toUpperCase().replace(" ", ", ")));
        List<String> letters = List.of(right.split(" "));
        assertEquals(Optional.of(false), order.arrange(letters.get(1) + " " + letters.get(0) + " " + letters.get(2)));
        assertEquals(Optional.empty(), order.arrange("a b"), "every item once");
        assertEquals(Optional.empty(), order.arrange("a a b"));
        assertEquals(Optional.empty(), order.arrange("ls -l"));
        for (int k = 0; k < 3; k++) {
            String line = order.answerLines().get(k);
            assertTrue(shown.contains("  " + line), line + " is how it was shown");
        }
        assertTrue(order.answerLines().get(0).endsWith(") pull the image"));
    }

    @Test
    void aMatchingQuestionNumbersTheLeftItemsAndLettersTheRightOnesScrambled() {
        List<String> shown = match.shownLines();
        assertTrue(shown.get(0).startsWith("  1) Docker Hub    "), shown.get(0));
        assertTrue(shown.get(1).startsWith("  2) Amazon ECR    "), shown.get(1));
        assertTrue(shown.stream().allMatch(l -> l.length() >= 20 && l.charAt(19) >= 'a' && l.charAt(20) == ')'),
                "the letters line up:\n" + String.join("\n", shown));
        String right = match.rightAnswer();
        assertTrue(right.matches("1[a-c] 2[a-c] 3[a-c]"), right);
        assertEquals(Optional.of(true), match.arrange(right));
        assertEquals(Optional.of(true), match.arrange(right.replaceAll("(\\d)", "$1-").replace(" ", ", ")));
        String swapped = "1" + right.charAt(4) + " 2" + right.charAt(1) + " 3" + right.charAt(7);
        assertEquals(Optional.of(false), match.arrange(swapped));
        assertEquals(Optional.empty(), match.arrange("1a 2b"), "every number once");
        assertEquals(Optional.empty(), match.arrange("1a 2a 3b"), "every letter once");
        assertEquals(Optional.empty(), match.arrange("4a 2b 3c"));
        assertEquals(Optional.empty(), match.arrange("docker ps"));
        assertEquals("1" + right.charAt(1) + ") Docker Hub → Docker Inc.", match.answerLines().get(0));
    }
}
