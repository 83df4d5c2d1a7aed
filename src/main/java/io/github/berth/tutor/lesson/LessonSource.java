package io.github.berth.tutor.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where lesson files are read from: berth's own (inside the jar) or an instructor's folder. */
public interface LessonSource {
    /** Opens a file by its path relative to the lessons folder, e.g. {@code first-steps/module.yaml}. */
    InputStream open(String relative) throws IOException;

    /** The lesson files in a folder (relative paths, sorted), when the source can list them; else empty. */
    default List<String> lessonFiles(String folder) {
        return List.of();
    }

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
        return new LessonSource() {
            @Override
            public InputStream open(String relative) throws IOException {
                return Files.newInputStream(root.resolve(relative));
            }

            @Override
            public List<String> lessonFiles(String folder) {
                try (Stream<Path> files = Files.list(root.resolve(folder))) {
                    return files.map(f -> f.getFileName().toString())
                            .filter(n -> n.matches(".*\\.(yaml|yml|json)") && !n.equals("module.yaml"))
                            .map(n -> folder + "/" + n).sorted().toList();
                } catch (IOException e) {
                    return List.of();
                }
            }
        };
    }
}
