package io.github.berth.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.berth.fs.MemoryFs;
import io.github.berth.fs.Node;
import io.github.berth.shell.programs.ProgramClock;
import io.github.berth.shell.programs.Programs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every script of a corpus (a resource beside the subclass: {@code bash-corpus.txt} for the
 * shell, {@code programs-corpus.txt} for the GNU tools) in berth's shell and in the real bash of
 * this machine, and compares standard output, standard error and exit status.
 *
 * <p>Both start in the same tree: berth's in a {@link MemoryFs}, bash's in a temporary directory
 * standing for {@code /}, whose path is replaced by {@code /} in bash's output. bash gets a
 * clean environment (HOME, PATH, PWD, LC_ALL) and the script with {@code -c}.
 *
 * <p>berth imitates an interactive bash, which words errors as {@code bash: foo: ...}; {@code
 * bash -c} says {@code bash: line 1: foo: ...} and, for syntax errors, {@code bash: -c: line 1:
 * ...} followed by a copy of the offending line. bash's standard error is normalised to the
 * interactive form before comparing; see {@link #normaliseBashStderr}. So is the {@code line N:}
 * in its standard output, where a script has sent its errors into a file and printed it.
 */
public abstract class DifferentialCorpusTest {
    private final String corpusFile;
    private final int minimumAgreeing;

    /** @param corpusFile a resource beside the subclass; @param minimumAgreeing how many scripts must agree at least */
    protected DifferentialCorpusTest(String corpusFile, int minimumAgreeing) {
        this.corpusFile = corpusFile;
        this.minimumAgreeing = minimumAgreeing;
    }

    private static final String HOME = "/home/learner";
    private static final String APP = HOME + "/app";
    private static final String PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
    private static final String KNOWN = "!known ";

    /** {@code bash: -c: line 3: `echo a;;'}: bash -c's copy of a line with a syntax error. */
    private static final Pattern SOURCE_ECHO = Pattern.compile("(?m)^bash: -c: line \\d+: `.*'\\n");
    /** The location bash -c puts after its name: {@code line 1: } or {@code -c: line 1: }. */
    private static final Pattern LOCATION = Pattern.compile("(?m)^bash: (-c: )?line \\d+: ");

    @TempDir
    static Path tmp;

    private static String bashProblem;
    /** A file for the text tools: duplicates, mixed case, fields. */
    private static final String FRUIT = "apple 3 red\nbanana 12 yellow\nApple 7 green\ncherry 5 red\n"
            + "banana 12 yellow\nbanana 12 yellow\ndate 1 brown\n";

    private static final String HELLO = "#!/bin/sh\necho hello \"$@\"\n";
    private static final String FAIL = "#!/bin/sh\necho fail\nexit 3\n";

    /** One corpus script, and why it differs from bash when that is known. */
    record Case(String script, String knownDifference) {
        String displayName() {
            return script.replace("\n", "⏎");
        }
    }

    /** What a shell did with one script. */
    record Result(int status, String stdout, String stderr) {
        @Override
        public String toString() {
            return "status " + status + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }

    @BeforeAll
    static void checkBashIsThere() {
        bashProblem = checkBash();
    }

    /** A fresh copy of the starting tree for each script, since scripts may change it. */
    private static Path createTree() throws IOException {
        Path root = Files.createTempDirectory(tmp, "root").toRealPath();
        Path app = root.resolve("home/learner/app");
        Files.createDirectories(app.resolve("sub"));
        Files.createDirectories(app.resolve("dir with space"));
        Files.writeString(app.resolve("notes.txt"), "hi\n");
        Files.writeString(app.resolve("fruit.txt"), FRUIT);
        executable(app.resolve("hello"), HELLO);
        executable(app.resolve("fail"), FAIL);
        return root;
    }

    private static void executable(Path file, String script) throws IOException {
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static String checkBash() {
        try {
            Process p = new ProcessBuilder("bash", "-c", "exit 0").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return "bash -c 'exit 0' did not succeed";
            }
            return null;
        } catch (IOException e) {
            return "bash is not installed (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static void assumeBash() {
        Assumptions.assumeTrue(bashProblem == null,
                () -> "differential test against bash skipped: " + bashProblem);
    }

    @Test
    void corpusIsLargeEnough() throws IOException {
        List<Case> cases = corpus();
        assertTrue(cases.stream().filter(c -> c.knownDifference() == null).count() >= minimumAgreeing,
                "the corpus should keep at least " + minimumAgreeing + " scripts that agree with bash");
        assertEquals(cases.size(), cases.stream().map(Case::script).distinct().count(),
                "a script appears twice in the corpus");
    }

    @TestFactory
    Stream<DynamicTest> berthAgreesWithBash() throws IOException {
        return corpus().stream().filter(c -> c.knownDifference() == null)
                .map(c -> DynamicTest.dynamicTest(c.displayName(), () -> {
                    assumeBash();
                    assumeArgumentEncodable(c.script());
                    assertEquals(bash(c.script()).toString(), berth(c.script()).toString(),
                            "berth (actual) differs from bash (expected) on: " + c.displayName());
                }));
    }

    /**
     * The corpus's known differences, by name: each is reported as skipped with both results
     * while it still differs, and fails when berth has come to agree, so its mark gets removed.
     */
    @TestFactory
    Stream<DynamicTest> knownDifferencesFromBash() throws IOException {
        return corpus().stream().filter(c -> c.knownDifference() != null)
                .map(c -> DynamicTest.dynamicTest("known difference: " + c.displayName(), () -> {
                    assumeBash();
                    assumeArgumentEncodable(c.script());
                    Result bash = bash(c.script());
                    Result berth = berth(c.script());
                    if (bash.equals(berth)) {
                        fail("berth now agrees with bash on " + c.displayName()
                                + "; remove its !known line from " + corpusFile);
                    }
                    Assumptions.abort("known difference from bash on " + c.displayName() + " ("
                            + c.knownDifference() + ")\nbash:\n" + bash + "berth:\n" + berth);
                }));
    }

    List<Case> corpus() throws IOException {
        List<Case> cases = new ArrayList<>();
        String known = null;
        try (InputStream in = Objects.requireNonNull(
                getClass().getResourceAsStream(corpusFile), corpusFile)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("##")) {
                    continue;
                }
                if (line.startsWith(KNOWN)) {
                    known = line.substring(KNOWN.length()).strip();
                    continue;
                }
                cases.add(new Case(line.replace("⏎", "\n"), known));
                known = null;
            }
        }
        return cases;
    }

    /** The JVM passes arguments to bash in its native encoding; a script it cannot encode is skipped. */
    private static void assumeArgumentEncodable(String script) {
        Charset charset = Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        Assumptions.assumeTrue(charset.newEncoder().canEncode(script),
                () -> "this JVM (" + charset + ") cannot pass the script to bash unchanged");
    }

    private static Result berth(String script) {
        MemoryFs fs = new MemoryFs();
        fs.stamp(() -> new Node.Meta(0, 0, Instant.now())); // bash's tree is made now, by root (ls -l)
        fs.mkdirs(APP + "/sub");
        fs.mkdirs(APP + "/dir with space");
        fs.mkdirs("/tmp");
        fs.writeFile(APP + "/notes.txt", "hi\n");
        fs.writeFile(APP + "/fruit.txt", FRUIT);
        Programs.coreutils().keySet().forEach(p -> fs.installProgram("/usr/bin/" + p, p));
        // the same scripts as bash's tree, run by the programs below
        fs.put(APP + "/hello", new Node.File(HELLO.getBytes(StandardCharsets.UTF_8), 0755, "hello", fs.stamp()));
        fs.put(APP + "/fail", new Node.File(FAIL.getBytes(StandardCharsets.UTF_8), 0755, "fail", fs.stamp()));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOME", HOME);
        env.put("PATH", PATH);
        env.put("PWD", APP);
        env.put("LC_ALL", "C");
        ProgramClock wallClock = new ProgramClock() { // ls -l compares the files' times with now
            @Override
            public Instant now() {
                return Instant.now();
            }

            @Override
            public void advance(java.time.Duration duration) {
            }
        };
        Map<String, Program> programs = new HashMap<>(Programs.standard(wallClock));
        programs.put("hello", (args, out, state) -> { // like the script: echo hello "$@"
                    StringBuilder line = new StringBuilder("hello");
                    args.subList(1, args.size()).forEach(a -> line.append(' ').append(a));
                    out.outLine(line.toString());
                    return 0;
                });
        programs.put("fail", (args, out, state) -> {
            out.outLine("fail");
            return 3;
        });
        Shell shell = new Shell("bash", new ShellState(fs, APP, env), programs);
        shell.commandString(); // as bash -c
        CapturedOutput out = new CapturedOutput();
        int status = shell.runToEnd(script, out); // bash -c ends after the script: its EXIT trap runs
        return new Result(status, out.out(), out.err());
    }

    private static Result bash(String script) throws IOException, InterruptedException {
        Path root = createTree();
        Path stdout = Files.createTempFile(tmp, "out", ".txt");
        Path stderr = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", script)
                .directory(root.resolve("home/learner/app").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        Map<String, String> env = pb.environment();
        env.clear();
        env.put("HOME", root + HOME);
        env.put("PATH", PATH);
        env.put("PWD", root + APP);
        env.put("LC_ALL", "C");
        Process process = pb.start();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("bash did not finish: " + script);
        }
        return new Result(process.exitValue(),
                unmap(root, LOCATION.matcher(Files.readString(stdout)).replaceAll("bash: ")),
                unmap(root, normaliseBashStderr(Files.readString(stderr))));
    }

    /**
     * Turns {@code bash -c}'s error wording into an interactive shell's: drops the copy of the
     * line with a syntax error and the {@code line N:} / {@code -c: line N:} location.
     */
    static String normaliseBashStderr(String stderr) {
        return LOCATION.matcher(SOURCE_ECHO.matcher(stderr).replaceAll("")).replaceAll("bash: ");
    }

    /** Paths inside the temporary tree, as berth's shell sees them. */
    private static String unmap(Path root, String text) {
        return text.replace(root + "/", "/").replace(root.toString(), "/");
    }
}
