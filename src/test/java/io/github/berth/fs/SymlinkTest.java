package io.github.berth.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SymlinkTest {
    private final MemoryFs fs = new MemoryFs();

    @Test
    void linksAreFollowedInTheMiddleAndAtTheEnd() {
        fs.writeFile("/usr/lib/os-release", "ID=berth\n");
        fs.symlink("/etc/os-release", "../usr/lib/os-release");
        fs.symlink("/lib", "usr/lib");
        assertEquals("ID=berth\n", new String(((Node.File) fs.lookup("/etc/os-release").orElseThrow()).content(),
                StandardCharsets.UTF_8));
        assertInstanceOf(Node.File.class, fs.lookup("/lib/os-release").orElseThrow());
        assertEquals("/usr/lib/os-release", fs.resolve("/lib/os-release", true).path());
        assertInstanceOf(Node.Symlink.class, fs.lookupNoFollow("/etc/os-release").orElseThrow());
    }

    @Test
    void aLoopEndsWithEloop() {
        fs.symlink("/a", "b");
        fs.symlink("/b", "a");
        MemoryFs.Resolved r = fs.resolve("/a", true);
        assertEquals(MemoryFs.LOOP, r.problem());
        assertNull(r.node());
        assertTrue(fs.lookup("/a/x").isEmpty());
    }

    @Test
    void fortyLinksResolveAndFortyOneDoNot() {
        fs.writeFile("/target", "t");
        fs.symlink("/l0", "/target");
        for (int i = 1; i < 41; i++) {
            fs.symlink("/l" + i, "/l" + (i - 1));
        }
        assertInstanceOf(Node.File.class, fs.lookup("/l39").orElseThrow());
        assertEquals(MemoryFs.LOOP, fs.resolve("/l40", true).problem());
    }

    @Test
    void writingThroughADanglingLinkCreatesItsTarget() {
        fs.mkdirs("/data");
        fs.symlink("/current", "data/log");
        fs.writeFile("/current", "hello");
        assertInstanceOf(Node.File.class, fs.lookup("/data/log").orElseThrow());
        assertInstanceOf(Node.Symlink.class, fs.lookupNoFollow("/current").orElseThrow());
    }

    @Test
    void aLinkToADirectoryWorksForMkdirs() {
        fs.mkdirs("/real");
        fs.symlink("/alias", "/real");
        fs.writeFile("/alias/sub/f", "f");
        assertTrue(fs.lookup("/real/sub/f").isPresent());
        assertEquals(MemoryFs.NOT_A_DIRECTORY, fs.resolve("/real/sub/f/x", true).problem());
        assertEquals(MemoryFs.NO_SUCH_FILE, fs.resolve("/real/nope/x", true).problem());
    }
}
