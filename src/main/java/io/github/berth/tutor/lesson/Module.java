package io.github.berth.tutor.lesson;

import java.util.List;

/** A module: an ordered group of lessons on one topic. */
public record Module(String id, String title, List<Lesson> lessons) {
    public Module {
        lessons = List.copyOf(lessons);
    }
}
