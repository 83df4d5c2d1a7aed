package io.github.berth.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MemoryFsTest {
    private final MemoryFs fs = new MemoryFs();

    @Test
    void theRootExistsAndIsEmpty() {
        assertTrue(fs.isDirectory("/"));
        assertEquals(List.of(), fs.list("/"));
    }

    @Test
    void mkdirsCreatesEveryMissingParent() {
        fs.mkdirs("/home/learner/app");
        assertTrue(fs.isDirectory("/home"));
        assertTrue(fs.isDirectory("/home/learner"));
        assertTrue(fs.isDirectory("/home/learner/app"));
        assertEquals(0755, fs.lookup("/home/learner/app").orElseThrow().mode());
    }

    @Test
    void mkdirsOfAnExistingDirectoryKeepsItsContent() {
        fs.writeFile("/a/b/f.txt", "x");
        Node.Dir before = fs.mkdirs("/a/b");
        assertSame(before, fs.mkdirs("/a//b/"));
        assertEquals(List.of("f.txt"), fs.list("/a/b"));
    }

    @Test
    void mkdirsThroughAFileThrows() {
        fs.writeFile("/a/file", "x");
        assertThrows(IllegalArgumentException.class, () -> fs.mkdirs("/a/file"));
        assertThrows(IllegalArgumentException.class, () -> fs.mkdirs("/a/file/sub"));
    }

    @Test
    void writeFileCreatesParentsAndKeepsTheBytes() {
        fs.writeFile("/etc/app/config.txt", "héllo\n");
        Node.File file = assertInstanceOf(Node.File.class, fs.lookup("/etc/app/config.txt").orElseThrow());
        assertArrayEquals("héllo\n".getBytes(StandardCharsets.UTF_8), file.content());
        assertEquals(0644, file.mode());
        assertFalse(file.executable());
        assertNull(file.program());
        assertTrue(fs.isDirectory("/etc/app"));
        assertFalse(fs.isDirectory("/etc/app/config.txt"));
    }

    @Test
    void writeFileReplacesAFile() {
        fs.writeFile("/f", "one");
        fs.writeFile("/f", "two");
        assertArrayEquals("two".getBytes(StandardCharsets.UTF_8),
                ((Node.File) fs.lookup("/f").orElseThrow()).content());
    }

    @Test
    void writeFileWithAMode() {
        fs.writeFile("/bin/tool", new byte[] {1, 2}, 0700);
        Node.File file = (Node.File) fs.lookup("/bin/tool").orElseThrow();
        assertEquals(0700, file.mode());
        assertTrue(file.executable());
    }

    @Test
    void fileContentCannotBeChangedFromOutside() {
        byte[] bytes = {1, 2, 3};
        fs.writeFile("/f", bytes, 0644);
        bytes[0] = 9;
        Node.File file = (Node.File) fs.lookup("/f").orElseThrow();
        file.content()[1] = 9;
        assertArrayEquals(new byte[] {1, 2, 3}, file.content());
    }

    @Test
    void writeFileIntoAPathWhoseParentIsAFileThrows() {
        fs.writeFile("/home/notes.txt", "x");
        assertThrows(IllegalArgumentException.class, () -> fs.writeFile("/home/notes.txt/inner", "y"));
        assertThrows(IllegalArgumentException.class, () -> fs.writeFile("/home/notes.txt/a/b", "y"));
        assertThrows(IllegalArgumentException.class, () -> fs.installProgram("/home/notes.txt/p", "p"));
        assertEquals(List.of("notes.txt"), fs.list("/home"));
    }

    @Test
    void lookup() {
        fs.writeFile("/a/b.txt", "x");
        assertInstanceOf(Node.Dir.class, fs.lookup("/").orElseThrow());
        assertInstanceOf(Node.Dir.class, fs.lookup("/a").orElseThrow());
        assertInstanceOf(Node.File.class, fs.lookup("/a/b.txt").orElseThrow());
        assertInstanceOf(Node.File.class, fs.lookup("//a/./b.txt").orElseThrow());
        assertInstanceOf(Node.File.class, fs.lookup("/a/x/../b.txt").orElseThrow(), "lookup is lexical");
        assertTrue(fs.lookup("/a/c").isEmpty());
        assertTrue(fs.lookup("/nosuch/b.txt").isEmpty());
        assertTrue(fs.lookup("/a/b.txt/c").isEmpty(), "a file has no children");
    }

    @Test
    void listIsSortedByName() {
        for (String name : List.of("zeta", "Alpha", "beta", "_x", "10", "9", ".hidden")) {
            fs.writeFile("/d/" + name, "");
        }
        fs.mkdirs("/d/middle");
        assertEquals(List.of(".hidden", "10", "9", "Alpha", "_x", "beta", "middle", "zeta"), fs.list("/d"));
    }

    @Test
    void listOfAFileOrOfNothingIsEmpty() {
        fs.writeFile("/f", "x");
        assertEquals(List.of(), fs.list("/f"));
        assertEquals(List.of(), fs.list("/nosuch"));
    }

    @Test
    void installProgramMakesAnExecutableMarker() {
        fs.installProgram("/usr/bin/docker", "docker");
        Node.File file = (Node.File) fs.lookup("/usr/bin/docker").orElseThrow();
        assertTrue(file.executable());
        assertEquals(0755, file.mode());
        assertEquals("docker", file.program());
        assertEquals(0, file.content().length);
    }

    @Test
    void writeAllPutsFilesUnderTheBase() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("Dockerfile", "FROM alpine\n".getBytes(StandardCharsets.UTF_8));
        files.put("src/app.py", "print(1)\n".getBytes(StandardCharsets.UTF_8));
        fs.writeAll("/home/learner/app", files);
        assertEquals(List.of("Dockerfile", "src"), fs.list("/home/learner/app"));
        assertEquals(List.of("app.py"), fs.list("/home/learner/app/src"));
    }
}
