package io.github.berth.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Client-side checks of image references, as distribution/reference v0.6.0 (vendored in docker/cli
 * 28.2.2) makes them: ParseNormalizedNamed (normalize.go: splitDockerDomain, the lowercase check on
 * the remote name, then Parse of "domain/remainder" in reference.go) and go-digest's Validate.
 */
final class References {
    private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*";
    private static final String DOMAIN = "(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])"
            + "(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?";
    private static final String DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
    /** regexp.go ReferenceRegexp: name, tag and digest captured. */
    private static final Pattern REFERENCE = Pattern.compile("((?:" + DOMAIN + "/)?" + COMPONENT + "(?:/" + COMPONENT
            + ")*)(?::([\\w][\\w.-]{0,127}))?(?:@(" + DIGEST + "))?");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-f0-9]{64}");
    private static final Pattern DIGEST_ANCHORED = Pattern.compile(DIGEST);
    /** go-digest's algorithms in the docker client (sha256 and sha512 linked in), by their hex length. */
    private static final Map<String, Integer> ALGORITHMS = Map.of("sha256", 64, "sha384", 96, "sha512", 128);

    private References() {}

    /**
     * Why {@code text} is not a reference {@code docker run} and {@code create} accept (ParseAnyReference: a
     * full image id, a valid digest, or a named reference), or empty.
     */
    static Optional<String> anyError(String text) {
        if (IDENTIFIER.matcher(text).matches() || digestError(text) == null) {
            return Optional.empty();
        }
        return namedError(text);
    }

    /**
     * A {@code REPO[:TAG]} argument naming the tag a new image gets ({@code docker commit},
     * {@code import}): its familiar form, or why it cannot be one, {@link #namedError}'s words or
     * {@code digestError} for a reference with a digest (each command words that its own way).
     */
    record NewTag(String familiar, String error) {}

    static NewTag newTag(String text, String digestError) {
        Optional<String> bad = namedError(text);
        if (bad.isPresent()) {
            return new NewTag(null, bad.get());
        }
        if (text.contains("@")) {
            return new NewTag(null, digestError);
        }
        return new NewTag(io.github.berth.engine.ImageRef.parse(text).familiarString(), null);
    }

    /** Why {@code text} is not a valid named reference (ParseNormalizedNamed), or empty. */
    static Optional<String> namedError(String text) {
        if (IDENTIFIER.matcher(text).matches()) {
            return Optional.of("invalid repository name (" + text + "), cannot specify 64-byte hexadecimal strings");
        }
        String domain = "docker.io";
        String remainder = text;
        int slash = text.indexOf('/');
        if (slash >= 0) {
            String head = text.substring(0, slash);
            if (head.equals("localhost") || head.contains(".") || head.contains(":") || !lower(head).equals(head)) {
                domain = head.equals("index.docker.io") ? "docker.io" : head;
                remainder = text.substring(slash + 1);
            }
        }
        if (domain.equals("docker.io") && !remainder.contains("/")) {
            remainder = "library/" + remainder;
        }
        int colon = remainder.indexOf(':');
        String remote = colon < 0 ? remainder : remainder.substring(0, colon);
        if (!lower(remote).equals(remote)) {
            return Optional.of("invalid reference format: repository name (" + remote + ") must be lowercase");
        }
        String full = domain + "/" + remainder;
        Matcher m = REFERENCE.matcher(full);
        if (!m.matches()) {
            return Optional.of(REFERENCE.matcher(lower(full)).matches() ? "repository name must be lowercase"
                    : "invalid reference format");
        }
        String name = m.group(1);
        String path = name.startsWith(domain + "/") ? name.substring(domain.length() + 1) : name;
        if (path.length() > 255) {
            return Optional.of("repository name must not be more than 255 characters");
        }
        if (m.group(3) != null) {
            return Optional.ofNullable(digestError(m.group(3)));
        }
        return Optional.empty();
    }

    /** go-digest Digest.Validate's error, or null for a valid digest. */
    private static String digestError(String digest) {
        int i = digest.indexOf(':');
        if (i <= 0 || i + 1 == digest.length()) {
            return "invalid checksum digest format";
        }
        Integer length = ALGORITHMS.get(digest.substring(0, i));
        if (length == null) {
            return DIGEST_ANCHORED.matcher(digest).matches() ? "unsupported digest algorithm"
                    : "invalid checksum digest format";
        }
        String encoded = digest.substring(i + 1);
        if (encoded.length() != length) {
            return "invalid checksum digest length";
        }
        return encoded.matches("[a-f0-9]+") ? null : "invalid checksum digest format";
    }

    /** Go's strings.ToLower. */
    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
