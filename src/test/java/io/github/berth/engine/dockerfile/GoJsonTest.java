package io.github.berth.engine.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The exec form's JSON, judged as Go's json.Unmarshal into []any would. */
class GoJsonTest {
    private static GoJson.Decoded d(String s) {
        return GoJson.decodeArray(s);
    }

    @Test
    void arraysOfStrings() {
        assertEquals(List.of(), d("[]").strings());
        assertEquals(List.of(""), d("[\"\"]").strings());
        assertEquals(List.of("a", "b"), d("[\t\"a\" ,\n\"b\"\r] ").strings());
        assertEquals(List.of("\" \\ / \b \f \n \r \t \u0000 é"),
                d("[\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u0000 \\u00E9\"]").strings());
        assertEquals(List.of("\uD83D\uDE00", "\uFFFD", "\uFFFDx"),
                d("[\"\\ud83d\\ude00\", \"\\ud83d\", \"\\ude00x\"]").strings());
    }

    @Test
    void validJsonWithOtherValuesIsNotStrings() {
        for (String s : List.of("[\"a\",42,\"b\"]", "[-1.5e+3]", "[{}]", "[{\"c\": [1, {\"d\": null}]}]", "[[\"c\"]]",
                "[true]", "[false]", "[null]")) {
            assertEquals(GoJson.Status.NOT_STRINGS, d(s).status(), s);
        }
    }

    @Test
    void invalidJsonFallsBack() {
        for (String s : List.of("[", "['a']", "[\"a\",]", "[\"a\"] x", "[01]", "[1.]", "[.5]", "[+1]", "[\"\t\"]",
                "[\"\\x\"]", "[\"\\u12\"]", "[TRUE]", "[\"a\" \"b\"]", "[{\"a\"}]", "[{1:2}]", "[\"a\"]]",
                "[" .repeat(10001) + "]".repeat(10001))) {
            assertEquals(GoJson.Status.INVALID, d(s).status(), s);
        }
        assertEquals(GoJson.Status.NOT_STRINGS, d("[".repeat(10000) + "]".repeat(10000)).status());
    }
}
