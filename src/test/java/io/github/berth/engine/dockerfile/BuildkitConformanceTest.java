package io.github.berth.engine.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * BuildKit's own parser and shell-lexer test data, read at test time from {@code ../shared/conformance}
 * (never copied into this repository). Skipped, with the reason, where that folder is absent.
 */
class BuildkitConformanceTest {
    private static final Path ROOT = Path.of("..", "shared", "conformance").toAbsolutePath().normalize();
    private static final Path PARSER = ROOT.resolve("buildkit-parser");
    private static final Path LEX = ROOT.resolve("buildkit-shell-lex");

    private static void requireData(Path dir) {
        assumeTrue(Files.isDirectory(dir), absent(dir));
    }

    private static String absent(Path dir) {
        return "BuildKit conformance data not found at " + dir
                + " (expected ../shared/conformance beside the project root); skipping";
    }

    /** Where the data is missing, a factory yields one test that reports itself skipped, with the reason. */
    private static Stream<DynamicTest> skippedWithout(Path dir) {
        return Files.isDirectory(dir) ? null
                : Stream.of(DynamicTest.dynamicTest("data absent", () -> assumeTrue(false, absent(dir))));
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> cases(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> positiveCasesDumpToTheirResult() {
        Stream<DynamicTest> skipped = skippedWithout(PARSER.resolve("testfiles"));
        if (skipped != null) {
            return skipped;
        }
        return cases(PARSER.resolve("testfiles")).stream().map(dir -> DynamicTest.dynamicTest(
                dir.getFileName().toString(), () -> {
                    String expected = read(dir.resolve("result"));
                    ParseResult result = DockerfileParser.parse(read(dir.resolve("Dockerfile")));
                    assertEquals(expected, result.dump());
                }));
    }

    @TestFactory
    Stream<DynamicTest> negativeCasesAreRejected() {
        Stream<DynamicTest> skipped = skippedWithout(PARSER.resolve("testfiles-negative"));
        if (skipped != null) {
            return skipped;
        }
        return cases(PARSER.resolve("testfiles-negative")).stream().map(dir -> DynamicTest.dynamicTest(
                dir.getFileName().toString(),
                () -> assertThrows(DockerfileParseException.class,
                        () -> DockerfileParser.parse(read(dir.resolve("Dockerfile"))))));
    }

    @Test
    void lineNumbersMatchBuildkit() throws Exception {
        Path file = PARSER.resolve("testfile-line").resolve("Dockerfile");
        requireData(file.getParent());
        ParseResult result = DockerfileParser.parse(read(file));
        assertEquals(5, result.startLine());
        assertEquals(31, result.endLine());
        assertEquals(3, result.instructions().size());
        int[][] expected = {{5, 5}, {11, 12}, {17, 31}};
        for (int i = 0; i < 3; i++) {
            Instruction ins = result.instructions().get(i);
            assertEquals(expected[i][0], ins.startLine(), "start of instruction " + i);
            assertEquals(expected[i][1], ins.endLine(), "end of instruction " + i);
        }
    }

    /** envVarTest: {@code platform | input | expected}; Linux runs the A and U rows. */
    @TestFactory
    Stream<DynamicTest> envVarTable() {
        Stream<DynamicTest> skipped = skippedWithout(LEX);
        if (skipped != null) {
            return skipped;
        }
        Map<String, String> env = Map.of("PWD", "/home", "SHELL", "bash", "KOREAN", "한국어", "NULL", "");
        ShellLex lex = new ShellLex('\\');
        List<DynamicTest> tests = new ArrayList<>();
        String[] lines = read(LEX.resolve("envVarTest")).split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.startsWith("#") || line.trim().isEmpty()) {
                continue;
            }
            String[] f = line.trim().split("\\|", -1);
            if (f.length != 3) {
                int lineNo = n + 1;
                tests.add(DynamicTest.dynamicTest("line " + lineNo, () -> fail("malformed row: " + line)));
                continue;
            }
            String platform = f[0].trim();
            String source = f[1].trim();
            String expected = f[2].trim();
            if (!platform.equals("A") && !platform.equals("U")) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest("line " + (n + 1) + ": " + source, () -> {
                if (expected.equals("error")) {
                    assertThrows(ShellExpansionException.class, () -> lex.processWord(source, env));
                } else {
                    assertEquals(expected, lex.processWord(source, env));
                }
            }));
        }
        return tests.stream();
    }

    /** wordsTest: {@code ENV k=v} lines grow the environment; {@code input | w1,w2} rows check ProcessWords. */
    @TestFactory
    Stream<DynamicTest> wordsTable() {
        Stream<DynamicTest> skipped = skippedWithout(LEX);
        if (skipped != null) {
            return skipped;
        }
        ShellLex lex = new ShellLex('\\');
        Map<String, String> env = new LinkedHashMap<>();
        List<DynamicTest> tests = new ArrayList<>();
        String[] lines = read(LEX.resolve("wordsTest")).split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (n == lines.length - 1 && line.isEmpty()) {
                break; // after the final newline
            }
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("ENV ")) {
                String kv = line.substring(3).replaceFirst("^ +", "");
                int eq = kv.indexOf('=');
                env.put(eq < 0 ? kv : kv.substring(0, eq), eq < 0 ? "" : kv.substring(eq + 1));
                continue;
            }
            String[] f = line.split("\\|", -1);
            int lineNo = n + 1;
            if (f.length != 2) {
                tests.add(DynamicTest.dynamicTest("line " + lineNo, () -> fail("malformed row: " + line)));
                continue;
            }
            String input = f[0].trim();
            List<String> expected = List.of(f[1].replaceFirst("^ +", "").split(",", -1));
            Map<String, String> snapshot = new HashMap<>(env);
            tests.add(DynamicTest.dynamicTest("line " + lineNo + ": " + input, () -> {
                List<String> actual;
                try {
                    actual = lex.processWords(input, snapshot);
                } catch (ShellExpansionException e) {
                    actual = List.of("error");
                }
                assertEquals(expected, actual);
            }));
        }
        return tests.stream();
    }
}
