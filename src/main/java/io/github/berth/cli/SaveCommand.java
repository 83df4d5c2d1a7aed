package io.github.berth.cli;

import io.github.berth.engine.Image;
import io.github.berth.engine.ImageRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code docker save}: images to a tar archive in the workspace (docker/cli v28.2.2
 * cli/command/image/save.go; the names resolved as moby's image/tarexport/save.go parseNames
 * does: a name without a tag saves every tag of that repository). Written with {@code -o} or to
 * the file standard output is redirected to; a terminal is refused as the client refuses it.
 */
final class SaveCommand implements DockerCommand {
    private static final CommandSpec SPEC = new CommandSpec("save", "[OPTIONS] IMAGE [IMAGE...]",
            "Save one or more images to a tar archive (streamed to STDOUT by default)",
            List.of(FlagSpec.value("output", 'o', "string", "Write to a file, instead of STDOUT"),
                    FlagSpec.value("platform", (char) 0, "string", "Save only the given platform variant. Formatted"
                            + " as \"os[/arch[/variant]]\" (e.g., \"linux/amd64\")")),
            new ArgsRule.AtLeast(1), true);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        ArchiveFiles.Destination to = ArchiveFiles.destination(inv, "save", "failed to save image");
        if (to.refused()) {
            return 1;
        }
        Map<String, ImageArchive.Saved> images = new LinkedHashMap<>();
        for (String name : inv.args().positionals()) {
            Optional<String> error = resolve(inv, name, images);
            if (error.isPresent()) {
                inv.out().errLine(DaemonErrors.PREFIX + error.get());
                return 1;
            }
        }
        byte[] archive = ImageArchive.write(inv.engine(), List.copyOf(images.values()));
        ArchiveFiles.send(inv, to.file(), archive);
        return 0;
    }

    /** parseNames for one name: the images and references it adds, or the daemon's error. */
    private static Optional<String> resolve(Invocation inv, String name, Map<String, ImageArchive.Saved> images) {
        if (References.anyError(name).isPresent()) {
            return References.anyError(name);
        }
        String hex = name.startsWith("sha256:") ? name.substring(7) : name;
        if (hex.matches("[a-f0-9]{64}")) {
            Optional<Image> image = inv.engine().imageById("sha256:" + hex);
            if (image.isEmpty()) {
                return Optional.of("No such image: " + name);
            }
            add(images, image.get(), null);
            return Optional.empty();
        }
        String last = name.substring(name.lastIndexOf('/') + 1);
        ImageRef ref = ImageRef.parse(name);
        if (!last.contains(":") && !name.contains("@")) {
            // reference store ReferencesByName: every tag of the repository, in lexical order
            java.util.TreeMap<String, Image> byRef = new java.util.TreeMap<>();
            for (Image image : inv.engine().images()) {
                for (String tag : image.repoTags()) {
                    ImageRef r = ImageRef.parse(tag);
                    if (r.familiarName().equals(ref.familiarName())) {
                        byRef.put(r.domain() + "/" + r.path() + ":" + r.tag(), image);
                    }
                }
            }
            byRef.forEach((full, image) -> add(images, image, ImageRef.parse(full).familiarString()));
            boolean found = !byRef.isEmpty();
            if (!found) {
                // is.Search: an image id prefix
                Optional<Image> byId = inv.engine().images().stream().filter(i -> i.id().startsWith("sha256:" + name))
                        .findFirst();
                if (byId.isEmpty()) {
                    return Optional.of("No such image: " + name);
                }
                add(images, byId.get(), null);
            }
            return Optional.empty();
        }
        Optional<Image> image = inv.engine().image(ref);
        if (image.isEmpty()) {
            return Optional.of("reference does not exist");
        }
        add(images, image.get(), ref.familiarString());
        return Optional.empty();
    }

    private static void add(Map<String, ImageArchive.Saved> images, Image image, String ref) {
        ImageArchive.Saved saved = images.computeIfAbsent(image.id(), id -> new ImageArchive.Saved(image, new ArrayList<>()));
        if (ref != null && !saved.refs().contains(ref)) {
            saved.refs().add(ref);
        }
    }
}
