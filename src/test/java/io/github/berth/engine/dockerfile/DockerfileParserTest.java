package io.github.berth.engine.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact trees and messages; expectations follow BuildKit v0.22.0's parser.go and line_parsers.go. */
class DockerfileParserTest {

    private static String dump(String dockerfile) throws DockerfileParseException {
        return DockerfileParser.parse(dockerfile).dump();
    }

    private static DockerfileParseException error(String dockerfile) {
        return assertThrows(DockerfileParseException.class, () -> DockerfileParser.parse(dockerfile));
    }

    @Test
    void theSourceNotesDockerfile() throws Exception {
        String df = """
                FROM ubuntu:16.04
                LABEL maintainer="me@example.com"
                RUN apt-get update -y && \\
                    apt-get install -y python-pip python-dev
                COPY ./requirements.txt /app/requirements.txt
                WORKDIR /app
                RUN pip install -r requirements.txt
                COPY ./app
                EXPOSE 8080
                ENTRYPOINT ["python"]
                CMD ["app.py"]
                """;
        assertEquals("""
                (from "ubuntu:16.04")
                (label "maintainer" "\\"me@example.com\\"" "=")
                (run "apt-get update -y &&     apt-get install -y python-pip python-dev")
                (copy "./requirements.txt" "/app/requirements.txt")
                (workdir "/app")
                (run "pip install -r requirements.txt")
                (copy "./app")
                (expose "8080")
                (entrypoint "python")
                (cmd "app.py")
                """, dump(df));
        ParseResult r = DockerfileParser.parse(df);
        assertEquals(3, r.instructions().get(2).startLine());
        assertEquals(4, r.instructions().get(2).endLine());
        assertTrue(r.instructions().get(9).json());
        assertFalse(r.instructions().get(2).json());
    }

    @Test
    void keywordsAreCaseInsensitiveButKeptAsWritten() throws Exception {
        ParseResult r = DockerfileParser.parse("from alpine AS build\nRun echo hi\n");
        assertEquals("(from \"alpine\" \"AS\" \"build\")\n(run \"echo hi\")\n", r.dump());
        assertEquals("from", r.instructions().get(0).keyword());
        assertEquals("run", r.instructions().get(1).command());
        assertEquals(List.of("alpine", "AS", "build"), r.instructions().get(0).words());
    }

    @Test
    void execFormAndItsFallbacks() throws Exception {
        assertEquals("(cmd \"a\" \"b c\")\n", dump("CMD [\"a\", \"b c\"]"));
        assertEquals("(cmd)\n", dump("CMD []"));
        assertEquals("(cmd \"['a']\")\n", dump("CMD ['a']"));
        assertEquals("(cmd \"[\\\"a\\\"] b\")\n", dump("CMD [\"a\"] b"));
        assertEquals("(run \"[\\\"a\\\"\")\n", dump("RUN [\"a\""));
        assertEquals("(copy \"a\" \"b c\")\n", dump("COPY [\"a\", \"b c\"]"));
        assertEquals("(volume \"[/a\" \"/b]\")\n", dump("VOLUME [/a /b]"));
        assertEquals("(entrypoint \"\\u00e9\\n\" \"\\U0001f600\")\n",
                dump("ENTRYPOINT [\"\\u00e9\\n\", \"\\ud83d\\ude00\"]").replace("é", "\\u00e9")
                        .replace("😀", "\\U0001f600"));
        assertEquals("(cmd \"\\x00\")\n", dump("CMD [\"\\u0000\"]"));
    }

    @Test
    void aValidJsonArrayOfNonStringsIsAnError() {
        DockerfileParseException e = error("FROM x\nCMD [\"a\", [\"b\"]]\n");
        assertEquals("when using JSON array syntax, arrays must be comprised of strings only", e.getMessage());
        assertEquals(2, e.startLine());
        assertEquals("when using JSON array syntax, arrays must be comprised of strings only",
                error("FROM x\nRUN [1]").getMessage());
        assertEquals("when using JSON array syntax, arrays must be comprised of strings only",
                error("FROM x\nHEALTHCHECK CMD [null]").getMessage());
    }

    @Test
    void flagsAreSplitOffAndKeptVerbatim() throws Exception {
        assertEquals("(copy [\"--from=build\" \"--chmod=755\" \"--link\"] \"a\" \"b\")\n",
                dump("COPY --from=build --chmod=755 --link a b"));
        assertEquals("(run [\"--mount=type=cache,target=/root/.cache\" \"--network=none\"] \"pip install x\")\n",
                dump("RUN --mount=type=cache,target=/root/.cache --network=none pip install x"));
        assertEquals("(from [\"--platform=linux/amd64\"] \"alpine\")\n", dump("FROM --platform=linux/amd64 alpine"));
        // quotes inside a flag are removed; a bare -- ends the flags and is dropped
        assertEquals("(copy [\"--chown=a b\"] \"--x\" \"y\")\n", dump("COPY --chown=\"a b\" -- --x y"));
        assertEquals("(healthcheck [\"--interval=5s\" \"--start-period=1s\"] \"CMD\" \"curl\" \"-f\" \"x\")\n",
                dump("HEALTHCHECK --interval=5s --start-period=1s CMD [\"curl\", \"-f\", \"x\"]"));
    }

    @Test
    void envAndLabelForms() throws Exception {
        assertEquals("(env \"a\" \"1\" \"=\" \"b\" \"\\\"x y\\\"\" \"=\")\n", dump("ENV a=1 b=\"x y\""));
        assertEquals("(env \"k\" \"v  w\" \"\")\n", dump("ENV k v  w"));
        assertEquals("(label \"a\" \"\" \"=\")\n", dump("LABEL a="));
        assertEquals("(env)\n", dump("ENV"));
        DockerfileParseException e = error("FROM x\nENV a=1 b\n");
        assertEquals("Syntax error - can't find = in \"b\". Must be of the form: name=value", e.getMessage());
        assertEquals(2, e.startLine());
        assertEquals("LABEL must have two arguments", error("LABEL x").getMessage());
        assertEquals("ENV must have two arguments", error("FROM x\nENV PATH").getMessage());
    }

    @Test
    void otherInstructions() throws Exception {
        assertEquals("""
                (arg "A" "B=1" "C=\\"x y\\"")
                (expose "80/tcp" "443")
                (user "app:app")
                (workdir "/a b")
                (stopsignal "SIGTERM")
                (maintainer "Jo Doe <jo@example.com>")
                (shell "/bin/sh" "-c")
                (onbuild (run "echo hi"))
                (onbuild (copy ["--from=a"] "x" "y"))
                (onbuild)
                (healthcheck "NONE")
                (healthcheck)
                (bogus)
                """, dump("""
                ARG A B=1 C="x y"
                EXPOSE 80/tcp 443
                USER app:app
                WORKDIR /a b
                STOPSIGNAL SIGTERM
                MAINTAINER Jo Doe <jo@example.com>
                SHELL ["/bin/sh", "-c"]
                ONBUILD RUN echo hi
                onbuild COPY --from=a x y
                ONBUILD
                HEALTHCHECK NONE
                HEALTHCHECK
                BOGUS whatever it says
                """));
    }

    @Test
    void continuationsSkipCommentsAndBlankLinesAndWarnAboutBlanks() throws Exception {
        ParseResult r = DockerfileParser.parse("FROM x\nRUN a \\\n# a comment\n\n  b \\\n  c\nRUN d\n");
        assertEquals("(from \"x\")\n(run \"a   b   c\")\n(run \"d\")\n", r.dump());
        assertEquals(2, r.instructions().get(1).startLine());
        assertEquals(6, r.instructions().get(1).endLine());
        assertEquals(1, r.warnings().size());
        assertEquals("Empty continuation line found in: RUN a   b   c", r.warnings().get(0).shortText());
        // an escaped escape at the end of a line is no continuation
        assertEquals("(run \"a \\\\\\\\\")\n(run \"b\")\n", dump("RUN a \\\\\nRUN b\n"));
        // a continuation at the end of the file is allowed
        assertEquals("(run \"a\")\n", dump("RUN a \\"));
    }

    @Test
    void escapeDirectiveSwitchesToBacktick() throws Exception {
        ParseResult r = DockerfileParser.parse("# escape=`\n# syntax=docker/dockerfile:1\nFROM x\nRUN a `\n  b\n"
                + "COPY c:\\a\\ d\n");
        assertEquals("(from \"x\")\n(run \"a   b\")\n(copy \"c:\\\\a\\\\\" \"d\")\n", r.dump());
        assertEquals('`', r.escapeToken());
        assertEquals(List.of(new Directive("escape", "`", 1), new Directive("syntax", "docker/dockerfile:1", 2)),
                r.directives());
        // after an instruction or an ordinary comment, it is only a comment
        assertEquals("(from \"x\")\n(run \"a `\")\n", dump("FROM x\n# escape=`\nRUN a `\n"));
        assertEquals("(run \"a `\")\n", dump("# hello\n# escape=`\nRUN a `\n"));
        assertEquals(List.of(new Directive("check", "skip=all", 1)),
                DockerfileParser.parse("#check = skip=all  \nFROM x").directives());
    }

    @Test
    void directiveErrorsUseBuildkitsLineCount() {
        DockerfileParseException dup = error("# escape=`\n# escape=\\\nFROM x\n");
        assertEquals("only one escape parser directive can be used", dup.getMessage());
        assertEquals(1, dup.startLine()); // parser.go passes the count of lines before the offending one
        DockerfileParseException bad = error("# escape=x\nFROM x\n");
        assertEquals("invalid escape token 'x' does not match ` or \\", bad.getMessage());
        assertEquals(0, bad.startLine());
    }

    @Test
    void heredocs() throws Exception {
        ParseResult r = DockerfileParser.parse("""
                FROM alpine
                RUN <<EOF cat >/x
                hello $USER
                EOF
                COPY <<-"A" <<B /dst/
                \tone
                \tA
                two
                B
                RUN ["echo", "<<EOF"]
                """);
        assertEquals("""
                (from "alpine")
                (run "<<EOF cat >/x")
                (copy "<<-\\"A\\"" "<<B" "/dst/")
                (run "echo" "<<EOF")
                """, r.dump());
        Instruction run = r.instructions().get(1);
        assertEquals(List.of(new Heredoc("EOF", 0, true, false, "hello $USER\n")), run.heredocs());
        assertEquals(2, run.startLine());
        assertEquals(4, run.endLine());
        Instruction copy = r.instructions().get(2);
        assertEquals(List.of(new Heredoc("A", 0, false, true, "\tone\n"), new Heredoc("B", 0, true, false, "two\n")),
                copy.heredocs());
        assertEquals("one\n", copy.heredocs().get(0).chompedContent());
        assertEquals(5, copy.startLine());
        assertEquals(9, copy.endLine());
        assertTrue(r.instructions().get(3).heredocs().isEmpty());
    }

    @Test
    void heredocsInsideOnbuildAndWithFileDescriptors() throws Exception {
        ParseResult r = DockerfileParser.parse("ONBUILD RUN 3<<'X' a\nbody\nX\nRUN echo x<<y\n");
        assertEquals(List.of(new Heredoc("X", 3, false, false, "body\n")), r.instructions().get(0).heredocs());
        // x<<y is no heredoc word: the regex wants only digits before <<
        assertEquals(4, r.instructions().get(1).startLine());
        assertTrue(r.instructions().get(1).heredocs().isEmpty());
        assertEquals(4, r.instructions().get(1).endLine());
    }

    @Test
    void anUnterminatedHeredocIsAnError() {
        DockerfileParseException e = error("FROM x\nRUN <<EOF\nabc\n");
        assertEquals("unterminated heredoc", e.getMessage());
        assertEquals(2, e.startLine());
        assertEquals(3, e.endLine());
    }

    @Test
    void emptyFilesAndCommentOnlyFilesHaveNoInstructions() {
        assertEquals("file with no instructions", error("").getMessage());
        DockerfileParseException e = error("# just\n\n# comments\n");
        assertEquals("file with no instructions", e.getMessage());
        assertEquals(3, e.startLine());
    }

    @Test
    void byteOrderMarkAndCrlf() throws Exception {
        assertEquals("(from \"x\")\n(run \"a b\")\n", dump("\uFEFFFROM x\r\nRUN a \\\r\nb\r\n"));
    }

    @Test
    void tooLongALineIsAnError() {
        String line = "RUN " + "a".repeat(70_000) + "\n";
        DockerfileParseException e = error("FROM x\n" + line);
        assertEquals("dockerfile line greater than max allowed size of 65535", e.getMessage());
    }

    @Test
    void unknownInstructionsGetBuildkitsSuggestion() throws Exception {
        DockerfileParseException e = assertThrows(DockerfileParseException.class,
                () -> InstructionNames.requireKnown(DockerfileParser.parse("FROM x\nRUNN a\n")));
        assertEquals("unknown instruction: RUNN (did you mean RUN?)", e.getMessage());
        assertEquals(2, e.startLine());
        e = assertThrows(DockerfileParseException.class,
                () -> InstructionNames.requireKnown(DockerfileParser.parse("form x\n")));
        assertEquals("unknown instruction: form (did you mean from?)", e.getMessage());
        e = assertThrows(DockerfileParseException.class,
                () -> InstructionNames.requireKnown(DockerfileParser.parse("FROM x\nBADCMD\n")));
        assertEquals("unknown instruction: BADCMD", e.getMessage());
        InstructionNames.requireKnown(DockerfileParser.parse("from x\nonbuild run y\n"));
    }
}
