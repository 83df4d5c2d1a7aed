package io.github.berth.tutor.lesson;

import io.github.berth.engine.ContainerState;
import io.github.berth.tutor.lesson.YamlTree.Entry;
import io.github.berth.tutor.lesson.YamlTree.Node;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a course ({@code course.yaml}, each module's {@code module.yaml} and the lesson files they
 * list) and collects every problem it finds instead of stopping at the first: a broken step, check
 * or question is reported and skipped, and reading goes on. Warnings name what a learner would miss.
 */
final class CourseReader {
    private static final Set<String> COURSE_FIELDS = Set.of("schemaVersion", "modules");
    private static final Set<String> MODULE_FIELDS = Set.of("id", "title", "lessons");
    static final Set<String> LESSON_FIELDS = Set.of("$schema", "schemaVersion", "id", "title", "summary", "setup",
            "steps");
    static final Set<String> SETUP_FIELDS = Set.of("files", "commands");
    static final Set<String> STEP_FIELDS = Set.of("id", "type", "body", "check", "hints", "solution", "success",
            "questions", "import", "feedback");
    static final Set<String> FEEDBACK_FIELDS = Set.of("when", "say");
    static final Set<String> WHEN_FIELDS = Set.of("docker", "flags", "without", "failed");
    static final Set<String> QUESTION_FIELDS = Set.of("id", "prompt", "options", "answers", "number", "tolerance",
            "order", "match", "command", "explanation");
    static final Set<String> OPTION_FIELDS = Set.of("text", "correct", "feedback");
    static final Set<String> CHECK_KINDS = Set.of("container", "command", "image", "file");
    static final Set<String> CONTAINER_FIELDS = Set.of("name", "image", "status", "exitCode", "output", "ports",
            "absent");
    static final Set<String> IMAGE_FIELDS = Set.of("ref", "layers", "absent");
    static final Set<String> FILE_FIELDS = Set.of("path", "container", "contains", "absent");
    static final Set<String> COMMAND_FIELDS = Set.of("docker", "flags");

    private final List<Problem> problems = new ArrayList<>();
    /** Where the course's files are read from, also GIFT files a quiz step imports. */
    private final LessonSource source;

    CourseReader(LessonSource source) {
        this.source = source;
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    private void error(LessonException e) {
        problems.add(Problem.of(e));
    }

    private void warn(String file, Node at, String message) {
        problems.add(new Problem(file, at == null ? 0 : at.line(), at == null ? 0 : at.column(),
                Problem.Severity.WARNING, message));
    }

    /** The course's modules, as far as they could be read. */
    List<Module> course() {
        List<Module> modules = new ArrayList<>();
        Fields course;
        try {
            course = Fields.of("course.yaml", read(source, "course.yaml"), "the course file", COURSE_FIELDS);
            checkSchemaVersion("course.yaml", course);
        } catch (LessonException e) {
            error(e);
            return modules;
        }
        Set<String> lessonIds = new HashSet<>();
        List<String> folders;
        try {
            folders = course.texts("modules");
        } catch (LessonException e) {
            error(e);
            return modules;
        }
        for (String folder : folders) {
            String modulePath = folder + "/module.yaml";
            try {
                Fields module = Fields.of(modulePath, read(source, modulePath), "a module file", MODULE_FIELDS);
                List<String> files = module.texts("lessons");
                List<Lesson> lessons = new ArrayList<>();
                for (String file : files) {
                    String path = folder + "/" + file;
                    Lesson lesson = lesson(path, module.text("id"));
                    if (lesson != null && !lessonIds.add(lesson.id())) {
                        error(new LessonException(path, 0, 0, "lesson id '" + lesson.id() + "' is used twice"));
                    } else if (lesson != null) {
                        lessons.add(lesson);
                    }
                }
                for (String file : source.lessonFiles(folder)) {
                    if (!files.contains(file.substring(folder.length() + 1))) {
                        warn(file, null, "not listed in " + modulePath + ", so no learner will see it");
                    }
                }
                modules.add(new Module(module.text("id"), module.text("title"), lessons));
            } catch (LessonException e) {
                error(e);
            }
        }
        return modules;
    }

    /** Lesson {@code id} from file {@code id.yaml} of a listed module, read alone; empty on any problem. */
    Optional<Lesson> lessonAlone(String id) {
        try {
            Fields course = Fields.of("course.yaml", read(source, "course.yaml"), "the course file", COURSE_FIELDS);
            checkSchemaVersion("course.yaml", course);
            String file = id + ".yaml";
            for (String folder : course.texts("modules")) {
                String modulePath = folder + "/module.yaml";
                Fields module = Fields.of(modulePath, read(source, modulePath), "a module file", MODULE_FIELDS);
                if (module.texts("lessons").contains(file)) {
                    Lesson lesson = lesson(folder + "/" + file, module.text("id"));
                    boolean clean = problems.stream().noneMatch(Problem::isError);
                    return clean && lesson != null && lesson.id().equals(id) ? Optional.of(lesson) : Optional.empty();
                }
            }
        } catch (LessonException e) {
            error(e);
        }
        return Optional.empty();
    }

    private Lesson lesson(String path, String moduleId) {
        try {
            return lesson(path, moduleId, read(source, path));
        } catch (LessonException e) {
            error(e);
            return null;
        }
    }

    private static Node read(LessonSource source, String path) throws LessonException {
        String text;
        try (InputStream in = source.open(path)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new LessonException(path, 0, 0, "cannot read: there is no such file");
        } catch (IOException e) {
            throw new LessonException(path, 0, 0, "cannot read: " + e.getMessage());
        }
        return parse(path, text);
    }

    static Node parse(String path, String text) throws LessonException {
        Node node = YamlTree.parse(path, text);
        if (node == null) {
            throw new LessonException(path, 0, 0, "the file is empty");
        }
        return node;
    }

    private static void checkSchemaVersion(String path, Fields fields) throws LessonException {
        int version = fields.integer("schemaVersion");
        if (version != Catalog.SCHEMA_VERSION) {
            throw Fields.error(path, fields.node("schemaVersion"), "schemaVersion " + version
                    + " is not supported by this berth (it reads version " + Catalog.SCHEMA_VERSION + ")");
        }
    }

    /** One lesson file; steps with problems are reported and left out. */
    Lesson lesson(String path, String moduleId, Node root) throws LessonException {
        Fields lesson = Fields.of(path, root, "a lesson", LESSON_FIELDS);
        checkSchemaVersion(path, lesson);
        String id = lesson.text("id");
        String title = lesson.text("title");
        List<Node> stepNodes = lesson.list("steps");
        if (stepNodes.isEmpty()) {
            throw Fields.error(path, lesson.has("steps") ? lesson.node("steps") : root, "a lesson needs at least one step");
        }
        String summary = lesson.optionalText("summary");
        if (summary == null) {
            warn(path, root, "lesson '" + id + "' has no summary: the lesson browser shows an empty description");
        }
        List<Step> steps = new ArrayList<>();
        Set<String> stepIds = new HashSet<>();
        for (Node node : stepNodes) {
            try {
                Step step = step(path, Fields.of(path, node, "a step", STEP_FIELDS));
                if (!stepIds.add(step.id())) {
                    throw Fields.error(path, node, "step id '" + step.id() + "' is used twice");
                }
                steps.add(step);
            } catch (LessonException e) {
                error(e);
            }
        }
        return new Lesson(id, moduleId, title, summary == null ? "" : summary, setup(path, lesson), steps);
    }

    private static Lesson.Setup setup(String path, Fields lesson) throws LessonException {
        if (!lesson.has("setup")) {
            return Lesson.Setup.NONE;
        }
        Fields setup = Fields.of(path, lesson.node("setup"), "a lesson's setup", SETUP_FIELDS);
        Map<String, String> files = new LinkedHashMap<>();
        if (setup.has("files")) {
            if (!(setup.node("files") instanceof YamlTree.Mapping m)) {
                throw Fields.error(path, setup.node("files"), "'files' must be a mapping of a path to its content");
            }
            for (YamlTree.Entry e : m.entries().values()) {
                if (e.key().startsWith("/") || e.key().contains("..")) {
                    throw new LessonException(path, e.line(), e.column(), "setup file '" + e.key()
                            + "' must be a path inside the workspace, like Dockerfile or app/main.py");
                }
                if (!(e.value() instanceof YamlTree.Scalar s) || s.text() == null) {
                    throw Fields.error(path, e.value(), "the content of setup file '" + e.key() + "' must be a text");
                }
                files.put(e.key(), s.text());
            }
        }
        return new Lesson.Setup(files, setup.texts("commands"));
    }

    private Step step(String path, Fields step) throws LessonException {
        String id = step.text("id");
        String type = step.text("type");
        Step.Kind kind;
        try {
            kind = Step.Kind.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Fields.error(path, step.node("type"), "step '" + id + "': unknown type '" + type
                    + "' (text, task or quiz)");
        }
        List<Check> checks = new ArrayList<>();
        for (Node node : step.list("check")) {
            try {
                checks.add(check(path, node));
            } catch (LessonException e) {
                error(e);
            }
        }
        if (kind == Step.Kind.TASK && step.list("check").isEmpty()) {
            throw Fields.error(path, step.mapping(), "task step '" + id + "' needs a 'check:' list");
        }
        List<Question> questions = new ArrayList<>();
        Set<String> questionIds = new HashSet<>();
        for (Node node : step.list("questions")) {
            try {
                Question question = question(path, node);
                if (!questionIds.add(question.id())) {
                    throw Fields.error(path, node, "question id '" + question.id() + "' is used twice in step '" + id + "'");
                }
                questions.add(question);
            } catch (LessonException e) {
                error(e);
            }
        }
        if (step.has("import")) {
            if (kind != Step.Kind.QUIZ) {
                throw Fields.error(path, step.node("import"), "step '" + id + "': only a quiz step imports questions");
            }
            for (Question question : imported(path, step.text("import"), step.node("import"))) {
                if (!questionIds.add(question.id())) {
                    error(Fields.error(path, step.node("import"), "question id '" + question.id()
                            + "' is used twice in step '" + id + "'"));
                } else {
                    questions.add(question);
                }
            }
        }
        if (kind == Step.Kind.QUIZ && step.list("questions").isEmpty() && !step.has("import")) {
            throw Fields.error(path, step.mapping(), "quiz step '" + id + "' needs a 'questions:' list (or an 'import:' "
                    + "of a GIFT file)");
        }
        if (kind == Step.Kind.QUIZ && questions.isEmpty() && step.has("import")) {
            throw Fields.error(path, step.node("import"), "quiz step '" + id + "' has no question berth can ask");
        }
        if (kind != Step.Kind.QUIZ && step.has("questions")) {
            throw Fields.error(path, step.node("questions"), "step '" + id + "': only a quiz step has questions");
        }
        if (kind == Step.Kind.TASK && !step.has("hints")) {
            warn(path, step.mapping(), "task step '" + id + "' has no hints: a learner who is stuck gets none");
        }
        if (kind == Step.Kind.TASK && !step.has("solution")) {
            warn(path, step.mapping(), "task step '" + id + "' has no solution: `solution` has nothing to show"
                    + " and `berth test-lessons` cannot prove the step");
        }
        List<FeedbackRule> feedback = new ArrayList<>();
        for (Node node : step.list("feedback")) {
            Fields rule = Fields.of(path, node, "a feedback rule", FEEDBACK_FIELDS);
            Fields when = Fields.of(path, rule.node("when"), "a feedback rule's 'when'", WHEN_FIELDS);
            feedback.add(new FeedbackRule(when.text("docker"), when.texts("flags"), when.texts("without"),
                    when.has("failed") ? when.bool("failed") : null, rule.text("say")));
        }
        if (kind != Step.Kind.TASK && step.has("feedback")) {
            throw Fields.error(path, step.node("feedback"), "step '" + id + "': only a task step has feedback rules");
        }
        String body = kind == Step.Kind.QUIZ ? step.optionalText("body") : step.text("body");
        return new Step(id, kind, body == null ? "" : body, checks, step.texts("hints"), step.texts("solution"),
                step.optionalText("success"), questions, feedback);
    }

    /** The questions of a GIFT file beside the lesson file; its problems are reported with its own lines. */
    private List<Question> imported(String path, String file, Node at) throws LessonException {
        if (file.startsWith("/") || file.contains("..") || !file.endsWith(".gift")) {
            throw Fields.error(path, at, "'import' names a .gift file beside the lesson or below its folder, such as "
                    + "quiz.gift, not '" + file + "'");
        }
        String giftPath = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) + file : file;
        String text;
        try (InputStream in = source.open(giftPath)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Fields.error(path, at, "cannot read '" + file + "': "
                    + (e instanceof java.nio.file.NoSuchFileException ? "there is no such file" : e.getMessage()));
        }
        Gift.Result gift = Gift.read(giftPath, text);
        problems.addAll(gift.problems());
        return gift.questions();
    }

    private static Question question(String path, Node node) throws LessonException {
        Fields q = Fields.of(path, node, "a question", QUESTION_FIELDS);
        List<Question.Option> options = new ArrayList<>();
        for (Node optionNode : q.list("options")) {
            Fields o = Fields.of(path, optionNode, "an option", OPTION_FIELDS);
            options.add(new Question.Option(o.text("text"), o.bool("correct"), o.optionalText("feedback")));
        }
        long kinds = Stream.of("options", "answers", "number", "order", "match", "command").filter(q::has).count();
        if (kinds != 1) {
            throw Fields.error(path, node, "question '" + q.text("id") + "' needs exactly one of 'options' (chosen by "
                    + "letter), 'answers' (typed words), 'number' (a typed number), 'order' (items to put in order), "
                    + "'match' (pairs to match) or 'command' (a docker command, any spelling)");
        }
        if (q.has("command")) {
            List<String> commands = q.texts("command");
            if (commands.isEmpty() || commands.stream().anyMatch(c -> !c.strip().startsWith("docker "))) {
                throw Fields.error(path, q.node("command"), "question '" + q.text("id") + "': 'command' is a docker "
                        + "command line (or a list of them), such as 'docker ps -a'");
            }
            return Question.command(q.text("id"), q.text("prompt"), commands, q.optionalText("explanation"));
        }
        if (q.has("order") || q.has("match")) {
            return arranged(path, q);
        }
        if (q.has("tolerance") && !q.has("number")) {
            throw Fields.error(path, q.node("tolerance"), "question '" + q.text("id") + "': 'tolerance' goes with 'number'");
        }
        if (!q.has("options")) {
            List<String> answers = q.texts("answers");
            if (q.has("answers") && answers.stream().allMatch(String::isBlank)) {
                throw Fields.error(path, q.node("answers"), "question '" + q.text("id") + "' needs a non-empty answer");
            }
            Double tolerance = q.optionalNumber("tolerance");
            return new Question(q.text("id"), q.text("prompt"), answers, q.optionalNumber("number"),
                    tolerance == null ? 0 : Math.abs(tolerance), q.optionalText("explanation"));
        }
        Node at = q.node("options");
        if (options.size() < 2 || options.size() > 26) {
            throw Fields.error(path, at, "question '" + q.text("id") + "' needs between 2 and 26 options");
        }
        if (options.stream().noneMatch(Question.Option::correct)) {
            throw Fields.error(path, at, "question '" + q.text("id") + "' has no option marked 'correct: true'");
        }
        return new Question(q.text("id"), q.text("prompt"), options, q.optionalText("explanation"));
    }

    /** An ordering question (its items in the right order) or a matching one (a mapping of left to right). */
    private static Question arranged(String path, Fields q) throws LessonException {
        String id = q.text("id");
        List<Question.Match> pairs = new ArrayList<>();
        if (q.has("match")) {
            if (!(q.node("match") instanceof YamlTree.Mapping m)) {
                throw Fields.error(path, q.node("match"), "question '" + id + "': 'match' maps each left item to its "
                        + "right one, such as 'Docker Hub: Docker Inc.'");
            }
            for (YamlTree.Entry e : m.entries().values()) {
                if (!(e.value() instanceof YamlTree.Scalar s) || s.text() == null || s.text().isBlank()) {
                    throw Fields.error(path, e.value(), "question '" + id + "': '" + e.key() + "' needs a right item");
                }
                pairs.add(new Question.Match(e.key(), s.text()));
            }
        }
        List<String> order = q.texts("order");
        int size = q.has("match") ? pairs.size() : order.size();
        if (size < 2 || size > 26) {
            throw Fields.error(path, q.node(q.has("match") ? "match" : "order"), "question '" + id
                    + "' needs between 2 and 26 items");
        }
        return Question.arranged(id, q.text("prompt"), order, pairs, q.optionalText("explanation"));
    }

    private static Check check(String path, Node node) throws LessonException {
        Fields check = Fields.of(path, node, "a check", CHECK_KINDS);
        if (check.mapping().entries().size() != 1) {
            throw Fields.error(path, node, "each check has exactly one predicate: 'container:', 'image:', 'file:' or 'command:'");
        }
        Entry entry = check.mapping().entries().values().iterator().next();
        if (entry.key().equals("container")) {
            Fields c = Fields.of(path, entry.value(), "a container check", CONTAINER_FIELDS);
            String status = c.optionalText("status");
            if (status != null && Arrays.stream(ContainerState.Status.values()).noneMatch(s -> s.word().equals(status))) {
                throw Fields.error(path, c.node("status"), "unknown container status '" + status
                        + "' (one of created, running, paused, restarting, removing, exited, dead)");
            }
            for (String port : c.texts("ports")) {
                if (!port.matches("\\d{1,5}:\\d{1,5}(/(tcp|udp|sctp))?")) {
                    throw Fields.error(path, c.node("ports"), "a port is HOST:CONTAINER, such as 8080:80 (or 5353:53/udp), not '"
                            + port + "'");
                }
            }
            return new ContainerCheck(c.optionalText("name"), c.optionalText("image"), status,
                    c.optionalInteger("exitCode"), c.optionalText("output"), c.texts("ports"), c.bool("absent"));
        }
        if (entry.key().equals("image")) {
            Fields i = Fields.of(path, entry.value(), "an image check", IMAGE_FIELDS);
            return new ImageCheck(i.text("ref"), i.optionalInteger("layers"), i.bool("absent"));
        }
        if (entry.key().equals("file")) {
            Fields f = Fields.of(path, entry.value(), "a file check", FILE_FIELDS);
            return new FileCheck(f.text("path"), f.optionalText("container"), f.optionalText("contains"), f.bool("absent"));
        }
        Fields c = Fields.of(path, entry.value(), "a command check", COMMAND_FIELDS);
        return new CommandCheck(c.text("docker"), c.texts("flags"));
    }
}
