package io.github.berth.shell.programs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.fs.MemoryFs;
import io.github.berth.shell.CapturedOutput;
import io.github.berth.shell.Program;
import io.github.berth.shell.ShellState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever arguments and input a tool gets, it answers with a status and never throws. */
class ProgramsPropertiesTest {
    private static final String[] ARGS = {
        "-", "--", "-n", "-c", "-d", "-f", "-r", "-rf", "-p", "-l", "-w", "-i", "-v", "-E", "-F", "-s", "-u",
        "-a", "-1", "-3", "+2", "0", "1", "2-", "-2", "1,3", "x", "", " ", ":", "a-z", "A-Z", "[:upper:]",
        "[", "]", "[^a]", "\\", "\\(", "(", ")", "*", "^", "$", ".", "..", "/", "a.txt", "sub", "sub/",
        "nosuch", "nosuch/x", "a.txt/x", "new", "new/dir", "/dev/null", "\\n", "é",
    };

    @Provide
    Arbitrary<String> tool() {
        return Arbitraries.of(List.copyOf(Programs.coreutils().keySet()));
    }

    @Provide
    Arbitrary<List<String>> args() {
        return Arbitraries.of(ARGS).list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> stdin() {
        return Arbitraries.strings().withChars("ab AB12:\t\n\\é").ofMaxLength(30);
    }

    @Property
    void toolsNeverThrow(@ForAll("tool") String tool, @ForAll("args") List<String> args,
            @ForAll("stdin") String stdin) {
        MemoryFs fs = new MemoryFs();
        fs.mkdirs("/app/sub");
        fs.writeFile("/app/a.txt", "one\ntwo 2\nthree:3");
        Program program = Programs.coreutils().get(tool);
        List<String> argv = new ArrayList<>();
        argv.add(tool);
        argv.addAll(args);
        int status = program.run(argv, stdin, new CapturedOutput(), new ShellState(fs, "/app", Map.of()));
        assertTrue(status >= 0 && status <= 255, "status " + status);
    }
}
