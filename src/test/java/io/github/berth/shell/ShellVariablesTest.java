package io.github.berth.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.fs.MemoryFs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Arrays, declare's attributes and what programs see of the shell's variables. */
class ShellVariablesTest {
    private final MemoryFs fs = new MemoryFs();
    private final Map<String, Program> programs = new HashMap<>();
    private final List<Map<String, String>> seen = new ArrayList<>();
    private final Shell shell;

    ShellVariablesTest() {
        fs.mkdirs("/home/learner/app");
        fs.installProgram("/usr/bin/show", "show");
        programs.put("show", (args, out, state) -> {
            seen.add(state.environment());
            out.outLine(args.get(1) + "=" + state.var(args.get(1)));
            return 0;
        });
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOME", "/home/learner");
        env.put("PATH", "/usr/bin");
        shell = new Shell("bash", new ShellState(fs, "/home/learner/app", env), programs);
    }

    private CapturedOutput run(String input) {
        CapturedOutput out = new CapturedOutput();
        shell.run(input, out);
        return out;
    }

    @Test
    void anIndexedArrayKeepsItsElementsByIndex() {
        run("a=(x 'y z' w); a[7]=q; unset 'a[0]'");
        Var a = shell.state().variable("a");
        assertEquals(List.of("1", "2", "7"), a.array.keys());
        assertEquals(List.of("y z", "w", "q"), a.array.values());
        assertNull(shell.state().var("a"), "$a is element 0, which is unset");
        assertEquals("3\n", run("echo ${#a[@]}").out());
    }

    @Test
    void associativeKeysComeInBashsHashOrder() {
        assertEquals("c b a key x y\n", run("declare -A m=([a]=1 [b]=2 [c]=3 [key]=v [x y]=z); echo ${!m[@]}").out());
        assertEquals("declare -A m=([c]=\"3\" [b]=\"2\" [a]=\"1\" [key]=\"v\" [\"x y\"]=\"z\" )\n",
                run("declare -p m").out());
    }

    @Test
    void quotedArrayExpansionGivesOneFieldPerElement() {
        assertEquals("[a b]\n[c]\n", run("a=('a b' c); printf '[%s]\\n' \"${a[@]}\"").out());
        assertEquals("[a b c]\n", run("printf '[%s]\\n' \"${a[*]}\"").out());
    }

    @Test
    void theParserPrintsArraysBackAsTheyParse() {
        String printed = Printer.print(((Parser.Command) Parser.of("a=(x \"y z\" [3]=w) b[i+1]=v; echo ${a[@]:1} ${!a[@]} ${#a[1]}")
                .next("bash")).ast());
        assertEquals("a=(x 'y z' [3]=w) b[i+1]=v; echo ${a[@]:1} ${!a[@]} ${#a[1]}", printed);
    }

    @Test
    void aReadonlyVariableRefusesAssignmentAndAbandonsTheLine() {
        CapturedOutput out = run("readonly r=1; r=2; echo after");
        assertEquals("", out.out());
        assertEquals("bash: r: readonly variable\n", out.err());
        assertEquals(1, shell.state().lastStatus());
        assertEquals("1", shell.state().var("r"));
    }

    @Test
    void integerAndCaseAttributesApplyOnEveryAssignment() {
        run("declare -i n=2*3; n+=4; declare -u up; up=shout; declare -l low=QUIET");
        assertEquals("10", shell.state().var("n"));
        assertEquals("SHOUT", shell.state().var("up"));
        assertEquals("quiet", shell.state().var("low"));
    }

    @Test
    void programsSeeOnlyExportedVariables() {
        CapturedOutput out = run("SECRET=1; show SECRET; export SECRET; show SECRET; export -n SECRET; show SECRET");
        assertEquals("SECRET=null\nSECRET=1\nSECRET=null\n", out.out());
        assertFalse(seen.get(0).containsKey("SECRET"));
        assertTrue(seen.get(1).containsKey("SECRET"));
        assertEquals("HOME=/home/learner\n", run("show HOME").out());
    }

    @Test
    void aProgramCannotChangeTheShellsVariables() {
        programs.put("setter", (args, out, state) -> {
            state.setVar("HOME", "/elsewhere");
            return 0;
        });
        fs.installProgram("/usr/bin/setter", "setter");
        Shell fresh = new Shell("bash", shell.state(), programs);
        fresh.run("setter", new CapturedOutput());
        assertEquals("/home/learner", shell.state().var("HOME"));
    }
}
