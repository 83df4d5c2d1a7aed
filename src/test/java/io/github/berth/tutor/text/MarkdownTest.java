package io.github.berth.tutor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTest {
    private final Markdown markdown = new Markdown();

    @Test
    void paragraphsWrapAtWordsWithinTheWidth() {
        StyledText text = markdown.render("one two three four five six seven eight nine ten", 20);
        assertEquals("one two three four\nfive six seven eight\nnine ten\n", text.plain());
        text.lines().forEach(line -> assertTrue(line.stream().mapToInt(s -> s.text().length()).sum() <= 20));
    }

    @Test
    void stylesFollowTheMarkup() {
        StyledText text = markdown.render("Run **docker** with `-d` and *care*.", 80);
        List<StyledText.Span> line = text.lines().get(0);
        assertEquals("Run docker with -d and care.", text.plain().strip());
        assertTrue(line.contains(new StyledText.Span("docker", Style.STRONG)), line.toString());
        assertTrue(line.contains(new StyledText.Span("-d", Style.CODE)), line.toString());
        assertTrue(line.contains(new StyledText.Span("care", Style.EMPHASIS)), line.toString());
    }

    @Test
    void headingsListsCodeBlocksQuotesAndLinks() {
        String md = "# Title\n\n- first\n- second\n\n1. one\n2. two\n\n```\ndocker run  -d nginx\n```\n\n"
                + "> quoted\n\nSee [the docs](https://docs.docker.com/).\n";
        assertEquals("Title\n\n  • first\n  • second\n\n  1. one\n  2. two\n\n    docker run  -d nginx\n\n│ quoted\n\n"
                + "See the docs (https://docs.docker.com/).\n", markdown.render(md, 80).plain());
    }

    @Test
    void codeIsNeverWrapped() {
        String longLine = "docker run --name web -p 8080:80 -v data:/usr/share/nginx/html -d nginx:latest";
        assertEquals("    " + longLine + "\n", markdown.render("```\n" + longLine + "\n```", 30).plain());
    }
}
