package io.github.berth.tutor.lesson;

import io.github.berth.engine.ContainerState;
import io.github.berth.tutor.lesson.YamlTree.Entry;
import io.github.berth.tutor.lesson.YamlTree.Mapping;
import io.github.berth.tutor.lesson.YamlTree.Node;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * All modules and lessons, in course order, read from {@code course.yaml}, each module's
 * {@code module.yaml} and the lesson files they list. Any problem is a {@link LessonException}
 * naming the file, line and column.
 */
public final class Catalog {
    /** The file format version this berth reads. */
    public static final int SCHEMA_VERSION = 1;

    private static final Set<String> COURSE_FIELDS = Set.of("schemaVersion", "modules");
    private static final Set<String> MODULE_FIELDS = Set.of("id", "title", "lessons");
    private static final Set<String> LESSON_FIELDS = Set.of("schemaVersion", "id", "title", "summary", "steps");
    private static final Set<String> STEP_FIELDS = Set.of("id", "type", "body", "check", "hints", "solution", "success",
            "questions");
    private static final Set<String> QUESTION_FIELDS = Set.of("id", "prompt", "options", "explanation");
    private static final Set<String> OPTION_FIELDS = Set.of("text", "correct", "feedback");
    private static final Set<String> CHECK_KINDS = Set.of("container", "command", "image");
    private static final Set<String> CONTAINER_FIELDS = Set.of("name", "image", "status", "exitCode", "output",
            "absent");
    private static final Set<String> IMAGE_FIELDS = Set.of("ref", "absent");
    private static final Set<String> COMMAND_FIELDS = Set.of("docker", "flags");

    private final List<Module> modules;

    private Catalog(List<Module> modules) {
        this.modules = List.copyOf(modules);
    }

    public static Catalog load(LessonSource source) throws LessonException {
        Fields course = Fields.of("course.yaml", read(source, "course.yaml"), "the course file", COURSE_FIELDS);
        checkSchemaVersion("course.yaml", course);
        List<Module> modules = new ArrayList<>();
        Set<String> lessonIds = new HashSet<>();
        for (String dir : course.texts("modules")) {
            String modulePath = dir + "/module.yaml";
            Fields module = Fields.of(modulePath, read(source, modulePath), "a module file", MODULE_FIELDS);
            List<Lesson> lessons = new ArrayList<>();
            for (String file : module.texts("lessons")) {
                String path = dir + "/" + file;
                Lesson lesson = lesson(path, module.text("id"), read(source, path));
                if (!lessonIds.add(lesson.id())) {
                    throw new LessonException(path, 0, 0, "lesson id '" + lesson.id() + "' is used twice");
                }
                lessons.add(lesson);
            }
            modules.add(new Module(module.text("id"), module.text("title"), lessons));
        }
        return new Catalog(modules);
    }

    private static Node read(LessonSource source, String path) throws LessonException {
        String text;
        try (InputStream in = source.open(path)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LessonException(path, 0, 0, "cannot read: " + e.getMessage());
        }
        Node node = YamlTree.parse(path, text);
        if (node == null) {
            throw new LessonException(path, 0, 0, "the file is empty");
        }
        return node;
    }

    private static void checkSchemaVersion(String path, Fields fields) throws LessonException {
        int version = fields.integer("schemaVersion");
        if (version != SCHEMA_VERSION) {
            throw Fields.error(path, fields.node("schemaVersion"), "schemaVersion " + version
                    + " is not supported by this berth (it reads version " + SCHEMA_VERSION + ")");
        }
    }

    private static Lesson lesson(String path, String moduleId, Node root) throws LessonException {
        Fields lesson = Fields.of(path, root, "a lesson", LESSON_FIELDS);
        checkSchemaVersion(path, lesson);
        List<Node> stepNodes = lesson.list("steps");
        if (stepNodes.isEmpty()) {
            throw Fields.error(path, lesson.has("steps") ? lesson.node("steps") : root, "a lesson needs at least one step");
        }
        List<Step> steps = new ArrayList<>();
        Set<String> stepIds = new HashSet<>();
        for (Node node : stepNodes) {
            Step step = step(path, Fields.of(path, node, "a step", STEP_FIELDS));
            if (!stepIds.add(step.id())) {
                throw Fields.error(path, node, "step id '" + step.id() + "' is used twice");
            }
            steps.add(step);
        }
        String summary = lesson.optionalText("summary");
        return new Lesson(lesson.text("id"), moduleId, lesson.text("title"), summary == null ? "" : summary, steps);
    }

    private static Step step(String path, Fields step) throws LessonException {
        String id = step.text("id");
        String type = step.text("type");
        Step.Kind kind;
        try {
            kind = Step.Kind.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Fields.error(path, step.node("type"), "step '" + id + "': unknown type '" + type + "' (text, task or quiz)");
        }
        List<Check> checks = new ArrayList<>();
        for (Node node : step.list("check")) {
            checks.add(check(path, node));
        }
        if (kind == Step.Kind.TASK && checks.isEmpty()) {
            throw Fields.error(path, step.mapping(), "task step '" + id + "' needs a 'check:' list");
        }
        List<Question> questions = new ArrayList<>();
        Set<String> questionIds = new HashSet<>();
        for (Node node : step.list("questions")) {
            Question question = question(path, node);
            if (!questionIds.add(question.id())) {
                throw Fields.error(path, node, "question id '" + question.id() + "' is used twice in step '" + id + "'");
            }
            questions.add(question);
        }
        if (kind == Step.Kind.QUIZ && questions.isEmpty()) {
            throw Fields.error(path, step.mapping(), "quiz step '" + id + "' needs a 'questions:' list");
        }
        if (kind != Step.Kind.QUIZ && !questions.isEmpty()) {
            throw Fields.error(path, step.node("questions"), "step '" + id + "': only a quiz step has questions");
        }
        String body = kind == Step.Kind.QUIZ ? step.optionalText("body") : step.text("body");
        return new Step(id, kind, body == null ? "" : body, checks, step.texts("hints"), step.texts("solution"),
                step.optionalText("success"), questions);
    }

    private static Question question(String path, Node node) throws LessonException {
        Fields q = Fields.of(path, node, "a question", QUESTION_FIELDS);
        List<Question.Option> options = new ArrayList<>();
        for (Node optionNode : q.list("options")) {
            Fields o = Fields.of(path, optionNode, "an option", OPTION_FIELDS);
            options.add(new Question.Option(o.text("text"), o.bool("correct"), o.optionalText("feedback")));
        }
        Node at = q.has("options") ? q.node("options") : node;
        if (options.size() < 2 || options.size() > 26) {
            throw Fields.error(path, at, "question '" + q.text("id") + "' needs between 2 and 26 options");
        }
        if (options.stream().noneMatch(Question.Option::correct)) {
            throw Fields.error(path, at, "question '" + q.text("id") + "' has no option marked 'correct: true'");
        }
        return new Question(q.text("id"), q.text("prompt"), options, q.optionalText("explanation"));
    }

    private static Check check(String path, Node node) throws LessonException {
        Fields check = Fields.of(path, node, "a check", CHECK_KINDS);
        if (check.mapping().entries().size() != 1) {
            throw Fields.error(path, node, "each check has exactly one predicate: 'container:', 'image:' or 'command:'");
        }
        Entry entry = check.mapping().entries().values().iterator().next();
        if (entry.key().equals("container")) {
            Fields c = Fields.of(path, entry.value(), "a container check", CONTAINER_FIELDS);
            String status = c.optionalText("status");
            if (status != null && Arrays.stream(ContainerState.Status.values()).noneMatch(s -> s.word().equals(status))) {
                throw Fields.error(path, c.node("status"), "unknown container status '" + status
                        + "' (one of created, running, paused, restarting, removing, exited, dead)");
            }
            return new ContainerCheck(c.optionalText("name"), c.optionalText("image"), status,
                    c.optionalInteger("exitCode"), c.optionalText("output"), c.bool("absent"));
        }
        if (entry.key().equals("image")) {
            Fields i = Fields.of(path, entry.value(), "an image check", IMAGE_FIELDS);
            return new ImageCheck(i.text("ref"), i.bool("absent"));
        }
        Fields c = Fields.of(path, entry.value(), "a command check", COMMAND_FIELDS);
        return new CommandCheck(c.text("docker"), c.texts("flags"));
    }

    public List<Module> modules() {
        return modules;
    }

    public List<Lesson> lessons() {
        return modules.stream().flatMap(m -> m.lessons().stream()).toList();
    }

    public Optional<Lesson> lesson(String id) {
        return lessons().stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The lesson after {@code id} in course order. */
    public Optional<Lesson> after(String id) {
        List<Lesson> all = lessons();
        for (int i = 0; i < all.size() - 1; i++) {
            if (all.get(i).id().equals(id)) {
                return Optional.of(all.get(i + 1));
            }
        }
        return Optional.empty();
    }
}
