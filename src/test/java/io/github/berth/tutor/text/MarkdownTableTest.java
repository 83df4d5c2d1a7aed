package io.github.berth.tutor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** GFM tables in lesson text: aligned columns, a bold header over a rule, cells wrapped to the width. */
class MarkdownTableTest {
    private final Markdown markdown = new Markdown();

    private static final String TABLE = "Two kinds:\n\n| Instruction | What it does |\n|---|---|\n"
            + "| `FROM` | the base image every later instruction builds on |\n| `COPY` | files from the build context |\n";

    @Test
    void columnsAreAsWideAsTheirWidestCellWhenTheyFit() {
        assertEquals("Two kinds:\n\n"
                + "Instruction  What it does\n"
                + "───────────  ────────────────────────────────────────────────\n"
                + "FROM         the base image every later instruction builds on\n"
                + "COPY         files from the build context\n", markdown.render(TABLE, 80).plain());
    }

    @Test
    void aNarrowTerminalWrapsTheWidestColumnAtWords() {
        String plain = markdown.render(TABLE, 40).plain();
        assertEquals("Two kinds:\n\n"
                + "Instruction  What it does\n"
                + "───────────  ───────────────────────────\n"
                + "FROM         the base image every later\n"
                + "             instruction builds on\n"
                + "COPY         files from the build\n"
                + "             context\n", plain);
        plain.lines().forEach(line -> assertTrue(line.length() <= 40, line));
    }

    @Test
    void theHeaderIsBoldTheRuleDimAndCodeStaysCode() {
        StyledText text = markdown.render(TABLE, 80);
        assertTrue(text.lines().get(2).contains(new StyledText.Span("Instruction", Style.STRONG)), text.lines().get(2).toString());
        assertEquals(Style.DIM, text.lines().get(3).get(1).style());
        assertTrue(text.lines().get(4).contains(new StyledText.Span("FROM", Style.CODE)), text.lines().get(4).toString());
    }

    @Test
    void alignmentMarkersAreKept() {
        String md = "| name | size |\n|:---:|---:|\n| a | 1.2MB |\n| alpine | 8MB |\n";
        assertEquals(" name    size\n──────  ─────\n  a     1.2MB\nalpine    8MB\n", markdown.render(md, 80).plain());
    }

    @Test
    void aLongWordIsCutRatherThanOverflowing() {
        String md = "| a | b |\n|---|---|\n| x | sha256:0123456789abcdef0123456789abcdef |\n";
        String plain = markdown.render(md, 24).plain();
        plain.lines().forEach(line -> assertTrue(line.length() <= 24, plain));
        assertTrue(plain.contains("x  sha256:0123456789abcd\n   ef0123456789abcdef\n"), plain);
    }

    @Test
    void aColumnThatCanWrapBetweenWordsGivesUpRoomBeforeALongWordIsCut() {
        String md = "| name | registry |\n|---|---|\n"
                + "| 123456789012.dkr.ecr.us-east-1.amazonaws.com/my-app:1.0 | Amazon ECR, private |\n";
        assertEquals("name                                                     registry\n"
                + "───────────────────────────────────────────────────────  ──────────\n"
                + "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-app:1.0  Amazon\n"
                + "                                                         ECR,\n"
                + "                                                         private\n", markdown.render(md, 67).plain());
    }

    @Test
    void aTableInsideAListIsIndentedWithIt() {
        String md = "- item\n\n  | k | v |\n  |---|---|\n  | 1 | 2 |\n";
        assertEquals("  • item\n    k  v\n    ─  ─\n    1  2\n", markdown.render(md, 80).plain());
    }
}
