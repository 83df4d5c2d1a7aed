package io.github.berth.cli;

import io.github.berth.engine.PullEvent;
import io.github.berth.shell.Output;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Shows a pull's progress as docker/cli's jsonmessage display does. Off a terminal each message
 * is one line and messages with a progress bar are left out. On a terminal the lines of layers
 * are rewritten in place; berth prints their final state, which keeps the space Docker puts
 * after a status that has an (empty) progress bar: {@code "e6590344b1a5: Pull complete "}.
 */
final class PullProgress implements Consumer<PullEvent> {
    private final Output out;
    private final boolean toStderr;
    private final boolean terminal;
    private final Map<String, String> layerLines = new LinkedHashMap<>();

    PullProgress(Output out, boolean toStderr, boolean terminal) {
        this.out = out;
        this.toStderr = toStderr;
        this.terminal = terminal;
    }

    @Override
    public void accept(PullEvent event) {
        boolean layer = event.id() != null && !event.id().isEmpty() && isLayerStatus(event);
        if (terminal && layer) {
            layerLines.put(event.id(), event.id() + ": " + event.status() + " ");
            return;
        }
        if (!layer) {
            flushLayers();
        }
        if (event.progressBar()) {
            return; // progress bars are never shown off a terminal
        }
        write((event.id() == null ? "" : event.id() + ": ") + event.status() + "\n");
    }

    /** Layer messages carry a progress object; the "Pulling from" line does not. */
    private static boolean isLayerStatus(PullEvent event) {
        return !event.status().startsWith("Pulling from ");
    }

    /** Prints the final state of every layer line; call when the pull ends. */
    void flushLayers() {
        layerLines.values().forEach(line -> write(line + "\n"));
        layerLines.clear();
    }

    private void write(String text) {
        if (toStderr) {
            out.stderr(text);
        } else {
            out.stdout(text);
        }
    }
}
