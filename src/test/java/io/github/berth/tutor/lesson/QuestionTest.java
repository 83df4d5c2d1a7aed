package io.github.berth.tutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Typed answers: words compared loosely, numbers within a tolerance. */
class QuestionTest {
    private final Question words = new Question("w", "?", List.of(), List.of("/var/lib/docker", "Docker root"), null, 0, null);
    private final Question number = new Question("n", "?", List.of(), List.of(), 2.5, 0.5, null);

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
        assertEquals("8080", new Question("p", "?", List.of(), List.of(), 8080.0, 0, null).rightAnswer());
    }
}
