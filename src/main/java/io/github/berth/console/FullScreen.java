package io.github.berth.console;

import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.progress.Progress;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Full-screen views the prompt can open; {@code app} provides them. The prompt calls one only
 * between two reads of a line, with its status bar suspended, and reads on when it returns.
 */
public interface FullScreen {
    /** The lesson browser: the id of the lesson the learner chose, or empty when they went back. */
    Optional<String> browseLessons(Catalog catalog, Progress progress) throws IOException;

    /**
     * The editor on one file, until the learner leaves it. {@code save} is called with the whole
     * text at each save and returns why it could not write it, or empty when it did.
     */
    void edit(String name, String text, boolean isNew, Function<String, Optional<String>> save) throws IOException;
}
