package io.github.berth.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tagging and removing local images, as moby v28.2.2's image service does with the classic
 * store (daemon/images/image_tag.go, image_delete.go, image_prune.go). Works on the engine's own
 * image and container maps.
 */
public final class LocalImages {
    /** One line of {@code docker rmi}'s answer: an untagged reference or a deleted id. */
    public record Deletion(boolean deleted, String value) {}

    /** The lines, or the daemon's error (and whether it is a not-found). */
    public record Removal(List<Deletion> lines, String error, boolean notFound) {}

    private final Map<String, Image> images;
    private final Map<String, Container> containers;

    LocalImages(Map<String, Image> images, Map<String, Container> containers) {
        this.images = images;
        this.containers = containers;
    }

    /**
     * GetImage: a full or prefixed id ("sha256:" optional), else a reference ({@code name},
     * {@code name:tag}, {@code name@digest}).
     */
    public Optional<Image> find(String refOrId) {
        String hex = refOrId.startsWith("sha256:") ? refOrId.substring(7) : refOrId;
        if (hex.matches("[0-9a-f]{1,64}")) {
            Image match = null;
            for (Image i : images.values()) {
                if (i.id().substring(7).startsWith(hex)) {
                    if (match != null) {
                        match = null;
                        break;
                    }
                    match = i;
                }
            }
            if (match != null && (refOrId.startsWith("sha256:") || hex.length() >= 1 && !hasReference(refOrId))) {
                return Optional.of(match);
            }
        }
        return byReference(refOrId);
    }

    private boolean hasReference(String ref) {
        return byReference(ref).isPresent();
    }

    private Optional<Image> byReference(String ref) {
        int at = ref.indexOf('@');
        if (at > 0) {
            String name = ImageRef.parse(ref.substring(0, at)).familiarName();
            String wanted = name + ref.substring(at);
            return images.values().stream().filter(i -> i.repoDigests().contains(wanted)).findFirst();
        }
        String tag = ImageRef.parse(ref).familiarString();
        return images.values().stream().filter(i -> i.repoTags().contains(tag)).findFirst();
    }

    /**
     * Adds (or replaces) a local image; its tags move to it from any image that had them, which
     * is left untagged as moby's image store does.
     */
    void store(Image image) {
        for (Image other : List.copyOf(images.values())) {
            if (!other.id().equals(image.id()) && other.repoTags().stream().anyMatch(image.repoTags()::contains)) {
                images.put(other.id(), other.withTags(other.repoTags().stream()
                        .filter(t -> !image.repoTags().contains(t)).toList()));
            }
        }
        images.put(image.id(), image);
    }

    /** Local images, newest created first (moby daemon/images/image_list.go sorts by Created, reversed). */
    List<Image> newestFirst() {
        List<Image> list = new ArrayList<>(images.values());
        list.sort(java.util.Comparator.comparing(Image::created).reversed());
        return list;
    }

    /** The first image with the tag {@code ref} names. */
    Optional<Image> tagged(ImageRef ref) {
        String tag = ref.familiarString();
        for (Image i : images.values()) {
            if (i.repoTags().contains(tag)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /**
     * Adds an image to the store as {@code docker load} does: its tags move to it from any other
     * image.
     */
    public void load(Image image) {
        for (String tag : image.repoTags()) {
            for (Image other : List.copyOf(images.values())) {
                if (other.repoTags().contains(tag) && !other.id().equals(image.id())) {
                    List<String> tags = new ArrayList<>(other.repoTags());
                    tags.remove(tag);
                    images.put(other.id(), with(other, tags, other.repoDigests()));
                }
            }
        }
        images.put(image.id(), image);
    }

    /** "No such image: name:tag" as ErrImageDoesNotExist words a reference (the tag made explicit). */
    public static String noSuchImage(String refOrId) {
        if (refOrId.startsWith("sha256:") || refOrId.contains("@")) {
            return "No such image: " + refOrId;
        }
        return "No such image: " + ImageRef.parse(refOrId).familiarString();
    }

    /** Adds {@code target} (a familiar name:tag) to the image {@code source} names; moves it from any other image. */
    public Optional<String> tag(String source, String target) {
        Optional<Image> found = find(source);
        if (found.isEmpty()) {
            return Optional.of(noSuchImage(source));
        }
        String tag = ImageRef.parse(target).familiarString();
        for (Image other : List.copyOf(images.values())) {
            if (other.repoTags().contains(tag) && !other.id().equals(found.get().id())) {
                List<String> tags = new ArrayList<>(other.repoTags());
                tags.remove(tag);
                images.put(other.id(), with(other, tags, other.repoDigests()));
            }
        }
        Image image = images.get(found.get().id());
        if (!image.repoTags().contains(tag)) {
            List<String> tags = new ArrayList<>(image.repoTags());
            tags.add(tag);
            images.put(image.id(), with(image, tags, image.repoDigests()));
        }
        return Optional.empty();
    }

    private static Image with(Image i, List<String> tags, List<String> digests) {
        // the same image under other names: its layers, history and parent stay
        return new Image(i.id(), tags, digests, i.created(), i.size(), i.config(), i.programs(), i.layers(),
                i.history(), i.parent());
    }

    private Optional<Container> user(Image image, boolean runningOnly) {
        for (Container c : containers.values()) {
            if (c.imageId().equals(image.id())
                    && (!runningOnly || c.state().status() == ContainerState.Status.RUNNING)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static String shortId(String id) {
        String hex = id.startsWith("sha256:") ? id.substring(7) : id;
        return hex.substring(0, Math.min(12, hex.length()));
    }

    private static boolean isIdPrefix(String imageId, String ref) {
        String hex = ref.startsWith("sha256:") ? ref.substring(7) : ref;
        return hex.matches("[0-9a-f]+") && imageId.substring(7).startsWith(hex);
    }

    /**
     * {@code DELETE /images/{name}} (image_delete.go ImageDelete and imageDeleteHelper): a reference
     * is untagged (with its repository's digests when no tag of it is left) and the image deleted
     * when nothing refers to it any more; an id removes a single repository's references first.
     * One difference: berth keeps an image that a stopped container still uses when forced
     * (Docker deletes it and the container keeps its id), so that container can still start.
     */
    public Removal remove(String refOrId, boolean force) {
        Optional<Image> found = find(refOrId);
        if (found.isEmpty()) {
            return new Removal(List.of(), noSuchImage(refOrId), true);
        }
        Image image = found.get();
        List<Deletion> lines = new ArrayList<>();
        boolean removedRepositoryRef = false;
        if (!isIdPrefix(image.id(), refOrId)) {
            Optional<Container> using = user(image, false);
            if (!force && singleReference(image) && using.isPresent()) {
                return new Removal(List.of(), "conflict: unable to remove repository reference \"" + refOrId
                        + "\" (must force) - container " + using.get().shortId() + " is using its referenced image "
                        + shortId(image.id()), false);
            }
            List<String> tags = new ArrayList<>(image.repoTags());
            List<String> digests = new ArrayList<>(image.repoDigests());
            int at = refOrId.indexOf('@');
            if (at > 0) {
                String untagged = ImageRef.parse(refOrId.substring(0, at)).familiarName() + refOrId.substring(at);
                digests.remove(untagged);
                lines.add(new Deletion(false, untagged));
            } else {
                ImageRef ref = ImageRef.parse(refOrId);
                tags.remove(ref.familiarString());
                lines.add(new Deletion(false, ref.familiarString()));
                if (tags.stream().noneMatch(t -> ImageRef.parse(t).familiarName().equals(ref.familiarName()))) {
                    for (String d : List.copyOf(digests)) {
                        if (d.substring(0, d.indexOf('@')).equals(ref.familiarName())) {
                            digests.remove(d);
                            lines.add(new Deletion(false, d));
                        }
                    }
                }
            }
            image = with(image, tags, digests);
            images.put(image.id(), image);
            if (!tags.isEmpty() || !digests.isEmpty()) {
                return new Removal(lines, null, false);
            }
            removedRepositoryRef = true;
        } else if (singleReference(image)) {
            Optional<Container> running = user(image, true);
            Optional<Container> stopped = user(image, false);
            if (running.isPresent()) {
                return new Removal(List.of(), conflict(image, true, "image is being used by running container "
                        + running.get().shortId()), false);
            }
            if (!force && stopped.isPresent()) {
                return new Removal(List.of(), conflict(image, false, "image is being used by stopped container "
                        + stopped.get().shortId()), false);
            }
            image.repoTags().forEach(r -> lines.add(new Deletion(false, r)));
            image.repoDigests().forEach(r -> lines.add(new Deletion(false, r)));
            image = with(image, List.of(), List.of());
            images.put(image.id(), image);
        }
        Optional<Container> running = user(image, true);
        if (running.isPresent()) {
            // quiet after an untag: the image stays, dangling
            return removedRepositoryRef ? new Removal(lines, null, false) : new Removal(lines, conflict(image, true,
                    "image is being used by running container " + running.get().shortId()), false);
        }
        if (!image.repoTags().isEmpty() || !image.repoDigests().isEmpty()) {
            if (!force) {
                return new Removal(lines, conflict(image, false, "image is referenced in multiple repositories"),
                        false);
            }
            image.repoTags().forEach(r -> lines.add(new Deletion(false, r)));
            image.repoDigests().forEach(r -> lines.add(new Deletion(false, r)));
            image = with(image, List.of(), List.of());
            images.put(image.id(), image);
        }
        Optional<Container> stopped = user(image, false);
        if (stopped.isPresent()) {
            return force || removedRepositoryRef ? new Removal(lines, null, false) : new Removal(lines,
                    conflict(image, false, "image is being used by stopped container " + stopped.get().shortId()),
                    false);
        }
        images.remove(image.id());
        lines.add(new Deletion(true, image.id()));
        return new Removal(lines, null, false);
    }

    /** isSingleReference: at most one tag, and every reference in one repository. */
    private static boolean singleReference(Image image) {
        if (image.repoTags().size() > 1) {
            return false;
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        image.repoTags().forEach(t -> names.add(ImageRef.parse(t).familiarName()));
        image.repoDigests().forEach(d -> names.add(d.substring(0, d.indexOf('@'))));
        return names.size() <= 1;
    }

    private static String conflict(Image image, boolean hard, String message) {
        return "conflict: unable to delete " + shortId(image.id()) + " (" + (hard ? "cannot be forced" : "must be forced")
                + ") - " + message;
    }

    /**
     * {@code POST /images/prune} (image_prune.go): dangling images (no tags), or with {@code all} every
     * image no container uses; the lines of each removal and the bytes reclaimed.
     */
    public record Pruned(List<Deletion> lines, long reclaimed) {}

    public Pruned prune(boolean all) {
        List<Deletion> lines = new ArrayList<>();
        long reclaimed = 0;
        for (Image image : List.copyOf(images.values())) {
            boolean dangling = image.repoTags().isEmpty();
            if (!all && !dangling || user(image, false).isPresent()) {
                continue;
            }
            for (String r : image.repoTags()) {
                lines.add(new Deletion(false, r));
            }
            for (String r : image.repoDigests()) {
                lines.add(new Deletion(false, r));
            }
            images.remove(image.id());
            lines.add(new Deletion(true, image.id()));
            reclaimed += image.size();
        }
        return new Pruned(lines, reclaimed);
    }
}
