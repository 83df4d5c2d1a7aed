package io.github.berth.tutor.lesson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.berth.tutor.lesson.LessonFiles.CourseFile;
import io.github.berth.tutor.lesson.LessonFiles.LessonFile;
import io.github.berth.tutor.lesson.LessonFiles.ModuleFile;
import io.github.berth.tutor.lesson.LessonFiles.StepFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * All modules and lessons, in course order, read from {@code course.yaml}, each module's
 * {@code module.yaml} and the lesson files they list. Any problem is a {@link LessonException}
 * naming the file, line and column.
 */
public final class Catalog {
    private final List<Module> modules;

    private Catalog(List<Module> modules) {
        this.modules = List.copyOf(modules);
    }

    public static Catalog load(LessonSource source) throws LessonException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        CourseFile course = read(yaml, source, "course.yaml", CourseFile.class);
        List<Module> modules = new ArrayList<>();
        Set<String> lessonIds = new HashSet<>();
        for (String dir : course.modules()) {
            ModuleFile module = read(yaml, source, dir + "/module.yaml", ModuleFile.class);
            List<Lesson> lessons = new ArrayList<>();
            for (String file : module.lessons()) {
                String path = dir + "/" + file;
                Lesson lesson = toLesson(path, module.id(), read(yaml, source, path, LessonFile.class));
                if (!lessonIds.add(lesson.id())) {
                    throw new LessonException(path, 0, 0, "lesson id '" + lesson.id() + "' is used twice");
                }
                lessons.add(lesson);
            }
            modules.add(new Module(module.id(), module.title(), lessons));
        }
        return new Catalog(modules);
    }

    private static <T> T read(ObjectMapper yaml, LessonSource source, String path, Class<T> type)
            throws LessonException {
        String text;
        try (InputStream in = source.open(path)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LessonException(path, 0, 0, "cannot read: " + e.getMessage());
        }
        try {
            T value = yaml.readValue(text, type);
            if (value == null) {
                throw new LessonException(path, 0, 0, "the file is empty");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            // Jackson buffers objects built through constructors, so its location is the object's end:
            // point at the key itself when it can be found
            int[] at = keyPosition(text, e.getPropertyName())
                    .orElse(new int[] {e.getLocation().getLineNr(), e.getLocation().getColumnNr()});
            throw new LessonException(path, at[0], at[1],
                    "unknown field '" + e.getPropertyName() + "' (known: " + e.getKnownPropertyIds() + ")");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = Optional.ofNullable(e.getCause()).filter(c -> c instanceof IllegalArgumentException)
                    .map(Throwable::getMessage).orElse(e.getOriginalMessage());
            throw new LessonException(path, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    message);
        }
    }

    /** Line and column (1-based) of the first line that has {@code key:} as a mapping key. */
    private static Optional<int[]> keyPosition(String text, String key) {
        Pattern pattern = Pattern.compile("^(\\s*(?:-\\s+)?)" + Pattern.quote(key) + "\\s*:");
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = pattern.matcher(lines.get(i));
            if (m.find()) {
                return Optional.of(new int[] {i + 1, m.group(1).length() + 1});
            }
        }
        return Optional.empty();
    }

    private static Lesson toLesson(String path, String moduleId, LessonFile file) throws LessonException {
        if (file.schemaVersion() != 1) {
            throw new LessonException(path, 0, 0, "schemaVersion " + file.schemaVersion()
                    + " is not supported by this berth (it reads version 1)");
        }
        if (file.steps().isEmpty()) {
            throw new LessonException(path, 0, 0, "a lesson needs at least one step");
        }
        List<Step> steps = new ArrayList<>();
        Set<String> stepIds = new HashSet<>();
        for (StepFile s : file.steps()) {
            if (!stepIds.add(s.id())) {
                throw new LessonException(path, 0, 0, "step id '" + s.id() + "' is used twice");
            }
            Step.Kind kind;
            try {
                kind = Step.Kind.valueOf(s.type().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new LessonException(path, 0, 0, "step '" + s.id() + "': unknown type '" + s.type()
                        + "' (text or task)");
            }
            if (kind == Step.Kind.TASK && s.check().isEmpty()) {
                throw new LessonException(path, 0, 0, "task step '" + s.id() + "' needs a 'check:' list");
            }
            steps.add(new Step(s.id(), kind, s.body(), s.check().stream().map(CheckSpec::toCheck).toList(),
                    s.hints(), s.solution(), s.success()));
        }
        return new Lesson(file.id(), moduleId, file.title(), file.summary() == null ? "" : file.summary(), steps);
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
