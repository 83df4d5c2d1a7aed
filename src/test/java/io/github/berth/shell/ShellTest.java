package io.github.berth.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.fs.MemoryFs;
import io.github.berth.fs.Node;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the differential test against bash cannot show: continuation prompts and berth's own messages. */
class ShellTest {
    private final MemoryFs fs = new MemoryFs();
    private final Shell shell;

    ShellTest() {
        fs.mkdirs("/home/learner/app");
        fs.installProgram("/usr/bin/mystery", "not-in-the-table");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOME", "/home/learner");
        env.put("PATH", "/usr/bin");
        fs.installProgram("/usr/bin/rev", "rev");
        fs.installProgram("/usr/bin/upper", "upper");
        Program rev = (StdinProgram) (args, stdin, out, state) -> {
            out.stdout(new StringBuilder(stdin.strip()).reverse() + "\n");
            return 0;
        };
        // a program that ignores its input, written as before programs had any
        Program upper = (args, out, state) -> {
            out.outLine(String.join(" ", args.subList(1, args.size())).toUpperCase());
            out.errLine("upper: done");
            return 5;
        };
        shell = new Shell("bash", new ShellState(fs, "/home/learner/app", env), Map.of("rev", rev, "upper", upper));
    }

    private CapturedOutput run(String input) {
        CapturedOutput out = new CapturedOutput();
        shell.run(input, out);
        return out;
    }

    private String file(String path) {
        return new String(((Node.File) fs.lookup(path).orElseThrow()).content(), StandardCharsets.UTF_8);
    }

    @Test
    void aPipeFeedsTheWholeOutputOfOneStageToTheNextAndStderrPassesBy() {
        CapturedOutput out = run("upper abc | rev");
        assertEquals("CBA\n", out.out());
        assertEquals("upper: done\n", out.err());
        assertEquals(0, shell.state().lastStatus());
        CapturedOutput both = run("upper abc |& rev");
        assertEquals("enod :reppu\nCBA\n", both.out());
        assertEquals("", both.err());
        assertEquals(5, shell.run("rev | upper x", new CapturedOutput()).status());
    }

    @Test
    void redirectionsWriteIntoTheFilesystemAndFeedStandardInput() {
        run("upper hello > f; upper again >> f 2> err");
        assertEquals("HELLO\nAGAIN\n", file("/home/learner/app/f"));
        assertEquals("upper: done\n", file("/home/learner/app/err"));
        assertEquals("NIAGA\nOLLEH\n", run("rev < f").out()); // the whole input, reversed
        run("upper x &> both");
        assertEquals("X\nupper: done\n", file("/home/learner/app/both"));
        assertEquals(0644, fs.lookup("/home/learner/app/both").orElseThrow().mode());
    }

    @Test
    void pipelineStagesRunInSubshells() {
        fs.mkdirs("/home/learner/app/sub");
        Shell.Outcome outcome = shell.run("cd sub | exit 7", new CapturedOutput());
        assertFalse(outcome.exitRequested());
        assertEquals(7, outcome.status());
        assertEquals("/home/learner/app", shell.state().cwd());
    }

    @ParameterizedTest
    @ValueSource(strings = {"echo 'a", "echo \"a", "echo a\\", "echo ${HOME", "echo a &&", "echo a ||",
        "echo a &&\n", "echo a ||\n\n", "echo \"a\nb", "true &&\nfalse ||", "echo a |", "echo a |\n", "echo a | 'b"})
    void needsMoreInput(String input) {
        assertEquals(Shell.Completeness.NEEDS_MORE, Shell.completeness(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "echo a", "echo a;", "echo a\n", "# echo 'a", "echo a # 'b", "echo 'a'\"b\"",
        "echo a &&\necho b", "&&", ";", "echo a; ;", "echo a | b", "echo a > f", "| b", "echo >", "a | | b"})
    void complete(String input) {
        assertEquals(Shell.Completeness.COMPLETE, Shell.completeness(input));
    }

    /** Input is parsed as bash reads it, so a syntax error before an open quote is shown at once. */
    @Test
    void aSyntaxErrorIsCompleteSoThatItIsShownAtOnce() {
        assertEquals(Shell.Completeness.COMPLETE, Shell.completeness("echo a &&\n;"));
        assertEquals(Shell.Completeness.COMPLETE, Shell.completeness("echo a\n&& echo b &&"));
        assertEquals(Shell.Completeness.COMPLETE, Shell.completeness("&& echo 'unclosed"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"if true", "if true; then echo", "for x in a b", "for x in a; do", "while true; do :",
        "until false", "case a in", "case a in a) echo", "{ echo a", "{ echo a; ", "( echo a", "f() {", "f()",
        "cat <<EOF", "cat <<EOF\nbody", "cat <<'E'\nx\n", "cat <<-E\n\tx", "echo $(echo a", "echo `echo",
        "echo ${x", "echo $((1+", "if true; then\necho a\n", "[[ a == a", "echo a\\"})
    void needsMoreForOpenCompoundsAndHereDocuments(String input) {
        assertEquals(Shell.Completeness.NEEDS_MORE, Shell.completeness(input), input);
    }

    @ParameterizedTest
    @ValueSource(strings = {"if true; then echo; fi", "for x in a b; do echo; done", "cat <<EOF\nbody\nEOF",
        "cat <<-E\n\tx\n\tE", "{ echo a; }", "( echo a )", "f() { :; }", "case a in a) echo;; esac", "fi", "done",
        "echo $(echo a)", "x=$((1+2))", "cat <<A <<B\na\nA\nb\nB"})
    void completeCompounds(String input) {
        assertEquals(Shell.Completeness.COMPLETE, Shell.completeness(input), input);
    }

    @ParameterizedTest
    @ValueSource(strings = {"echo a &", "echo a & echo a", "{ echo a & }", "(echo a) &"})
    void backgroundJobsRunAndAreComplete(String input) {
        assertEquals(Shell.Completeness.COMPLETE, Shell.completeness(input), input);
        CapturedOutput out = new CapturedOutput();
        Shell.Outcome outcome = shell.run(input, out);
        assertEquals(0, outcome.status());
        assertTrue(out.out().startsWith("a\n"), out.out());
        assertEquals("", out.err());
    }

    @Test
    void incompleteInputRunAnywayEndsUnexpectedly() {
        CapturedOutput out = new CapturedOutput();
        assertEquals(2, shell.run("echo 'a", out).status());
        assertEquals("bash: unexpected EOF while looking for matching `''\n", out.err());
        CapturedOutput open = new CapturedOutput();
        assertEquals(2, shell.run("if true; then echo a", open).status());
        assertEquals("bash: syntax error: unexpected end of file\n", open.err());
        assertEquals(2, shell.state().lastStatus());
    }

    @Test
    void anExecutableNamingNoKnownProgramCannotRun() {
        CapturedOutput out = new CapturedOutput();
        assertEquals(126, shell.run("mystery", out).status());
        assertEquals("bash: mystery: cannot execute binary file: Exec format error\n", out.err());
    }

    @Test
    void exitAsksTheShellToExitWithTheStatus() {
        Shell.Outcome outcome = shell.run("echo a; exit 3; echo b", new CapturedOutput());
        assertTrue(outcome.exitRequested());
        assertEquals(3, outcome.status());
    }

    /** Interactive bash 5.2 abandons the line but stays; bash -c exits, so the differential test cannot tell. */
    @Test
    void exitWithTooManyArgumentsStays() {
        CapturedOutput out = new CapturedOutput();
        Shell.Outcome outcome = shell.run("exit 5 6; echo after", out);
        assertFalse(outcome.exitRequested());
        assertEquals(1, outcome.status());
        assertEquals("", out.out());
        assertEquals("bash: exit: too many arguments\n", out.err());
    }

    @Test
    void statusCarriesOverBetweenInputs() {
        shell.run("false", new CapturedOutput());
        CapturedOutput out = new CapturedOutput();
        shell.run("echo $?", out);
        assertEquals("1\n", out.out());
    }

    @Test
    void emptyInputKeepsTheStatus() {
        shell.run("nosuch", new CapturedOutput());
        assertEquals(127, shell.run("", new CapturedOutput()).status());
        assertEquals(127, shell.run("# nothing\n\n", new CapturedOutput()).status());
    }

    @Test
    void cdUpdatesPwdAndOldpwd() {
        fs.mkdirs("/home/learner/app/sub");
        shell.run("cd sub", new CapturedOutput());
        assertEquals("/home/learner/app/sub", shell.state().cwd());
        assertEquals("/home/learner/app/sub", shell.state().var("PWD"));
        assertEquals("/home/learner/app", shell.state().var("OLDPWD"));
    }
}
