package io.github.berth.app;

import io.github.berth.console.FullScreen;
import io.github.berth.console.Repl;
import io.github.berth.console.StartScreen;
import io.github.berth.sandbox.Sandbox;
import io.github.berth.tutor.LessonList;
import io.github.berth.tutor.Tutor;
import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.lesson.Lesson;
import io.github.berth.tutor.lesson.LessonException;
import io.github.berth.tutor.lesson.LessonSource;
import io.github.berth.tutor.progress.Progress;
import io.github.berth.tutor.progress.ProgressSaver;
import io.github.berth.tutor.progress.ProgressStore;
import io.github.berth.tutor.transcript.TranscriptRecorder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.spi.TerminalProvider;
import org.jline.utils.InfoCmp;

/** Wires berth together for one run: data directory, lessons, progress, terminal, tutor and prompt. */
final class Launch {
    /** Terminal types whose capabilities JLine ships (org/jline/utils/*.caps). */
    private static final Set<String> BUNDLED_TERMINFO = Set.of("ansi", "dumb", "dumb-color", "rxvt", "rxvt-basic",
            "rxvt-unicode", "rxvt-unicode-256color", "screen", "screen-256color", "windows", "windows-256color",
            "windows-conemu", "windows-vtp", "xterm", "xterm-256color");

    /** The lessons and the learner's progress, loaded together. */
    record Loaded(Catalog catalog, Progress progress, ProgressStore store) {}

    private final Path dataDir;
    /** An instructor's course folder to use instead of berth's own lessons ($BERTH_COURSE), or null. */
    private final Path course;
    private final boolean plain;
    private final PrintStream err = System.err;
    private final Clock clock = Clock.systemUTC();

    private Launch(Path dataDir, Path course, boolean plain) {
        this.dataDir = dataDir;
        this.course = course;
        this.plain = plain;
    }

    /** A launch keeping its data in {@code dataDir}, as the CDS training run does. */
    static Launch at(Path dataDir) {
        return new Launch(dataDir, null, false);
    }

    static Launch fromEnvironment(boolean plain) {
        Map<String, String> env = System.getenv();
        boolean noColor = env.get("NO_COLOR") != null && !env.get("NO_COLOR").isEmpty();
        return new Launch(DataDir.resolve(env, System.getProperty("user.home")), courseFromEnvironment(),
                plain || noColor);
    }

    /** The course folder $BERTH_COURSE names, or null for berth's own lessons. */
    static Path courseFromEnvironment() {
        String course = System.getenv("BERTH_COURSE");
        return course == null || course.isEmpty() ? null : Path.of(course);
    }

    /** Where the lessons are read from: berth's own, or a course folder. */
    static LessonSource lessons(Path course) {
        return course == null ? LessonSource.builtIn() : LessonSource.directory(course);
    }

    /** The lessons: berth's own, or the course folder $BERTH_COURSE names. */
    private Catalog loadCatalog() throws LessonException {
        return Catalog.load(lessons(course));
    }

    private void broken(LessonException e) {
        if (course != null && !Files.isRegularFile(course.resolve("course.yaml"))) {
            err.println("berth: BERTH_COURSE names " + course + ", which has no course.yaml: a course folder holds "
                    + "course.yaml and one folder per module (or unset BERTH_COURSE for berth's own lessons)");
            return;
        }
        err.println("berth: a lesson file is broken: " + (course == null ? "" : course + "/") + e.getMessage()
                + (course == null ? "" : " (the course in BERTH_COURSE; `berth lint " + course + "` lists every problem)"));
    }

    /** The learner's progress and where it is kept. */
    private record Stored(Progress progress, ProgressStore store) {}

    /** Loads lessons and progress; on failure prints why and returns null. */
    Loaded loadCatalogAndProgress() {
        Catalog catalog;
        try {
            catalog = loadCatalog();
        } catch (LessonException e) {
            broken(e);
            return null;
        }
        Stored stored = loadProgress();
        return stored == null ? null : new Loaded(catalog, stored.progress(), stored.store());
    }

    /** Loads the progress; on failure prints why and returns null. */
    private Stored loadProgress() {
        ProgressStore store = new ProgressStore(dataDir, clock);
        try {
            Progress progress = store.load();
            store.warnings().forEach(w -> err.println("berth: " + w));
            return new Stored(progress, store);
        } catch (IOException e) {
            err.println("berth: cannot read your progress in " + store.file() + ": " + e.getMessage());
            return null;
        }
    }

    /** A tutor ready to show its first words, or the exit status when it cannot start. */
    private record Prepared(Tutor tutor, ProgressSaver saver, String notice, Tutor.Feedback opening, Integer exit) {}

    /** Opens the terminal the prompt runs on: the system's, or a pseudo-terminal in the CDS training run. */
    interface TerminalSource {
        Terminal open() throws IOException;
    }

    /** The tutor: opens lesson {@code id}, or resumes where the learner was. */
    int tutor(String id) throws IOException {
        return tutor(id, Launch::terminal);
    }

    int tutor(String id, TerminalSource terminals) throws IOException {
        // lessons, progress and the opened lesson are made while the terminal is set up, and then
        // the lesson's sandbox on this thread, while the lessons are still being read
        CompletableFuture<Sandbox> firstSandbox = new CompletableFuture<>();
        CompletableFuture<Catalog> lessons = new CompletableFuture<>();
        AtomicBoolean reading = new AtomicBoolean();
        Runnable readRest = () -> {
            if (!lessons.isDone() && !reading.getAndSet(true)) {
                readLessons(lessons);
            }
        };
        CompletableFuture<Prepared> preparing =
                CompletableFuture.supplyAsync(() -> prepare(id, firstSandbox, lessons, readRest));
        try (Terminal terminal = terminals.open()) {
            firstSandbox.complete(new Sandbox(null, Map.of(), true));
            Prepared prepared = preparing.join();
            if (prepared.exit() != null) {
                return prepared.exit();
            }
            try (ProgressSaver saver = prepared.saver()) {
                terminal.writer().print(prepared.notice());
                Tutor.Feedback opening = prepared.opening();
                if (opening == null) {
                    // a new learner: the lesson browser first, on a terminal that can show it
                    opening = StartScreen.open(prepared.tutor(), fullScreen(terminal), terminal.writer());
                }
                Repl repl = repl(terminal, prepared.tutor());
                if (!lessons.isDone()) {
                    // only the opened lesson was read: the others are read while the learner reads it
                    CompletableFuture.runAsync(readRest);
                }
                repl.run(opening);
                return 0;
            }
        }
    }

    /** Opens lesson {@code id}, else resumes; with every lesson done, free play. */
    private Prepared prepare(String id, CompletableFuture<Sandbox> firstSandbox, CompletableFuture<Catalog> lessons,
            Runnable readRest) {
        // berth's own lessons are checked at build time: the one asked for is read alone, the rest later
        Optional<Lesson> alone = id != null && course == null
                ? Catalog.lessonAlone(lessons(null), id) : Optional.empty();
        if (alone.isPresent()) {
            Stored stored = loadProgress();
            if (stored == null) {
                return new Prepared(null, null, null, null, 1);
            }
            ProgressSaver saver = saver(stored.store());
            AtomicBoolean first = new AtomicBoolean(true);
            // a command that needs the other lessons before they are read reads them itself
            Tutor tutor = new Tutor(() -> {
                readRest.run();
                return lessons.join();
            }, stored.progress(), saver::save, clock,
                    () -> first.getAndSet(false) ? firstSandbox.join() : new Sandbox(null, Map.of(), true));
            return new Prepared(tutor, saver, "", tutor.open(alone.get()), null);
        }
        Loaded loaded = loadCatalogAndProgress();
        if (loaded == null) {
            return new Prepared(null, null, null, null, 1);
        }
        lessons.complete(loaded.catalog());
        Optional<Lesson> target;
        if (id != null) {
            target = loaded.catalog().lesson(id);
            if (target.isEmpty()) {
                err.println("berth: there is no lesson '" + id + "'; `berth lessons` lists them");
                return new Prepared(null, null, null, null, 2);
            }
        } else {
            target = Optional.empty();
        }
        ProgressSaver saver = saver(loaded.store());
        AtomicBoolean first = new AtomicBoolean(true);
        Tutor tutor = new Tutor(loaded.catalog(), loaded.progress(), saver::save, clock,
                () -> first.getAndSet(false) ? firstSandbox.join() : new Sandbox(null, Map.of(), true));
        if (target.isEmpty() && StartScreen.isNewLearner(tutor)) {
            return new Prepared(tutor, saver, "", null, null); // the start screen chooses, on the terminal
        }
        target = target.or(tutor::resumeTarget);
        if (target.isPresent()) {
            return new Prepared(tutor, saver, "", tutor.open(target.get()), null);
        }
        return new Prepared(tutor, saver, "You have finished every lesson. Well done!\n\n"
                + LessonList.render(loaded.catalog(), loaded.progress())
                + "\nThis is free play: type any command, or `help`.\n", new Tutor.Feedback(), null);
    }

    /** Free play, interactive or (standard input not a terminal, or --jsonl) line by line. */
    int sandbox(Path workspace, Long seed, boolean jsonl) throws IOException {
        Map<String, byte[]> files = Map.of();
        if (workspace != null) {
            try {
                files = Workspace.read(workspace);
            } catch (IOException e) {
                err.println("berth: cannot use --workspace " + workspace + ": " + e.getMessage());
                return 2;
            }
        }
        if (jsonl || !stdinIsTerminal()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            return LineMode.run(new Sandbox(seed, files, false), in, System.out, System.err, jsonl);
        }
        return freePlay(seed, files, Launch::terminal);
    }

    /** Free play at the prompt. */
    int freePlay(Long seed, Map<String, byte[]> files, TerminalSource terminals) throws IOException {
        // progress and the sandbox are made while the terminal is set up; the lessons are read once
        // the prompt is ready, while the learner reads it, and waited for only when a command needs one
        CompletableFuture<Catalog> lessons = new CompletableFuture<>();
        CompletableFuture<Prepared> preparing =
                CompletableFuture.supplyAsync(() -> prepareFreePlay(seed, files, lessons));
        try (Terminal terminal = terminals.open()) {
            Prepared prepared = preparing.join();
            if (prepared.exit() != null) {
                return prepared.exit();
            }
            try (ProgressSaver saver = prepared.saver()) {
                Tutor tutor = prepared.tutor();
                terminal.writer().println("berth sandbox: free play. Type docker and shell commands; `help` lists berth's own.");
                Repl repl = repl(terminal, tutor);
                CompletableFuture.runAsync(() -> readLessons(lessons));
                repl.run(new Tutor.Feedback());
                return 0;
            }
        }
    }

    /**
     * {@code berth record}: a session in a sandbox seeded as a transcript says, or in lesson {@code id}
     * from its start, written to {@code file} as it goes. Progress is a scratch copy, never saved.
     */
    int record(Path file, String id, long seed) throws IOException {
        Loaded loaded = loadCatalogAndProgress();
        if (loaded == null) {
            return 1;
        }
        Optional<Lesson> lesson = id == null ? Optional.empty() : loaded.catalog().lesson(id);
        if (id != null && lesson.isEmpty()) {
            err.println("berth: there is no lesson '" + id + "'; `berth lessons` lists them");
            return 2;
        }
        Tutor tutor = new Tutor(loaded.catalog(), new Progress(), p -> { }, clock,
                () -> new Sandbox(seed, Map.of(), true));
        TranscriptRecorder recorder = new TranscriptRecorder(file, id, seed);
        try (Terminal terminal = terminal()) {
            recorder.start();
            terminal.writer().println("berth record: writing " + file + " as you go (seed " + seed + "). "
                    + "Ctrl-D or `quit` ends it; `berth replay " + file.getFileName() + "` runs it again.");
            Tutor.Feedback opening = lesson.map(tutor::open).orElseGet(Tutor.Feedback::new);
            Repl repl = repl(terminal, tutor);
            repl.record(recorder);
            repl.run(opening);
            terminal.writer().println("Recorded to " + file + ".");
            return 0;
        }
    }

    private Prepared prepareFreePlay(Long seed, Map<String, byte[]> files, CompletableFuture<Catalog> lessons) {
        Stored stored = loadProgress();
        if (stored == null) {
            return new Prepared(null, null, null, null, 1);
        }
        ProgressSaver saver = saver(stored.store());
        Tutor tutor = new Tutor(lessons::join, stored.progress(), saver::save, clock,
                () -> new Sandbox(seed, files, true));
        tutor.sandbox(); // the first prompt is the sandbox's
        return new Prepared(tutor, saver, "", null, null);
    }

    /** Completes {@code lessons}; a broken lesson file is reported and leaves free play with no lessons. */
    private void readLessons(CompletableFuture<Catalog> lessons) {
        try {
            lessons.complete(loadCatalog());
        } catch (LessonException e) {
            broken(e);
            lessons.complete(Catalog.empty());
        } catch (RuntimeException | Error e) {
            lessons.completeExceptionally(e);
        }
    }

    /** The prompt; the lesson browser is full screen except in plain mode and on a dumb terminal. */
    private Repl repl(Terminal terminal, Tutor tutor) throws IOException {
        boolean textOnly = plain || isDumb(terminal);
        return new Repl(terminal, tutor, historyFile(), textOnly, fullScreen(terminal));
    }

    /** The Lanterna screens, or null in plain mode and on a dumb terminal. */
    private FullScreen fullScreen(Terminal terminal) {
        return plain || isDumb(terminal) ? null : new LanternaFullScreen(terminal);
    }

    private ProgressSaver saver(ProgressStore store) {
        return new ProgressSaver(store, e -> err.println("berth: cannot save your progress to "
                + store.file() + ": " + e.getMessage()));
    }

    private Path historyFile() throws IOException {
        Files.createDirectories(dataDir);
        return dataDir.resolve("history");
    }

    private static Terminal terminal() throws IOException {
        String type = System.getenv("TERM");
        if (type != null && BUNDLED_TERMINFO.contains(type)) {
            // JLine would fork `infocmp` to read the terminal's capabilities; its bundled copy is enough
            InfoCmp.setLoadedInfoCmp(type, bundledCapabilities(type));
        }
        TerminalBuilder builder = TerminalBuilder.builder().system(true).dumb(true).name("berth");
        if (jniProviderLoads()) {
            // JLine otherwise loads every provider it knows and asks each whether standard output is a
            // terminal; the exec provider answers by running `test -t 1` (a process, ~30 ms)
            builder.provider(TerminalBuilder.PROP_PROVIDER_JNI);
        }
        Terminal terminal = builder.build();
        if (terminal.getWidth() <= 0 || terminal.getHeight() <= 0) {
            // a pseudo-terminal nobody sized (0x0): JLine would squeeze the prompt to "...."
            terminal.setSize(new Size(80, 24));
        }
        return terminal;
    }

    /** JLine's copy of {@code type}'s capabilities, read in one go (its own reader decodes a character at a time). */
    private static String bundledCapabilities(String type) throws IOException {
        try (InputStream in = InfoCmp.class.getResourceAsStream(type + ".caps")) {
            return in == null ? InfoCmp.getDefaultInfoCmp(type) : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Whether JLine's JNI provider, the one it would choose on Linux and macOS, has its native library. */
    private static boolean jniProviderLoads() {
        try {
            TerminalProvider.load(TerminalBuilder.PROP_PROVIDER_JNI);
            return true;
        } catch (IOException | RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static boolean isDumb(Terminal terminal) {
        return terminal.getType().startsWith(Terminal.TYPE_DUMB);
    }

    /** Whether standard input is a terminal (JDK 22+ has Console.isTerminal; before, a console means one). */
    private static boolean stdinIsTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
