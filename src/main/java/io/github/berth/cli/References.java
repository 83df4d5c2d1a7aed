package io.github.berth.cli;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Client-side checks of image references (distribution/reference as docker/cli 28.2.2 vendors it):
 * ParseNormalizedNamed's errors, worded as the API client wraps them.
 */
final class References {
    private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*";
    private static final String DOMAIN = "(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])"
            + "(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?";
    private static final Pattern REFERENCE = Pattern.compile("(?:" + DOMAIN + "/)?" + COMPONENT + "(?:/" + COMPONENT
            + ")*(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?");

    private References() {}

    /**
     * Why {@code text} is not a reference {@code docker run} and {@code create} accept (ParseAnyReference: a
     * full image id, with or without {@code sha256:}, or a named reference), or empty.
     */
    static Optional<String> anyError(String text) {
        return text.matches("(?:sha256:)?[a-f0-9]{64}") ? Optional.empty() : namedError(text);
    }

    /** Why {@code text} is not a valid named reference, or empty. */
    static Optional<String> namedError(String text) {
        if (text.matches("[a-f0-9]{64}")) {
            return Optional.of("invalid repository name (" + text + "), cannot specify 64-byte hexadecimal strings");
        }
        if (REFERENCE.matcher(text).matches()) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (!lower.equals(text) && REFERENCE.matcher(lower).matches()) {
            String name = text;
            int at = name.indexOf('@');
            if (at >= 0) {
                name = name.substring(0, at);
            }
            int slash = name.lastIndexOf('/');
            int colon = name.lastIndexOf(':');
            if (colon > slash) {
                name = name.substring(0, colon);
            }
            int first = name.indexOf('/');
            String remote = name;
            boolean domain = false;
            if (first > 0) {
                String head = name.substring(0, first);
                if (head.contains(".") || head.contains(":") || head.equals("localhost") || !head.equals(
                        head.toLowerCase(java.util.Locale.ROOT))) {
                    remote = name.substring(first + 1);
                    domain = true;
                }
            }
            if (!domain && !remote.contains("/")) {
                remote = "library/" + remote; // splitDockerDomain: only Docker Hub's official images
            }
            if (!remote.equals(remote.toLowerCase(java.util.Locale.ROOT))) {
                return Optional.of("invalid reference format: repository name (" + remote + ") must be lowercase");
            }
        }
        return Optional.of("invalid reference format");
    }
}
