package io.github.berth.tutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Moodle's GIFT format (its rules as Moodle's importer documents them) read into berth's questions. */
class GiftTest {
    private static Gift.Result read(String text) {
        return Gift.read("q.gift", text);
    }

    private static Question only(String text) {
        Gift.Result r = read(text);
        assertEquals(List.of(), r.problems());
        assertEquals(1, r.questions().size());
        return r.questions().get(0);
    }

    @Test
    void multipleChoiceWithFeedbackAndAGeneralFeedbackAsTheExplanation() {
        Question q = only("""
                // [tag:images]
                ::Layers 1::Each instruction that changes the filesystem creates a new {
                  =layer#Right: layers are cached and shared.
                  ~container#Containers are running instances.
                  ~volume
                  ####Use `docker history IMAGE` to see them.
                }
                """);
        assertEquals("layers-1", q.id());
        assertEquals("Each instruction that changes the filesystem creates a new", q.prompt());
        assertEquals(List.of(new Question.Option("layer", true, "Right: layers are cached and shared."),
                new Question.Option("container", false, "Containers are running instances."),
                new Question.Option("volume", false, null)), q.options());
        assertEquals("Use `docker history IMAGE` to see them.", q.explanation());
        assertEquals(Set.of(0), q.parse("a").orElseThrow());
        assertTrue(q.isRight(Set.of(0)));
    }

    @Test
    void weightsMakeSeveralRightOptionsThePositiveOnes() {
        Question q = only("::ports:: Which flags publish a port? {\n ~%50%-p#one of two\n ~%50%--publish\n"
                + " ~%-100%-P#publishes every EXPOSEd port\n ~-v\n}");
        assertTrue(q.multiple());
        assertEquals("a b", q.correctLetters());
        assertEquals("publishes every EXPOSEd port", q.options().get(2).feedback());
    }

    @Test
    void trueFalseGivesTwoOptionsWithTheWrongThenRightFeedback() {
        Question q = only("::vm-vs-ctr:: Containers on one host share the host kernel.{TRUE#Check the intro again.#Yes.}");
        assertEquals(List.of(new Question.Option("True", true, "Yes."),
                new Question.Option("False", false, "Check the intro again.")), q.options());
        Question f = only("::f:: A container boots its own kernel.{F}");
        assertEquals("b", f.correctLetters());
    }

    @Test
    void shortAnswersAreTypedAndEveryFullCreditOneIsAccepted() {
        Question q = only("::cli-1:: Which command lists *running* containers?{=docker ps =docker container ls}");
        assertTrue(q.typed());
        assertEquals(List.of("docker ps", "docker container ls"), q.answers());
        assertEquals(Optional.of(true), q.judge("Docker container ls"));
    }

    @Test
    void numbersWithATolerance_aRange_orExact() {
        Question exact = only("::num:: Which port does the daemon use for unencrypted remote calls?{#2375}");
        assertEquals(2375.0, exact.number());
        assertEquals(0.0, exact.tolerance());
        Question range = only("::range:: Any port in the ephemeral range.{#49152..65535}");
        assertEquals(Optional.of(true), range.judge("50000"));
        assertEquals(Optional.of(false), range.judge("1024"));
        Question tolerance = only("::t:: About how many MB is alpine?{#8:1}");
        assertEquals(Optional.of(true), tolerance.judge("7.5"));
        assertEquals(Optional.of(false), tolerance.judge("10"));
    }

    @Test
    void aMissingWordQuestionShowsABlankWhereTheBracesWere() {
        Question q = only("::blank:: The file that lists paths left out of the build context is {=.dockerignore} "
                + "in the context's root.");
        assertEquals("The file that lists paths left out of the build context is _____ in the context's root.", q.prompt());
        assertEquals(List.of(".dockerignore"), q.answers());
    }

    @Test
    void aBlankBeforePunctuationHasNoSpaceAfterIt() {
        assertEquals("The file is _____.", only("::p:: The file is {=.dockerignore}.").prompt());
    }

    @Test
    void escapesCommentsCategoriesAndFormatMarksAreRead() {
        Gift.Result r = read("$CATEGORY: $course$/top/docker\n\n// a comment\n"
                + "::esc::[markdown]What does \\{\\} mean in `--format '\\{\\{.Names\\}\\}'`?{\n"
                + "=a Go template\\: the field's value\n~a shell brace \\= group\n}\n");
        assertEquals(List.of(), r.problems());
        Question q = r.questions().get(0);
        assertEquals("What does {} mean in `--format '{{.Names}}'`?", q.prompt());
        assertEquals("a Go template: the field's value", q.options().get(0).text());
        assertEquals("a shell brace = group", q.options().get(1).text());
    }

    @Test
    void matchingPairsBecomeAMatchingQuestion() {
        Question q = only("::match:: Match the registry to its provider. {\n =Docker Hub -> Docker Inc.\n"
                + " =ECR -> Amazon Web Services\n =GHCR -> GitHub\n}\n");
        assertEquals(List.of(new Question.Match("Docker Hub", "Docker Inc."),
                new Question.Match("ECR", "Amazon Web Services"), new Question.Match("GHCR", "GitHub")), q.match());
        assertEquals(Optional.of(true), q.arrange(q.rightAnswer()));
    }

    @Test
    void itemsBerthCannotAskAreLeftOutWithAWarningOnTheirLine() {
        Gift.Result r = read("::match:: Match the registry to its provider. {\n =Docker Hub -> Docker Inc.\n"
                + " =ECR -> Amazon Web Services\n = -> GitHub\n}\n\n::essay:: Explain layers.{}\n\nJust some text.\n\n"
                + "::ok:: Kept?{T}\n");
        assertEquals(List.of("match", "ok"), r.questions().stream().map(Question::id).toList());
        assertEquals(List.of(
                new Problem("q.gift", 1, 1, Problem.Severity.WARNING, "question 'match': '-> GitHub' is not a 'left -> "
                        + "right' pair; berth shows only the pairs, so it is left out"),
                new Problem("q.gift", 7, 1, Problem.Severity.WARNING, "question 'essay' is an essay: berth cannot mark "
                        + "a free answer, so it is left out"),
                new Problem("q.gift", 9, 1, Problem.Severity.WARNING, "the question on line 9 has no answer in { }: "
                        + "text-only items are not asked, so it is left out")), r.problems());
    }

    @Test
    void brokenQuestionsAreErrorsAndTheRestIsStillRead() {
        Gift.Result r = read("::a:: Open {=x ~y\n\n::b:: No right one {~x ~y}\n\n::c:: Fine {=x ~y}\n\n"
                + "::c:: Again {=x ~y}\n\nNo title {#abc}\n");
        assertEquals(List.of("c"), r.questions().stream().map(Question::id).toList());
        assertEquals(List.of("q.gift:1:1: error: question 'a': the '{' has no closing '}'",
                "q.gift:3:1: error: question 'b' has no right option (one starting with '=' or with a positive %weight%)",
                "q.gift:7:1: error: question id 'c' (from its title) is used twice in this file",
                "q.gift:9:1: warning: the question on line 9 has no ::title::, so its id is 'gift-2' after its place in "
                        + "the file; moving it would start learners' review of it again",
                "q.gift:9:1: error: the question on line 9: 'abc' is not a number, a number:tolerance or a low..high range"),
                r.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void windowsLineEndsAndNoFinalNewlineAreFine() {
        Question q = only("::w::Is it read?{\r\n=yes\r\n~no}");
        assertEquals("yes", q.options().get(0).text());
        assertNull(q.explanation());
    }
}
