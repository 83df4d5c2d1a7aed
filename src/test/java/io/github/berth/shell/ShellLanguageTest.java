package io.github.berth.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.fs.MemoryFs;
import io.github.berth.shell.programs.Programs;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The language features bash -c cannot show: ash's wording, sh's arguments, the loop guard, the tree. */
class ShellLanguageTest {
    private final MemoryFs fs = new MemoryFs();
    private final Map<String, Program> programs = new HashMap<>(Programs.coreutils());

    ShellLanguageTest() {
        fs.mkdirs("/home/learner/app");
        fs.mkdirs("/tmp");
        Programs.coreutils().keySet().forEach(p -> fs.installProgram("/usr/bin/" + p, p));
        fs.installProgram("/bin/sh", "sh");
        programs.put("sh", new ShProgram(() -> programs));
    }

    private ShellState state() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOME", "/home/learner");
        env.put("PATH", "/usr/bin:/bin");
        return new ShellState(fs, "/home/learner/app", env);
    }

    private CapturedOutput run(Shell.Dialect dialect, String script, int status) {
        Shell shell = new Shell(dialect == Shell.Dialect.ASH ? "sh" : "bash", dialect, state(), programs);
        CapturedOutput out = new CapturedOutput();
        assertEquals(status, shell.run(script, out).status(), () -> script + "\n" + out.err());
        return out;
    }

    @Test
    void ashWordsSyntaxErrorsAsBusyboxDoes() {
        assertEquals("sh: syntax error: unexpected \"fi\"\n", run(Shell.Dialect.ASH, "fi", 2).err());
        assertEquals("sh: syntax error: unexpected \";;\"\n", run(Shell.Dialect.ASH, "echo a ;;", 2).err());
        assertEquals("sh: syntax error: unterminated quoted string\n", run(Shell.Dialect.ASH, "echo 'a", 2).err());
        assertEquals("sh: syntax error: missing '}'\n", run(Shell.Dialect.ASH, "echo ${x", 2).err());
    }

    /** What busybox 1.37's sh -c printed for each script (the glibc busybox image's binary, run on this machine). */
    @Test
    void ashMatchesBusyboxOnTheseScripts() {
        String[][] cases = {
            {"if true; then", "2", "", "sh: syntax error: unexpected end of file (expecting \"fi\")\n"},
            {"echo $(echo a", "2", "", "sh: syntax error: unexpected end of file (expecting \")\")\n"},
            {"echo `echo a", "2", "", "sh: syntax error: EOF in backquote substitution\n"},
            {"( )", "2", "", "sh: syntax error: unexpected \")\"\n"},
            {"echo >", "2", "", "sh: syntax error: unexpected end of file\n"},
            {"echo $((1/0))", "2", "", "sh: divide by zero\n"},
            {"echo ${x:?oops}; echo b", "2", "", "sh: x: oops\n"},
            {"set -u; echo $x", "2", "", "sh: x: parameter not set\n"},
            {"break", "0", "", ""},
            {"return", "0", "", ""},
            {"type echo nosuch", "127", "echo is a shell builtin\nnosuch: not found\n", ""},
            {"[ 1 -eq x ]", "2", "", "sh: x: bad number\n"},
            {"cat <<EOF\nx", "0", "x\n", ""},
            {"nosuch", "127", "", "sh: nosuch: not found\n"},
        };
        for (String[] c : cases) {
            CapturedOutput out = run(Shell.Dialect.ASH, c[0], Integer.parseInt(c[1]));
            assertEquals(c[2], out.out(), c[0]);
            assertEquals(c[3], out.err(), c[0]);
        }
    }

    @Test
    void ashWordsBuiltinErrorsAsBusyboxDoes() {
        assertEquals("sh: nosuch: not found\n", run(Shell.Dialect.ASH, "nosuch", 127).err());
        assertEquals("sh: cd: can't cd to /nosuch: No such file or directory\n",
                run(Shell.Dialect.ASH, "cd /nosuch", 2).err());
        assertEquals("sh: exit: Illegal number: abc\n", run(Shell.Dialect.ASH, "exit abc", 2).err());
    }

    /** busybox 1.37's sh -c, run on this machine, puts "line 0:" in its builtins' messages. */
    @Test
    void ashDashCNamesLineZeroInBuiltinErrors() {
        CapturedOutput out = run(Shell.Dialect.BASH, "sh -c 'cd /nosuch; echo after $?; local x; echo never'", 2);
        assertEquals("after 2\n", out.out());
        assertEquals("sh: cd: line 0: can't cd to /nosuch: No such file or directory\n"
                + "sh: local: line 0: not in a function\n", out.err());
        assertEquals("sh: exit: line 0: Illegal number: abc\n", run(Shell.Dialect.BASH, "sh -c 'exit abc'", 2).err());
        CapturedOutput failed = run(Shell.Dialect.BASH, "sh -c 'echo ${x:?oops}\necho never'", 2);
        assertEquals("", failed.out());
        assertEquals("sh: x: oops\n", failed.err());
    }

    @Test
    void shDashCTakesItsNameAndArguments() {
        assertEquals("me a b 2\n", run(Shell.Dialect.BASH, "sh -c 'echo $0 $1 $2 $#' me a b", 0).out());
        assertEquals("sh\n", run(Shell.Dialect.BASH, "sh -c 'echo $0'", 0).out());
    }

    @Test
    void shRunsInItsOwnStateWithTheExportedVariablesOnly() {
        CapturedOutput out = run(Shell.Dialect.BASH,
                "A=1; export B=2; sh -c 'echo \"[$A] [$B]\"; cd /tmp; C=3'; pwd; echo \"[$C]\"", 0);
        assertEquals("[] [2]\n/home/learner/app\n[]\n", out.out());
    }

    @Test
    void anEndlessLoopIsStoppedWithAMessage() {
        CapturedOutput out = run(Shell.Dialect.BASH, "while true; do :; done; echo same line", 130);
        assertEquals("", out.out());
        assertTrue(out.err().startsWith("berth: stopped after 100000 rounds of loops"), out.err());
    }

    @Test
    void endlessRecursionIsStoppedWithBashsNestingMessage() {
        CapturedOutput out = run(Shell.Dialect.BASH, "f() { f; }; f", 1);
        assertEquals("bash: f: maximum function nesting level exceeded (256)\n", out.err());
    }

    @Test
    void aBackgroundJobRunsToItsEndAndAScriptShowsNoJobLines() {
        CapturedOutput out = run(Shell.Dialect.BASH, "echo a & echo b; wait $!", 0);
        assertEquals("a\nb\n", out.out());
        assertEquals("", out.err());
    }

    @Test
    void theStateKeepsFunctionsAliasesAndOptionsBetweenInputs() {
        ShellState state = state();
        Shell shell = new Shell("bash", state, programs);
        shell.run("f() { echo \"f $1\"; }; alias hi='echo hello'; set -u", new CapturedOutput());
        CapturedOutput out = new CapturedOutput();
        shell.run("f x; hi there; echo $NOPE", out);
        assertEquals("f x\nhello there\n", out.out());
        assertEquals("bash: NOPE: unbound variable\n", out.err());
        assertEquals(127, state.lastStatus());
    }

    @Test
    void setXTracesWithQuotesWhereNeeded() {
        CapturedOutput out = run(Shell.Dialect.BASH, "set -x; echo 'a b' c \"\"", 0);
        assertEquals("+ echo 'a b' c ''\n", out.err());
    }

    @Test
    void aHereDocumentWithoutItsTerminatorRunsWithBashsWarning() {
        CapturedOutput out = run(Shell.Dialect.BASH, "cat <<EOF\nbody", 0);
        assertEquals("body\n", out.out());
        assertEquals("bash: warning: here-document at line 1 delimited by end-of-file (wanted `EOF')\n", out.err());
    }

    @Test
    void theTreeOfAScriptAndItsPrintedForm() {
        Parser.Result r = Parser.of("for f in *.txt; do wc -l \"$f\" > \"$f.count\" || break; done").next("bash");
        Ast ast = ((Parser.Command) r).ast();
        assertTrue(ast instanceof Ast.For);
        Ast.For loop = (Ast.For) ast;
        assertEquals("f", loop.name());
        assertEquals(List.of(new Word(List.of(new Word.Literal("*.txt", false)))), loop.words());
        assertTrue(loop.body() instanceof Ast.AndOr);
        assertEquals("for f in *.txt; do wc -l \"${f}\" > \"${f}\"'.count' || break; done", Printer.print(ast));
    }

    @Test
    void syntaxErrorsRunNothingOfTheirCommandButKeepWhatRanBefore() {
        CapturedOutput out = run(Shell.Dialect.BASH, "echo first\necho a; fi; echo b", 2);
        assertEquals("first\n", out.out());
        assertEquals("bash: syntax error near unexpected token `fi'\n", out.err());
        assertFalse(out.err().contains("line"));
    }
}
