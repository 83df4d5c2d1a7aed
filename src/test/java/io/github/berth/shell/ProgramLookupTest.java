package io.github.berth.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.fs.MemoryFs;
import io.github.berth.fs.Node;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgramLookupTest {
    private static final String PATH = "/usr/local/bin:/usr/bin:/bin";
    private static final String CWD = "/home/learner/app";

    private final MemoryFs fs = new MemoryFs();

    ProgramLookupTest() {
        fs.mkdirs(CWD);
    }

    private Optional<String> find(String path, String command) {
        return ProgramLookup.find(fs, CWD, path, command).map(Node.File::program);
    }

    @Test
    void searchesPathInOrder() {
        fs.installProgram("/bin/tool", "from-bin");
        assertEquals(Optional.of("from-bin"), find(PATH, "tool"));
        fs.installProgram("/usr/bin/tool", "from-usr-bin");
        assertEquals(Optional.of("from-usr-bin"), find(PATH, "tool"));
        fs.installProgram("/usr/local/bin/tool", "from-usr-local-bin");
        assertEquals(Optional.of("from-usr-local-bin"), find(PATH, "tool"));
        assertEquals(Optional.of("from-bin"), find("/bin:/usr/local/bin", "tool"));
    }

    @Test
    void notFound() {
        fs.installProgram("/opt/tool", "tool");
        assertTrue(find(PATH, "tool").isEmpty());
        assertTrue(find(PATH, "").isEmpty());
        assertTrue(find("/nosuch:/also/nosuch", "tool").isEmpty());
    }

    @Test
    void skipsFilesThatAreNotExecutable() {
        fs.writeFile("/usr/local/bin/tool", "not a program");
        fs.installProgram("/usr/bin/tool", "tool");
        assertEquals(Optional.of("tool"), find(PATH, "tool"));
        assertTrue(find("/usr/local/bin", "tool").isEmpty());
    }

    @Test
    void skipsDirectories() {
        fs.mkdirs("/usr/local/bin/tool");
        fs.installProgram("/usr/bin/tool", "tool");
        assertEquals(Optional.of("tool"), find(PATH, "tool"));
    }

    @Test
    void aNameWithASlashIsAPathAndPathIsNotSearched() {
        fs.installProgram(CWD + "/tool", "local");
        fs.installProgram(CWD + "/bin/tool", "local-bin");
        fs.installProgram("/usr/bin/tool", "usr-bin");
        fs.installProgram("/usr/bin/bin/tool", "usr-bin-bin");
        assertEquals(Optional.of("local"), find(PATH, "./tool"));
        assertEquals(Optional.of("local-bin"), find(PATH, "bin/tool"));
        assertEquals(Optional.of("local"), find(PATH, "bin/../tool"));
        assertEquals(Optional.of("usr-bin"), find("", "/usr/bin/tool"));
        assertEquals(Optional.of("usr-bin"), find(PATH, "../../../../usr/bin/tool"));
        assertTrue(find(PATH, "./nosuch").isEmpty());
    }

    @Test
    void aNameWithASlashMustBeExecutable() {
        fs.writeFile(CWD + "/script.sh", "echo hi");
        assertTrue(find(PATH, "./script.sh").isEmpty());
        fs.mkdirs(CWD + "/dir");
        assertTrue(find(PATH, "./dir").isEmpty());
    }

    @Test
    void withoutASlashTheWorkingDirectoryIsNotSearched() {
        fs.installProgram(CWD + "/tool", "local");
        assertTrue(find(PATH, "tool").isEmpty());
    }

    /** POSIX: a zero-length prefix (leading, trailing or doubled colon) is the current directory. */
    @Test
    void anEmptyPathEntryIsTheWorkingDirectory() {
        fs.installProgram(CWD + "/tool", "local");
        fs.installProgram("/usr/bin/tool", "usr-bin");
        assertEquals(Optional.of("local"), find(":/usr/bin", "tool"));
        assertEquals(Optional.of("local"), find("/nosuch::/usr/bin", "tool"));
        assertEquals(Optional.of("usr-bin"), find("/usr/bin:", "tool"));
        assertEquals(Optional.of("local"), find("/nosuch:", "tool"));
        assertEquals(Optional.of("local"), find("", "tool"));
        assertEquals(Optional.of("local"), find(null, "tool"));
    }

    @Test
    void relativePathEntriesAreTakenFromTheWorkingDirectory() {
        fs.installProgram(CWD + "/bin/tool", "local-bin");
        assertEquals(Optional.of("local-bin"), find("bin:/usr/bin", "tool"));
        assertEquals(Optional.of("local-bin"), find("./bin", "tool"));
    }
}
