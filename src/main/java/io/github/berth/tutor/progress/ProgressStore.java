package io.github.berth.tutor.progress;

import io.github.berth.tutor.AtomicFile;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes {@code progress.json} without ever losing it. A save takes a lock file,
 * re-reads what is on disk and merges it in (so two running instances keep each other's
 * updates), writes a temporary file, forces it to disk, keeps the previous file as
 * {@code progress.json.bak} and renames the new one into place atomically. A file that cannot
 * be read is set aside under a new name and reported, never overwritten.
 */
public final class ProgressStore {
    private final Path file;
    private final Path backup;
    private final Path lock;
    private final Clock clock;
    private final List<String> warnings = new ArrayList<>();

    public ProgressStore(Path dataDir, Clock clock) {
        this.file = dataDir.resolve("progress.json");
        this.backup = dataDir.resolve("progress.json.bak");
        this.lock = dataDir.resolve("progress.lock");
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /** Problems met while loading (a corrupt file set aside), for the learner to read. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** The saved progress; a new one when there is none. A corrupt file is moved aside, then the backup is tried. */
    public Progress load() throws IOException {
        Optional<Progress> main = readOrSetAside(file);
        if (main.isPresent()) {
            return main.get();
        }
        if (Files.exists(backup) && !warnings.isEmpty()) {
            Optional<Progress> bak = readOrSetAside(backup);
            if (bak.isPresent()) {
                warnings.add("Restored your progress from " + backup + ".");
                return bak.get();
            }
        }
        return new Progress();
    }

    private Optional<Progress> readOrSetAside(Path path) throws IOException {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(path));
        } catch (IOException e) {
            Path aside = path.resolveSibling(path.getFileName() + ".corrupt-" + stamp());
            Files.move(path, aside, StandardCopyOption.REPLACE_EXISTING);
            warnings.add("Could not read " + path + " (" + firstLine(e.getMessage()) + "); it was kept as " + aside + ".");
            return Optional.empty();
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unknown error" : message.lines().findFirst().orElse(message);
    }

    /** Saves {@code progress}, first merging in whatever another instance saved meanwhile. */
    public void save(Progress progress) throws IOException {
        Files.createDirectories(file.getParent());
        try (FileChannel lockChannel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = lockChannel.lock()) {
            if (Files.exists(file)) {
                try {
                    progress.mergeFrom(ProgressJson.read(Files.readAllBytes(file)));
                } catch (IOException e) {
                    // unreadable: the backup below keeps it; load() reports it next time
                }
                Files.copy(file, backup, StandardCopyOption.REPLACE_EXISTING);
            }
            write(file, progress);
        }
    }

    /**
     * Moves the saved progress aside as {@code progress.json.reset-<time>} (nothing is deleted), so
     * the next start is a new learner's. Returns where it went, or empty when there was none.
     */
    public Optional<Path> setAside() throws IOException {
        Files.createDirectories(file.getParent());
        try (FileChannel lockChannel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = lockChannel.lock()) {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            Path aside = file.resolveSibling("progress.json.reset-" + stamp());
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            return Optional.of(aside);
        }
    }

    /**
     * Reads a progress file from anywhere (an exported copy, another machine's {@code progress.json});
     * an IOException says what is wrong with it.
     */
    public static Progress read(Path path) throws IOException {
        Progress progress = ProgressJson.read(Files.readAllBytes(path));
        if (progress.schemaVersion > Progress.SCHEMA_VERSION) {
            throw new IOException("it was written by a newer berth (schema version " + progress.schemaVersion + ")");
        }
        return progress;
    }

    /** The file's bytes for {@code progress}, as {@link #write} writes them. */
    public static byte[] bytes(Progress progress) throws IOException {
        return ProgressJson.write(progress);
    }

    /** Writes {@code progress} to {@code target} through a temporary file forced to disk and renamed into place. */
    public static void write(Path target, Progress progress) throws IOException {
        AtomicFile.write(target, bytes(progress));
    }

    private String stamp() {
        return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(clock.getZone()).format(clock.instant());
    }
}
