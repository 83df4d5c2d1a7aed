package io.github.berth.engine;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a local image as moby's image service does for a name or id (daemon/images/image.go
 * GetImage): a reference to a tag first, then an id or unique id prefix, with or without
 * {@code sha256:}; a miss is "No such image: NAME:TAG".
 */
public final class ImageLookup {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{1,64}");

    private ImageLookup() {}

    public static Optional<Image> find(Engine engine, String nameOrId) {
        if (nameOrId.isEmpty()) {
            return Optional.empty();
        }
        Optional<Image> tagged = engine.image(ImageRef.parse(nameOrId));
        if (tagged.isPresent()) {
            return tagged;
        }
        String hex = nameOrId.startsWith("sha256:") ? nameOrId.substring(7) : nameOrId;
        if (!HEX.matcher(hex).matches()) {
            return Optional.empty();
        }
        Image match = null;
        for (Image image : engine.images()) {
            if (image.id().startsWith("sha256:" + hex)) {
                if (match != null) {
                    return Optional.empty();
                }
                match = image;
            }
        }
        return Optional.ofNullable(match);
    }

    /** moby's ErrImageDoesNotExist text: the reference in its familiar form, with its tag. */
    public static String notFound(String nameOrId) {
        String hex = nameOrId.startsWith("sha256:") ? nameOrId.substring(7) : nameOrId;
        if (HEX.matcher(hex).matches() && hex.length() == 64) {
            return "No such image: " + nameOrId;
        }
        return "No such image: " + ImageRef.parse(nameOrId).familiarString();
    }
}
