package io.github.berth.engine;

/**
 * A normalised image reference: registry domain, repository path and tag, as Docker's
 * reference package gives them ({@code hello-world} is {@code docker.io/library/hello-world:latest}).
 * This version handles names, tags and registry hosts; digests and Docker's invalid-reference
 * errors come with the engine's full reference parser.
 */
public record ImageRef(String domain, String path, String tag) {
    public static final String DOCKER_HUB = "docker.io";

    public static ImageRef parse(String text) {
        String name = text;
        String tag = "latest";
        int slash = name.lastIndexOf('/');
        int colon = name.lastIndexOf(':');
        if (colon > slash) {
            tag = name.substring(colon + 1);
            name = name.substring(0, colon);
        }
        // normalize.go splitDockerDomain: the first element is a registry when it is "localhost", has a
        // "." or ":", or has an uppercase letter (repository names are lowercase); index.docker.io is Hub
        String domain = DOCKER_HUB;
        int first = name.indexOf('/');
        if (first >= 0) {
            String head = name.substring(0, first);
            if (head.equals("localhost") || head.contains(".") || head.contains(":")
                    || !head.toLowerCase(java.util.Locale.ROOT).equals(head)) {
                domain = head.equals("index.docker.io") ? DOCKER_HUB : head;
                name = name.substring(first + 1);
            }
        }
        if (domain.equals(DOCKER_HUB) && !name.contains("/")) {
            name = "library/" + name;
        }
        return new ImageRef(domain, name, tag);
    }

    /** The short form Docker prints: {@code hello-world}, {@code learner/app}, {@code host:5000/app}. */
    public String familiarName() {
        if (!domain.equals(DOCKER_HUB)) {
            return domain + "/" + path;
        }
        // familiarizeName: "library/" goes only when no further "/" follows it
        String rest = path.startsWith("library/") ? path.substring("library/".length()) : path;
        return rest.contains("/") ? path : rest;
    }

    /** {@code hello-world:latest}. */
    public String familiarString() {
        return familiarName() + ":" + tag;
    }
}
