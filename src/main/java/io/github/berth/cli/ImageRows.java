package io.github.berth.cli;

import io.github.berth.engine.Engine;
import io.github.berth.engine.Image;
import io.github.berth.engine.ImageRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code docker images}' rows and filters: docker/cli v28.2.2 cli/command/formatter/image.go (a
 * row per repository and tag, per digest with --digests, {@code <none>} for dangling images, the
 * imageContext fields) and moby v28.2.2 daemon/images/image_list.go (dangling, label, before,
 * since, reference, until; "No such image").
 */
final class ImageRows {
    static final String DEFAULT_TABLE = "table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t"
            + "{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}";
    static final String DIGEST_TABLE = "table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t"
            + "{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}";
    static final Map<String, String> HEADER = Map.ofEntries(Map.entry("ID", "IMAGE ID"),
            Map.entry("Repository", "REPOSITORY"), Map.entry("Tag", "TAG"), Map.entry("Digest", "DIGEST"),
            Map.entry("CreatedSince", "CREATED"), Map.entry("CreatedAt", "CREATED AT"), Map.entry("Size", "SIZE"),
            Map.entry("Containers", "CONTAINERS"), Map.entry("VirtualSize", "SIZE"),
            Map.entry("SharedSize", "SHARED SIZE"), Map.entry("UniqueSize", "UNIQUE SIZE"));
    static final Set<String> ACCEPTED = Set.of("dangling", "label", "before", "since", "reference", "until");

    private ImageRows() {}

    /** One listed image: its id, created time, size and the references the filter kept. */
    record Summary(Image image, List<String> repoTags, List<String> repoDigests) {}

    record Outcome(List<Summary> images, String error) {}

    static Outcome select(Engine engine, Filters filters) {
        Optional<String> invalid = filters.validate(ACCEPTED);
        if (invalid.isPresent()) {
            return new Outcome(null, invalid.get());
        }
        boolean danglingOnly = false;
        if (filters.contains("dangling")) {
            Set<String> v = filters.get("dangling");
            boolean no = v.contains("0") || v.contains("false");
            boolean yes = v.contains("1") || v.contains("true");
            if (no == yes) {
                return new Outcome(null, filters.invalidValue("dangling"));
            }
            danglingOnly = yes;
        }
        Instant before = null;
        for (String v : filters.get("before")) {
            Optional<Image> i = engine.localImages().find(v);
            if (i.isEmpty()) {
                return new Outcome(null, io.github.berth.engine.LocalImages.noSuchImage(v));
            }
            if (before == null || before.isAfter(i.get().created())) {
                before = i.get().created();
            }
        }
        Instant since = null;
        for (String v : filters.get("since")) {
            Optional<Image> i = engine.localImages().find(v);
            if (i.isEmpty()) {
                return new Outcome(null, io.github.berth.engine.LocalImages.noSuchImage(v));
            }
            if (since == null || since.isBefore(i.get().created())) {
                since = i.get().created();
            }
        }
        for (String v : filters.get("reference")) {
            if (Glob.syntaxError(v)) {
                return new Outcome(null, "syntax error in pattern");
            }
        }
        List<Summary> out = new ArrayList<>();
        for (Image image : engine.images()) {
            if (before != null && !image.created().isBefore(before)) {
                continue;
            }
            if (since != null && !image.created().isAfter(since)) {
                continue;
            }
            if (filters.contains("label") && !filters.matchKVList("label", image.config().labels())) {
                continue;
            }
            List<String> tags = new ArrayList<>();
            List<String> digests = new ArrayList<>();
            for (String ref : image.repoTags()) {
                if (referenceMatches(filters, ref)) {
                    tags.add(ref);
                }
            }
            for (String ref : image.repoDigests()) {
                if (referenceMatches(filters, ref)) {
                    digests.add(ref);
                }
            }
            if (tags.isEmpty() && digests.isEmpty()) {
                if (filters.contains("dangling") && !danglingOnly || filters.contains("reference")) {
                    continue;
                }
            } else if (danglingOnly && !tags.isEmpty()) {
                continue;
            }
            out.add(new Summary(image, tags, digests));
        }
        return new Outcome(out, null);
    }

    /** reference.FamiliarMatch: path.Match against the familiar string, then the familiar name. */
    private static boolean referenceMatches(Filters filters, String ref) {
        if (!filters.contains("reference")) {
            return true;
        }
        int at = ref.indexOf('@');
        String name = at >= 0 ? ref.substring(0, at) : ImageRef.parse(ref).familiarName();
        for (String pattern : filters.get("reference")) {
            if (Glob.matches(pattern, ref) || Glob.matches(pattern, name)) {
                return true;
            }
        }
        return false;
    }

    /** formatter/image.go: the rows of one image (repository, tag, digest). */
    static List<String[]> rows(Summary s, boolean needDigest, boolean showDigests) {
        List<String[]> rows = new ArrayList<>();
        if (s.repoTags().isEmpty() && s.repoDigests().isEmpty()) {
            rows.add(new String[] {"<none>", "<none>", "<none>"});
            return rows;
        }
        Map<String, List<String>> tags = new LinkedHashMap<>();
        for (String t : s.repoTags()) {
            ImageRef ref = ImageRef.parse(t);
            tags.computeIfAbsent(ref.familiarName(), k -> new ArrayList<>()).add(ref.tag());
        }
        Map<String, List<String>> digests = new LinkedHashMap<>();
        for (String d : s.repoDigests()) {
            int at = d.indexOf('@');
            digests.computeIfAbsent(d.substring(0, at), k -> new ArrayList<>()).add(d.substring(at + 1));
        }
        tags.forEach((repo, list) -> {
            List<String> ds = digests.remove(repo);
            for (String tag : list) {
                if (!needDigest || ds == null || ds.isEmpty()) {
                    rows.add(new String[] {repo, tag, "<none>"});
                } else {
                    for (String d : ds) {
                        rows.add(new String[] {repo, tag, d});
                    }
                }
            }
        });
        digests.forEach((repo, ds) -> {
            if (showDigests) {
                ds.forEach(d -> rows.add(new String[] {repo, "<none>", d}));
            } else {
                rows.add(new String[] {repo, "<none>", ""});
            }
        });
        return rows;
    }

    /** What one row's fields are worked out from: the image, its row's repository, tag and digest. */
    private record Context(Image image, String[] row, boolean trunc, Instant now) {}

    /** imageContext's methods, shared by every row; each runs only when the template calls it. */
    private static final Map<String, java.util.function.Function<Context, Object>> FIELDS = fields();

    private static Map<String, java.util.function.Function<Context, Object>> fields() {
        Map<String, java.util.function.Function<Context, Object>> f = new LinkedHashMap<>();
        f.put("Containers", x -> "N/A");
        f.put("CreatedAt", x -> ContainerRows.createdAt(x.image().created()));
        f.put("CreatedSince", x -> Units.humanDuration(Duration.between(x.image().created(), x.now())) + " ago");
        f.put("Digest", x -> x.row()[2]);
        f.put("ID", x -> x.trunc() ? x.image().shortId() : x.image().id());
        f.put("Repository", x -> x.row()[0]);
        f.put("SharedSize", x -> "N/A");
        f.put("Size", x -> Units.humanSize(x.image().size()));
        f.put("Tag", x -> x.row()[1]);
        f.put("UniqueSize", x -> "N/A");
        f.put("VirtualSize", x -> Units.humanSize4(x.image().size()));
        return java.util.Collections.unmodifiableMap(f);
    }

    static GoStruct context(Summary s, String[] row, boolean trunc, Instant now) {
        return GoStruct.bound("*formatter.imageContext", FIELDS, new Context(s.image(), row, trunc, now), Map.of());
    }
}
