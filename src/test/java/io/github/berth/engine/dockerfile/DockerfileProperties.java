package io.github.berth.engine.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random input never makes the parser or the lexer fail with anything but their own error types. */
class DockerfileProperties {

    @Provide
    Arbitrary<String> dockerfiles() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("FROM ", "from ", "RUN ", "CMD ", "ENTRYPOINT ", "COPY ", "ADD ", "ENV ", "LABEL ",
                        "ARG ", "ONBUILD ", "HEALTHCHECK ", "SHELL ", "VOLUME ", "EXPOSE ", "USER ", "WORKDIR ",
                        "STOPSIGNAL ", "MAINTAINER ", "BOGUS ", "CMD ", "NONE "),
                Arbitraries.of("\n", "\r\n", " ", "\t", "\\", "`", "\\\n", "`\n", "#", "# escape=`\n",
                        "# escape=\\\n", "# syntax=x\n", "# check=y\n", "# escape=q\n", "--", "--from=a ",
                        "[", "]", "\"", "'", ",", "[\"a\", \"b\"]", "[1]", "[[]]", "{}", "\\u", "=", "a=b ",
                        "<<", "<<-", "EOF", "\nEOF\n", "'EOF'", "$", "${", "}", ":-", "%", "#", "/", "\u00a0",
                        "\u0085", "\uFEFF", "\u00e9", "😀", "\u0000", "x", "y z"),
                Arbitraries.strings().ofMaxLength(4));
        return piece.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 600)
    void parsingEndsInATreeOrAParseError(@ForAll("dockerfiles") String text) {
        ParseResult result;
        try {
            result = DockerfileParser.parse(text);
        } catch (DockerfileParseException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isEmpty());
            assertTrue(e.startLine() >= 0 && e.endLine() >= e.startLine());
            return;
        }
        assertTrue(!result.instructions().isEmpty());
        String dump = result.dump();
        assertEquals(result.instructions().size(), dump.split("\n", -1).length - 1);
        int previousEnd = 0;
        for (Instruction i : result.instructions()) {
            assertTrue(i.startLine() > previousEnd && i.endLine() >= i.startLine(), i.toString());
            previousEnd = i.endLine();
        }
        try {
            InstructionNames.requireKnown(result);
        } catch (DockerfileParseException e) {
            assertTrue(e.getMessage().startsWith("unknown instruction: "));
        }
    }

    @Property(tries = 400)
    void parsingArbitraryUnicodeEndsInATreeOrAParseError(@ForAll String text) {
        try {
            DockerfileParser.parse(text).dump();
        } catch (DockerfileParseException e) {
            assertTrue(e.getMessage() != null);
        }
    }

    @Property(tries = 600)
    void expansionEndsInAWordOrAnExpansionError(@ForAll("dockerfiles") String text) {
        Map<String, String> env = Map.of("a", "x y", "EOF", "", "b", "a*b");
        for (ShellLex lex : List.of(new ShellLex('\\'), new ShellLex('`', new ShellLex.Options(true, true, false,
                true)))) {
            try {
                lex.processWord(text, env);
                lex.processWords(text, env);
            } catch (ShellExpansionException e) {
                assertTrue(e.getMessage().startsWith("failed to process "));
            }
        }
    }
}
