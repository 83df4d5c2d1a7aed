package io.github.berth.app;

import io.github.berth.sandbox.Sandbox;
import io.github.berth.tutor.progress.Progress;
import io.github.berth.tutor.quiz.QuizSession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/** What {@code berth quiz} and {@code berth review} share: the course, the progress file, input and saving. */
record QuizRun(Launch.Loaded loaded, Clock clock, Random random) {
    static QuizRun start(Long seed) {
        Launch.Loaded loaded = Launch.fromEnvironment(true).loadCatalogAndProgress();
        return loaded == null ? null : new QuizRun(loaded, Clock.systemUTC(), seed == null ? new Random() : new Random(seed));
    }

    QuizSession session(Duration limit) {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        // a sandbox only to read docker commands typed as answers, made when a question first needs one
        java.util.concurrent.atomic.AtomicReference<Sandbox> sandbox = new java.util.concurrent.atomic.AtomicReference<>();
        return new QuizSession(loaded.progress(), clock, random, in, System.out, this::save, limit,
                line -> sandbox.updateAndGet(s -> s != null ? s : new Sandbox(0L, java.util.Map.of(), false)).parseDocker(line));
    }

    private void save(Progress progress) {
        try {
            loaded.store().save(progress);
        } catch (IOException e) {
            System.err.println("berth: could not save your answers in " + loaded.store().file() + ": " + e.getMessage());
        }
    }

    /** When the next question is due, if any is waiting. */
    void tellNextReview() {
        loaded.progress().cards.values().stream().map(c -> c.due).filter(d -> d != null && d.isAfter(clock.instant()))
                .min(Instant::compareTo)
                .ifPresent(next -> System.out.println("Next review: " + DateTimeFormatter.ofPattern("EEEE d MMMM")
                        .format(next.atZone(ZoneId.systemDefault())) + " (`berth review`)."));
    }
}
