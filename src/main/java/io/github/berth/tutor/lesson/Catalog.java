package io.github.berth.tutor.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * All modules and lessons, in course order, read from {@code course.yaml}, each module's
 * {@code module.yaml} and the lesson files they list. Any problem is a {@link LessonException}
 * naming the file, line and column; {@link #lint} lists them all, with warnings.
 */
public final class Catalog {
    /** The file format version this berth reads. */
    public static final int SCHEMA_VERSION = 1;

    private final List<Module> modules;

    private Catalog(List<Module> modules) {
        this.modules = List.copyOf(modules);
    }

    /** A course with no modules. */
    public static Catalog empty() {
        return new Catalog(List.of());
    }

    /** The course, or the first error in it. */
    public static Catalog load(LessonSource source) throws LessonException {
        CourseReader reader = new CourseReader(source);
        List<Module> modules = reader.course();
        for (Problem p : reader.problems()) {
            if (p.isError()) {
                throw new LessonException(p.file(), p.line(), p.column(), p.message());
            }
        }
        return new Catalog(modules);
    }

    /**
     * Lesson {@code id} read on its own, without the other lessons' files: found as {@code id.yaml} in a
     * module the course lists. Empty when it is not there under that name or its file has a problem;
     * {@link #load} then says which lesson exists and what is wrong. Used before a lesson's first prompt,
     * where reading every lesson costs the most time of the start.
     */
    public static Optional<Lesson> lessonAlone(LessonSource source, String id) {
        return new CourseReader(source).lessonAlone(id);
    }

    /** Every problem in the course, errors and warnings, in the order of the files. */
    public static List<Problem> lint(LessonSource source) {
        CourseReader reader = new CourseReader(source);
        reader.course();
        return reader.problems();
    }

    /**
     * Every problem in one lesson file read on its own, outside a course; files it imports are opened
     * from {@code source} by {@code path}'s folder.
     */
    public static List<Problem> lintLesson(String path, String text, LessonSource source) {
        CourseReader reader = new CourseReader(source);
        List<Problem> problems = new ArrayList<>();
        try {
            reader.lesson(path, "", CourseReader.parse(path, text));
        } catch (LessonException e) {
            problems.add(Problem.of(e));
        }
        problems.addAll(0, reader.problems());
        return problems;
    }

    /** Every problem in a GIFT question file read on its own (a bank a quiz step may import). */
    public static List<Problem> lintGift(String path, String text) {
        return Gift.read(path, text).problems();
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
