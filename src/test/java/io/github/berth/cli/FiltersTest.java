package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * moby v28.2.2 api/types/filters Args.Match: a value matches when it equals the source or, as a
 * regular expression, is found in it; a value that does not compile is skipped.
 */
class FiltersTest {
    @Test
    void aFieldWithoutValuesHasNoMatcherAndMatchesEverything() {
        Filters f = Filters.of(List.of("status=running"));
        assertNull(f.matcher("name"));
        assertTrue(f.match("name", "anything"));
    }

    @Test
    void exactValueOrUnanchoredExpression() {
        Predicate<String> names = Filters.of(List.of("name=^/we", "name=db")).matcher("name");
        assertTrue(names.test("/web"));
        assertTrue(names.test("my-db-1"));
        assertFalse(names.test("web"));
        assertFalse(names.test("cache"));
    }

    @Test
    void aValueThatDoesNotCompileIsSkipped() {
        Predicate<String> names = Filters.of(List.of("name=[", "name=eb$")).matcher("name");
        assertTrue(names.test("web"));
        assertTrue(names.test("["), "an exact match needs no expression");
        assertFalse(names.test("webs"));
        assertFalse(Filters.of(List.of("name=[")).match("name", "x["));
    }

    @Test
    void psWithAnExpressionThatDoesNotCompile() {
        DockerSession s = new DockerSession(false);
        s.docker("run", "--name", "web", "hello-world");
        assertEquals(new DockerSession.Result("", "", 0), s.docker("ps", "-a", "-f", "name=[", "--format", "{{.Names}}"));
        assertEquals(new DockerSession.Result("web\n", "", 0),
                s.docker("ps", "-a", "-f", "name=[", "-f", "name=w", "--format", "{{.Names}}"));
    }
}
