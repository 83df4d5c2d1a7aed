package io.github.berth.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.lesson.LessonSource;
import io.github.berth.tutor.lesson.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "lint", mixinStandardHelpOptions = true, description = {
        "Check lesson files and report every problem as file:line:col: severity: message.",
        "PATH is a course folder (holding course.yaml), a lesson file, a GIFT question file (.gift), or a folder of "
                + "them; "
                + "without PATH, berth's own lessons are checked. Exits with 1 when there is an error "
                + "(warnings alone exit with 0)."})
final class LintCmd implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "what to check")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (one line per problem) or json")
    Format format;

    @Override
    public Integer call() {
        // a set: a bank a lesson imports is also read on its own in a folder, and is named once
        java.util.Set<Problem> found = new java.util.LinkedHashSet<>();
        if (paths.isEmpty()) {
            Catalog.lint(LessonSource.builtIn()).forEach(p -> found.add(under("lessons", p)));
        }
        for (Path path : paths) {
            found.addAll(lint(path));
        }
        List<Problem> problems = new ArrayList<>(found);
        problems.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column));
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        if (format == Format.json) {
            System.out.println(json(problems, errors, warnings));
        } else {
            problems.forEach(System.out::println);
            System.out.println(problems.isEmpty() ? "no problems found"
                    : count(errors, "error") + ", " + count(warnings, "warning"));
        }
        return errors == 0 ? 0 : 1;
    }

    private static List<Problem> lint(Path path) {
        if (Files.isDirectory(path) && Files.isRegularFile(path.resolve("course.yaml"))) {
            return Catalog.lint(LessonSource.directory(path)).stream().map(p -> under(path.toString(), p)).toList();
        }
        if (path.getFileName() != null && path.getFileName().toString().equals("course.yaml")
                && Files.isRegularFile(path)) {
            Path root = path.toAbsolutePath().getParent();
            String shown = path.getParent() == null ? "." : path.getParent().toString();
            return Catalog.lint(LessonSource.directory(root)).stream().map(p -> under(shown, p)).toList();
        }
        if (Files.isDirectory(path)) {
            List<Problem> problems = new ArrayList<>();
            try (Stream<Path> files = Files.walk(path)) {
                for (Path file : files.filter(f -> f.toString().matches(".*\\.(yaml|yml|json|gift)")
                        && !f.getFileName().toString().equals("module.yaml")).sorted().toList()) {
                    problems.addAll(lintFile(file));
                }
            } catch (IOException e) {
                problems.add(cannotRead(path, e));
            }
            return problems;
        }
        return lintFile(path);
    }

    private static List<Problem> lintFile(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (file.toString().endsWith(".gift")) {
                return Catalog.lintGift(file.toString(), text);
            }
            return Catalog.lintLesson(file.toString(), text, LessonSource.directory(Path.of("")));
        } catch (IOException e) {
            return List.of(cannotRead(file, e));
        }
    }

    private static Problem cannotRead(Path path, IOException e) {
        String why = e instanceof java.nio.file.NoSuchFileException ? "there is no such file or folder" : e.getMessage();
        return new Problem(path.toString(), 0, 0, Problem.Severity.ERROR, "cannot read: " + why);
    }

    /** The problem with its file named as the user wrote the folder, so the path can be opened. */
    private static Problem under(String folder, Problem p) {
        return new Problem(folder.equals(".") ? p.file() : folder + "/" + p.file(), p.line(), p.column(), p.severity(), p.message());
    }

    private static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String json(List<Problem> problems, long errors, long warnings) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode list = root.putArray("problems");
        for (Problem p : problems) {
            list.addObject().put("file", p.file()).put("line", p.line()).put("column", p.column())
                    .put("severity", p.severity().word()).put("message", p.message());
        }
        root.put("errors", errors).put("warnings", warnings);
        return root.toString();
    }
}
