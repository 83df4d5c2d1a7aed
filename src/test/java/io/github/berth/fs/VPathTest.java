package io.github.berth.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VPathTest {
    @ParameterizedTest(name = "resolve({0}, {1}) = {2}")
    @CsvSource(delimiter = '|', value = {
        "/home/learner | app              | /home/learner/app",
        "/home/learner | .                | /home/learner",
        "/home/learner | ./app/.          | /home/learner/app",
        "/home/learner | ..               | /home",
        "/home/learner | ../..            | /",
        "/home/learner | ../../../..      | /",
        "/home/learner | app/../app/./src | /home/learner/app/src",
        "/home/learner | app//src///main  | /home/learner/app/src/main",
        "/home/learner | app/             | /home/learner/app",
        "/home/learner | /etc             | /etc",
        "/home/learner | /etc/../usr/bin  | /usr/bin",
        "/home/learner | /                | /",
        "/home/learner | //               | /",
        "/home/learner | ///usr//bin/     | /usr/bin",
        "/home/learner | /..              | /",
        "/             | .                | /",
        "/             | ..               | /",
        "/             | tmp              | /tmp",
        "/a//b/        | c                | /a/b/c",
        "/a/b          | ...              | /a/b/...",
        "/a/b          | .hidden/..x      | /a/b/.hidden/..x",
    })
    void resolve(String cwd, String path, String expected) {
        assertEquals(expected, VPath.resolve(cwd, path));
    }

    @Test
    void anEmptyPathIsTheWorkingDirectory() {
        assertEquals("/home/learner", VPath.resolve("/home/learner", ""));
        assertEquals("/", VPath.resolve("/", ""));
    }

    @Test
    void namesWithSpacesAndOtherCharactersAreKept() {
        assertEquals("/home/dir with space/a:b", VPath.resolve("/home", "dir with space/a:b"));
    }

    @Test
    void segments() {
        assertEquals(List.of(), VPath.segments("/"));
        assertEquals(List.of(), VPath.segments("//./.."));
        assertEquals(List.of("usr", "bin"), VPath.segments("/usr//local/../bin/"));
    }

    @ParameterizedTest(name = "parent({0}) = {1}, name = {2}")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
        "/home/learner/app | /home/learner | app",
        "/home             | /             | home",
        "/                 | /             | ''",
    })
    void parentAndName(String path, String parent, String name) {
        assertEquals(parent, VPath.parent(path));
        assertEquals(name, VPath.name(path));
    }

    @Property
    void resolvedPathsAreNormal(@ForAll @Chars({'a', 'b', '.', '/'}) @StringLength(max = 30) String path) {
        String resolved = VPath.resolve("/x/y", path);
        assertTrue(resolved.startsWith("/"), resolved);
        assertFalse(resolved.contains("//"), resolved);
        assertTrue(resolved.equals("/") || !resolved.endsWith("/"), resolved);
        assertFalse(VPath.segments(resolved).contains("."), resolved);
        assertFalse(VPath.segments(resolved).contains(".."), resolved);
        assertEquals(resolved, VPath.resolve("/elsewhere", resolved), "resolving again changes nothing");
    }
}
