package io.github.berth.console;

import io.github.berth.cli.Units;
import io.github.berth.engine.Engine;
import io.github.berth.engine.HistoryEntry;
import io.github.berth.engine.Image;
import io.github.berth.engine.ImageLookup;
import io.github.berth.engine.LayerStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code layers IMAGE}: the image's layers drawn as a stack, newest on top, each with the
 * instruction that made it and its size (the numbers {@code docker history} shows); instructions
 * that only set metadata are listed beside the stack, since they make no layer. Layers the image's
 * latest {@code docker build} made say whether that build took them from its cache or built them.
 */
final class LayersCommand implements ReplCommand {
    public String name() {
        return "layers";
    }

    public String summary() {
        return "a picture of an image's layers with their sizes, e.g. `layers alpine`";
    }

    public void run(Repl repl, String argument) {
        String name = argument.strip();
        if (name.isEmpty() || name.contains(" ")) {
            repl.println("Usage: layers IMAGE   (an image on this machine, e.g. `layers hello-world`)");
            return;
        }
        lines(repl.tutor().sandbox().engine(), name, Math.min(80, repl.width())).forEach(repl::println);
    }

    static List<String> lines(Engine engine, String name, int width) {
        Optional<Image> found = ImageLookup.find(engine, name);
        if (found.isEmpty()) {
            return List.of("layers: " + ImageLookup.notFound(name));
        }
        Image image = found.get();
        LayerStore store = engine.layers();
        List<String> diffIds = store.diffIds(image);
        List<String[]> boxes = new ArrayList<>(); // {instruction, size}, bottom first
        List<String> metadata = new ArrayList<>();
        int layer = 0;
        long total = 0;
        for (HistoryEntry h : store.history(image)) {
            String what = h.createdBy().replace('\t', ' ').replaceFirst("^/bin/sh -c #\\(nop\\) +", "")
                    .replaceFirst(" # buildkit$", "").strip();
            if (h.emptyLayer() || layer >= diffIds.size()) {
                metadata.add(what);
                continue;
            }
            String diffId = diffIds.get(layer++);
            var l = store.layer(diffId);
            long size = l == null ? 0 : l.size();
            total += size;
            Boolean cached = store.lastBuild(image.id()).get(diffId);
            String built = cached == null ? "" : cached ? "  cached" : "  built";
            boxes.add(new String[] {what, Units.humanSize(size) + built});
        }
        String shortId = image.id().replaceFirst("^sha256:", "");
        shortId = shortId.substring(0, Math.min(12, shortId.length()));
        List<String> out = new ArrayList<>();
        out.add(name + "  (image " + shortId + ": " + boxes.size() + (boxes.size() == 1 ? " layer, " : " layers, ")
                + Units.humanSize(total) + ")");
        int inner = Math.max(20, width - 4);
        out.add("  ┌" + "─".repeat(inner) + "┐");
        out.add("  │" + fit("a container's own writable layer goes here", "(docker run)", inner) + "│");
        out.add("  ╞" + "═".repeat(inner) + "╡");
        for (int i = boxes.size() - 1; i >= 0; i--) {
            out.add("  │" + fit(boxes.get(i)[0], boxes.get(i)[1], inner) + "│");
            out.add(i == 0 ? "  └" + "─".repeat(inner) + "┘" : "  ├" + "─".repeat(inner) + "┤");
        }
        if (!metadata.isEmpty()) {
            out.add("  Settings only, no layer: " + String.join(" · ", metadata));
        }
        return out;
    }

    /** {@code left} and {@code right} in a row of {@code width}, the left cut with … when it does not fit. */
    private static String fit(String left, String right, int width) {
        int room = width - right.length() - 3;
        String l = left.length() > room ? left.substring(0, Math.max(0, room - 1)) + "…" : left;
        return " " + l + " ".repeat(Math.max(1, width - l.length() - right.length() - 2)) + right + " ";
    }
}
