package io.github.berth.tutor.progress;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Saves progress on a background thread, in order, so the prompt never waits for the disk.
 * Each save takes a snapshot first, so later changes cannot tear it. {@link #close} waits for
 * the saves still pending; a failure is handed to {@code onError} once.
 */
public final class ProgressSaver implements AutoCloseable {
    private final ProgressStore store;
    private final Consumer<IOException> onError;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "berth-progress-saver");
        t.setDaemon(true); // close() waits for pending saves; a daemon never holds the JVM
        return t;
    });
    private volatile boolean failed;

    public ProgressSaver(ProgressStore store, Consumer<IOException> onError) {
        this.store = store;
        this.onError = onError;
    }

    public void save(Progress progress) {
        byte[] snapshot;
        try {
            snapshot = ProgressJson.write(progress);
        } catch (IOException e) {
            report(e);
            return;
        }
        worker.execute(() -> {
            try {
                store.save(ProgressJson.read(snapshot));
            } catch (IOException e) {
                report(e);
            }
        });
    }

    private void report(IOException e) {
        if (!failed) {
            failed = true;
            onError.accept(e);
        }
    }

    /** Waits (up to 30 s) for pending saves. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
                report(new IOException("saving took longer than 30 seconds"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
