package io.github.berth.tutor.quiz;

import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.lesson.Lesson;
import io.github.berth.tutor.lesson.Module;
import io.github.berth.tutor.lesson.Question;
import io.github.berth.tutor.lesson.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every question of the course's quiz steps, for quiz mode; each known by a stable "lesson/question" key. */
public final class QuestionBank {
    /** A question and the lesson it comes from. */
    public record Entry(String key, Lesson lesson, Question question) {}

    private final List<Entry> entries;

    private QuestionBank(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static QuestionBank of(Catalog catalog) {
        List<Entry> entries = new ArrayList<>();
        for (Module module : catalog.modules()) {
            for (Lesson lesson : module.lessons()) {
                for (Step step : lesson.steps()) {
                    for (Question q : step.questions()) {
                        entries.add(new Entry(lesson.id() + "/" + q.id(), lesson, q));
                    }
                }
            }
        }
        return new QuestionBank(entries);
    }

    static QuestionBank ofEntries(List<Entry> entries) {
        return new QuestionBank(entries);
    }

    public List<Entry> all() {
        return entries;
    }

    /** The questions of one module (by its id), in course order. */
    public List<Entry> module(String moduleId) {
        return entries.stream().filter(e -> e.lesson().module().equals(moduleId)).toList();
    }

    public Optional<Entry> find(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }
}
