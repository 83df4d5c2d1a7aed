package io.github.berth.engine.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Heredoc words and bodies as parser.go's heredocFromMatch and Parse read them. */
class HeredocTest {

    private static List<Heredoc> docs(String instructionAndBody) throws Exception {
        ParseResult r = DockerfileParser.parse("FROM scratch\n" + instructionAndBody);
        return r.instructions().get(1).heredocs();
    }

    private static Heredoc doc(String name, boolean expand, String content) {
        return new Heredoc(name, 0, expand, false, content);
    }

    @Test
    void quotingAnyPartOfTheDelimiterTurnsExpansionOff() throws Exception {
        assertEquals(List.of(doc("stop", false, "x\n")), docs("RUN <<st'op'\nx\nstop\n"));
        assertEquals(List.of(doc("st'op", true, "x\n")), docs("RUN <<st\\'op\nx\nst'op\n"));
        assertEquals(List.of(doc("st'op", false, "x\n")), docs("RUN <<'s't\\'op\nx\nst'op\n"));
        assertEquals(List.of(doc("a b", false, "x\n")), docs("RUN <<'a b'\nx\na b\n"));
        // unset variables are kept as written in the delimiter
        assertEquals(List.of(doc("$END", true, "")), docs("RUN <<$END\n$END\n"));
        assertEquals(List.of(doc("END", true, "")), docs("RUN <<   END   > out\nEND\n"));
    }

    @Test
    void severalPerLineAreReadInOrder() throws Exception {
        assertEquals(List.of(doc("P", true, "Q\n"), doc("Q", true, "P\n")), docs("COPY <<P <<Q /d/\nQ\nP\nP\nQ\n"));
    }

    @Test
    void bodiesKeepCommentsQuotesAndTabs() throws Exception {
        assertEquals(List.of(doc("B", true, "# not a comment\n\"q\" 'r'\n\tindented\n")),
                docs("RUN --mount=type=cache,target=/c <<B\n# not a comment\n\"q\" 'r'\n\tindented\nB\n"));
        // <<- also accepts a tab-indented terminator
        assertEquals(List.of(new Heredoc("T", 0, true, true, "\ta\n")), docs("RUN <<-T\n\ta\n\t\tT\n"));
    }

    @Test
    void onlyRunCopyAndAddInShellFormTakeHeredocs() throws Exception {
        ParseResult r = DockerfileParser.parse("FROM x\nUSER <<U\nU\nRUN \"<<Q\"\nRUN [\"<<E\"]\n");
        assertEquals("(from \"x\")\n(user \"<<U\")\n(u)\n(run \"\\\"<<Q\\\"\")\n(run \"<<E\")\n", r.dump());
        r.instructions().forEach(i -> assertEquals(List.of(), i.heredocs()));
    }

    @Test
    void malformedDelimiters() throws Exception {
        assertThrows(ShellExpansionException.class, () -> DockerfileParser.parseHeredoc("<<'EOF"));
        assertThrows(ShellExpansionException.class, () -> DockerfileParser.parseHeredoc("<<EOF\""));
        assertNull(DockerfileParser.parseHeredoc(""));
        assertNull(DockerfileParser.parseHeredoc("<<"));
        assertNull(DockerfileParser.parseHeredoc("<<a<<b"));
        assertEquals(doc("EOF", true, ""), DockerfileParser.parseHeredoc("<< EOF"));
        assertEquals(new Heredoc("EOF", 0, false, true, ""), DockerfileParser.parseHeredoc("<<-\"EOF\""));
        assertEquals(doc("EOF", false, ""), DockerfileParser.parseHeredoc("<<EO\"F\""));
    }
}
