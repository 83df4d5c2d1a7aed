package io.github.berth.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.fs.MemoryFs;
import io.github.berth.shell.programs.Programs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code sh} in debian and ubuntu images is dash (0.5.12, debian bookworm's package): its messages
 * put the line after the shell's name ({@code sh: 1: foo: not found}) and its syntax errors read
 * {@code Syntax error: "then" unexpected}. The expected texts below were taken from that dash; where
 * a dash is on this machine ({@code /tmp/dash/bin/dash}, from {@code apt-get download dash}, or
 * {@code dash} on PATH) each case is also compared with it.
 */
class DashDialectTest {
    /** script, standard output, standard error, status: as dash -c prints them with $0 = sh. */
    private static final String[][] CASES = {
        {"foo", "", "sh: 1: foo: not found\n", "127"},
        {"echo a; foo", "a\n", "sh: 1: foo: not found\n", "127"},
        {"echo ok\nfoo", "ok\n", "sh: 2: foo: not found\n", "127"},
        {"cd /nope", "", "sh: 1: cd: can't cd to /nope\n", "2"},
        {"echo a; cd /nope; echo $?", "a\n2\n", "sh: 1: cd: can't cd to /nope\n", "0"},
        {"if then", "", "sh: 1: Syntax error: \"then\" unexpected\n", "2"},
        {"echo hi; done", "", "sh: 1: Syntax error: \"done\" unexpected\n", "2"},
        {"echo a;;", "", "sh: 1: Syntax error: \";;\" unexpected\n", "2"},
        {"echo \"abc", "", "sh: 1: Syntax error: Unterminated quoted string\n", "2"},
        {"if true; then echo", "", "sh: 1: Syntax error: end of file unexpected (expecting \"fi\")\n", "2"},
        {"{ echo", "", "sh: 1: Syntax error: end of file unexpected (expecting \"}\")\n", "2"},
        {"echo ${a", "", "sh: 1: Syntax error: Missing '}'\n", "2"},
        {"exit abc", "", "sh: 1: exit: Illegal number: abc\n", "2"},
        {"set -u; echo $U", "", "sh: 1: U: parameter not set\n", "2"},
        {"./nosuch", "", "sh: 1: ./nosuch: not found\n", "127"},
        {"local x", "", "sh: 1: local: not in a function\n", "2"},
        {"f() { local x=1; echo $x; }; f", "1\n", "", "0"},
        {"echo one\necho two; nosuch; echo $?", "one\ntwo\n127\n", "sh: 2: nosuch: not found\n", "0"},
    };

    private static String[] berth(String script, String arg0) {
        MemoryFs fs = new MemoryFs();
        fs.mkdirs("/tmp");
        Programs.coreutils().keySet().forEach(p -> fs.installProgram("/usr/bin/" + p, p));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", "/usr/bin:/bin");
        Map<String, Program> table = Programs.standard();
        ShProgram dash = new ShProgram(() -> table, Shell.Dialect.DASH);
        CapturedOutput out = new CapturedOutput();
        int status = dash.run(List.of(arg0, "-c", script), "", out, new ShellState(fs, "/tmp", env));
        return new String[] {script, out.out(), out.err(), Integer.toString(status)};
    }

    @TestFactory
    Stream<DynamicTest> berthWordsErrorsAsDash() {
        return Stream.of(CASES).map(c -> DynamicTest.dynamicTest(c[0].replace("\n", "⏎"),
                () -> assertEquals(List.of(c), List.of(berth(c[0], "sh")))));
    }

    @Test
    void aRunLineNamesTheShellAsInvoked() {
        // a Dockerfile's RUN runs /bin/sh -c: "/bin/sh: 1: foo: not found" in a debian build's log
        assertEquals(List.of("foo", "", "/bin/sh: 1: foo: not found\n", "127"),
                List.of(berth("foo", "/bin/sh")));
    }

    @Test
    void missingScriptOrCommandString() {
        MemoryFs fs = new MemoryFs();
        ShProgram dash = new ShProgram(Programs::standard, Shell.Dialect.DASH);
        CapturedOutput noScript = new CapturedOutput();
        assertEquals(2, dash.run(List.of("sh", "-c"), "", noScript, new ShellState(fs, "/", Map.of())));
        assertEquals("sh: 0: -c requires an argument\n", noScript.err());
        CapturedOutput noFile = new CapturedOutput();
        assertEquals(2, dash.run(List.of("sh", "nosuchfile"), "", noFile, new ShellState(fs, "/", Map.of())));
        assertEquals("sh: 0: cannot open nosuchfile: No such file\n", noFile.err());
    }

    /** The same cases run by a real dash, where there is one. */
    @TestFactory
    Stream<DynamicTest> realDashAgrees() {
        String dash = Files.isExecutable(Path.of("/tmp/dash/bin/dash")) ? "/tmp/dash/bin/dash"
                : Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                        .map(d -> Path.of(d.isEmpty() ? "." : d, "dash")).filter(Files::isExecutable)
                        .map(Path::toString).findFirst().orElse(null);
        return Stream.of(CASES).map(c -> DynamicTest.dynamicTest(c[0].replace("\n", "⏎"), () -> {
            Assumptions.assumeTrue(dash != null, "no dash on this machine: apt-get download dash && dpkg-deb -x dash_*.deb /tmp/dash");
            assertEquals(List.of(c), List.of(real(dash, c[0])));
        }));
    }

    private static String[] real(String dash, String script) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("dash");
        Process p = new ProcessBuilder(dash, "-c", script, "sh").directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        p.waitFor(10, TimeUnit.SECONDS);
        Files.delete(dir);
        // dash -c SCRIPT sh: $0 is sh; its messages name $0 (dash's arg0 is the command name otherwise)
        return new String[] {script, new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8).replace(dash + ": ", "sh: "), Integer.toString(p.exitValue())};
    }
}
