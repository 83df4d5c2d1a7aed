package io.github.berth.tutor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StyledTextTest {
    @Test
    void aLongTutorLineWrapsAtWordsAndKeepsItsIndent() {
        StyledText text = StyledText.wrapped("Answer the question first: type the letter of your answer\n"
                + "  a) one two three four five six", Style.PLAIN, 20);
        assertEquals("""
                Answer the question
                first: type the
                letter of your
                answer
                  a) one two three
                  four five six
                """, text.plain());
    }

    @Test
    void shortLinesAndBlankLinesStayAsTheyAre() {
        assertEquals("two  spaces kept\n\nx\n", StyledText.wrapped("two  spaces kept\n\nx", Style.PLAIN, 40).plain());
    }

    @Test
    void aWordLongerThanTheLineStaysWhole() {
        assertEquals("see\nhttps://example.com/a/very/long/path\nnow\n",
                StyledText.wrapped("see https://example.com/a/very/long/path now", Style.PLAIN, 10).plain());
    }
}
