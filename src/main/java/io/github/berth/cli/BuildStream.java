package io.github.berth.cli;

import java.util.function.Consumer;

/**
 * Shows a build's progress as it runs: each time the build changes, the printer's text of it so
 * far is rendered, and what was not written yet is written. Every rendering begins with the
 * previous one (the printers show a step only in the form the finished build will show it), so
 * the writes add up to exactly the finished build's text.
 */
final class BuildStream {
    private final Consumer<String> sink;
    private String shown = "";

    BuildStream(Consumer<String> sink) {
        this.sink = sink;
    }

    /** Writes what {@code text} adds to what was written. */
    void show(String text) {
        String more = rest(text, shown);
        if (!more.isEmpty()) {
            sink.accept(more);
            shown = shown + more;
        }
    }

    String shown() {
        return shown;
    }

    /** The part of {@code text} after what was {@code shown}; all of it when {@code shown} is not its beginning. */
    static String rest(String text, String shown) {
        return text.startsWith(shown) ? text.substring(shown.length()) : text;
    }
}
