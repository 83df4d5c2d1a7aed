package io.github.berth.tutor.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where lesson files are read from: berth's own (inside the jar) or an instructor's folder. */
public interface LessonSource {
    /** Opens a file by its path relative to the lessons folder, e.g. {@code first-steps/module.yaml}. */
    InputStream open(String relative) throws IOException;

    /** The lessons that ship with berth. */
    static LessonSource builtIn() {
        return relative -> {
            InputStream in = LessonSource.class.getResourceAsStream("/lessons/" + relative);
            if (in == null) {
                throw new NoSuchFileException("lessons/" + relative);
            }
            return in;
        };
    }

    static LessonSource directory(Path root) {
        return relative -> Files.newInputStream(root.resolve(relative));
    }
}
