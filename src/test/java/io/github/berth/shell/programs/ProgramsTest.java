package io.github.berth.shell.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.fs.MemoryFs;
import io.github.berth.shell.CapturedOutput;
import io.github.berth.shell.Shell;
import io.github.berth.shell.ShellState;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the differential test cannot compare with the real tools: berth's own choices. */
class ProgramsTest {
    private final MemoryFs fs = new MemoryFs();
    private final Shell shell;

    ProgramsTest() {
        fs.mkdirs("/home/learner/app/sub");
        fs.writeFile("/home/learner/app/a.txt", "one\ntwo\n");
        Programs.coreutils().keySet().forEach(name -> fs.installProgram("/usr/bin/" + name, name));
        shell = new Shell("bash", new ShellState(fs, "/home/learner/app", Map.of("PATH", "/usr/bin")),
                Programs.standard());
    }

    private CapturedOutput run(String line) {
        CapturedOutput out = new CapturedOutput();
        shell.run(line, out);
        return out;
    }

    @Test
    void everyToolIsInTheStandardTableUnderItsOwnName() {
        Programs.coreutils().forEach((name, program) -> assertEquals(program.getClass(),
                Programs.standard().get(name).getClass(), name));
        assertEquals(15, Programs.coreutils().size());
    }

    /** The filesystem keeps no owners or times yet: ls -l shows the learner and the seeded start. */
    @Test
    void lsLongFormat() {
        assertEquals("total 8\n-rw-r--r-- 1 learner learner 8 Jan  5 09:00 a.txt\n"
                + "drwxr-xr-x 2 learner learner 4096 Jan  5 09:00 sub\n", run("ls -l").out());
    }

    /** Standard input is always counted as from a pipe: padded to seven columns. */
    @Test
    void wcPadsStandardInputLikeAPipe() {
        assertEquals("      2       2       8\n", run("wc < a.txt").out());
        assertEquals("2 2 8 a.txt\n", run("wc a.txt").out());
    }

    @Test
    void optionsBundleAndFollowOperands() {
        assertEquals("1:one\n", run("grep a.txt -ne one").out().replace("a.txt:", ""));
        assertEquals("", run("rm -rf sub nosuch").err());
        assertEquals("a.txt\n", run("ls").out());
    }
}
