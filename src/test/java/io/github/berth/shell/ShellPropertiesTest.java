package io.github.berth.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.fs.MemoryFs;
import io.github.berth.shell.programs.Programs;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever is typed, the shell answers with a status and never throws. */
class ShellPropertiesTest {
    private static final String EOF_ERROR = "unexpected end of file";

    /** Characters that matter to the lexer, and a few letters to make words and commands of. */
    private static final String CHARS = "abcdehilnoptx-./0123 \t\n'\"\\${}?;&|#<>()_=é";

    /** Pieces of shell syntax, so that generated input often gets past the lexer. */
    private static final String[] FRAGMENTS = {
        "echo", "cd", "pwd", "exit", "true", "false", "nosuch", "./hello", "./notes.txt", "sub", "..",
        "/", "-n", "-", "--", "3", "256", "x", " ", " ", " ", "\t", "\n", "'", "\"", "\\", "\\\n",
        "''", "\"\"", "$", "$?", "$HOME", "$UNSET", "${", "${HOME}", "}", "$1", ";", ";;", "&&", "||",
        "&", "|", "#", "<", ">", "(", ")", "2>", ">>", "&>", "2>&1", ">&", "|&", "/dev/null", "out.txt",
        "cat", "wc", "grep", "sort", "ls", "rm", "mkdir", "-p", "-r",
    };

    @Provide
    Arbitrary<String> input() {
        Arbitrary<String> raw = Arbitraries.strings().withChars(CHARS).ofMaxLength(60);
        Arbitrary<String> syntax = Arbitraries.of(FRAGMENTS).list().ofMaxSize(16)
                .map(parts -> String.join("", parts));
        return Arbitraries.oneOf(raw, syntax);
    }

    private static Shell newShell() {
        MemoryFs fs = new MemoryFs();
        fs.mkdirs("/home/learner/app/sub");
        fs.writeFile("/home/learner/app/notes.txt", "hi\n");
        fs.installProgram("/home/learner/app/hello", "hello");
        Programs.coreutils().keySet().forEach(name -> fs.installProgram("/usr/bin/" + name, name));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOME", "/home/learner");
        env.put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        Map<String, Program> programs = new HashMap<>(Programs.coreutils());
        programs.put("hello", (args, out, state) -> {
            out.outLine("hello");
            return 0;
        });
        return new Shell("bash", new ShellState(fs, "/home/learner/app", env), programs);
    }

    @Property
    void completenessNeverThrows(@ForAll("input") String input) {
        assertNotNull(Shell.completeness(input));
    }

    @Property
    void runNeverThrowsAndReturnsAStatusByte(@ForAll("input") String input) {
        Shell shell = newShell();
        Shell.Outcome outcome = shell.run(input, new CapturedOutput());
        assertTrue(outcome.status() >= 0 && outcome.status() <= 255, "status " + outcome.status());
        assertEquals(outcome.status(), shell.state().lastStatus(), "$? after the input");
    }

    @Property
    void completeInputNeverEndsUnexpectedly(@ForAll("input") String input) {
        Assume.that(Shell.completeness(input) == Shell.Completeness.COMPLETE);
        CapturedOutput out = new CapturedOutput();
        newShell().run(input, out);
        assertFalse(out.err().contains(EOF_ERROR) || out.err().contains("unexpected EOF"), out.err());
    }

    /** The converse, when no exit can stop the shell before it reaches the end. */
    @Property
    void incompleteInputEndsUnexpectedly(@ForAll("input") String input) {
        Assume.that(Shell.completeness(input) == Shell.Completeness.NEEDS_MORE && !input.contains("exit"));
        CapturedOutput out = new CapturedOutput();
        Shell.Outcome outcome = newShell().run(input, out);
        if (!input.contains("<<") && !input.endsWith("\\")) { // bash runs those, with a warning
            assertTrue(out.err().endsWith("bash: syntax error: " + EOF_ERROR + "\n")
                    || out.err().matches("(?s).*bash: unexpected EOF while looking for matching `.'\n"), out.err());
            assertEquals(2, outcome.status());
        }
    }
}
