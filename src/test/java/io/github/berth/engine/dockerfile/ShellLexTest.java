package io.github.berth.engine.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** BuildKit's lex.go behaviour beyond the shared tables: modifiers, patterns, options and messages. */
class ShellLexTest {
    private final ShellLex lex = new ShellLex('\\');
    private final Map<String, String> env = Map.of("F", "file.tar.gz", "A", "abcabc", "E", "", "S", "a  b");

    private String word(String w) throws ShellExpansionException {
        return lex.processWord(w, env);
    }

    @Test
    void trimmingPatterns() throws Exception {
        assertEquals("file.tar", word("${F%.*}"));
        assertEquals("file", word("${F%%.*}"));
        assertEquals("tar.gz", word("${F#*.}"));
        assertEquals("gz", word("${F##*.}"));
        assertEquals("file.tar.gz", word("${F#x}"));
        assertEquals("ile.tar.gz", word("${F#?}"));
    }

    @Test
    void replacement() throws Exception {
        assertEquals("aXcabc", word("${A/b/X}"));
        assertEquals("aXcaXc", word("${A//b/X}"));
        // the replacement keeps its escapes (raw), and only the replace-all form goes through Go's
        // template expansion, where $0 is the match
        assertEquals("a[\\b]ca[\\b]c", word("${A//b/[\\$0]}"));
        assertEquals("a[\\$0]cabc", word("${A/b/[\\$0]}"));
        assertEquals("a[]ca[]c", word("${A//b/[$0]}"));
        assertEquals("X", word("${A//*/X}"));
    }

    @Test
    void defaultsAlternativesAndRequired() throws Exception {
        assertEquals("d", word("${U:-d}"));
        assertEquals("", word("${E-d}"));
        assertEquals("d", word("${E:-d}"));
        assertEquals("", word("${E:+x}"));
        assertEquals("x", word("${F+x}"));
        ShellExpansionException e = assertThrows(ShellExpansionException.class, () -> word("${U?}"));
        assertEquals("failed to process \"${U?}\": U: is not allowed to be unset", e.getMessage());
        e = assertThrows(ShellExpansionException.class, () -> word("${E:?must be set}"));
        assertEquals("failed to process \"${E:?must be set}\": E: must be set", e.getMessage());
    }

    @Test
    void syntaxErrors() {
        assertEquals("failed to process \"${\": syntax error: missing '}'",
                assertThrows(ShellExpansionException.class, () -> word("${")).getMessage());
        // lex.go reads the rune after the name; at the end that is EOF, printed as U+FFFD
        assertEquals("failed to process \"${A\": unsupported modifier (\uFFFD) in substitution",
                assertThrows(ShellExpansionException.class, () -> word("${A")).getMessage());
        assertEquals("failed to process \"${A:-x\": syntax error: missing '}'",
                assertThrows(ShellExpansionException.class, () -> word("${A:-x")).getMessage());
        assertEquals("failed to process \"${}\": syntax error: bad substitution",
                assertThrows(ShellExpansionException.class, () -> word("${}")).getMessage());
        assertEquals("failed to process \"${A:#x}\": unsupported modifier (:#) in substitution",
                assertThrows(ShellExpansionException.class, () -> word("${A:#x}")).getMessage());
        assertEquals("failed to process \"${A^}\": unsupported modifier (^) in substitution",
                assertThrows(ShellExpansionException.class, () -> word("${A^}")).getMessage());
        assertEquals("failed to process \"'a\": unexpected end of statement while looking for matching single-quote",
                assertThrows(ShellExpansionException.class, () -> word("'a")).getMessage());
        assertEquals("failed to process \"${F%\\\\x}\": invalid pattern (\\x) in substitution: invalid escape '\\x'",
                assertThrows(ShellExpansionException.class, () -> word("${F%\\x}")).getMessage());
    }

    @Test
    void wordsSplitOnUnquotedExpansions() throws Exception {
        assertEquals(List.of("a", "b"), lex.processWords("$S", env));
        assertEquals(List.of("a  b"), lex.processWords("\"$S\"", env));
        assertEquals(List.of("x", "y z"), lex.processWords("x 'y z'", env));
        // lex.go shares one words buffer with the nested ${…:-…} scan: the text before it is lost from Words
        assertEquals(List.of("y"), lex.processWords("hello${U:-y}", env));
        assertEquals("helloy", word("hello${U:-y}"));
    }

    @Test
    void optionsKeepQuotesEscapesAndUnsetVariables() throws Exception {
        ShellLex raw = new ShellLex('\\', new ShellLex.Options(true, true, false, true));
        assertEquals(List.of("'a b'", "c\\ d", "$U", "${U:-x}"), raw.processWords("'a b' c\\ d $U ${U:-x}", env));
        ShellLex backtick = new ShellLex('`');
        assertEquals("a\\b c", backtick.processWord("a\\b` c", env));
    }

    @Test
    void heredocWords() throws Exception {
        assertEquals(new Heredoc("EOF", 0, true, false, ""), DockerfileParser.parseHeredoc("<<EOF"));
        assertEquals(new Heredoc("EOF", 0, false, true, ""), DockerfileParser.parseHeredoc("<<-'EOF'"));
        assertEquals(new Heredoc("EOF", 2, false, false, ""), DockerfileParser.parseHeredoc("2<<E\"O\"F"));
        assertEquals(null, DockerfileParser.parseHeredoc("<<"));
        assertEquals(null, DockerfileParser.parseHeredoc("x<<EOF"));
    }
}
