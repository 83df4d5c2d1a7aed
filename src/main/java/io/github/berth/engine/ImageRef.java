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
        String domain = DOCKER_HUB;
        int first = name.indexOf('/');
        if (first > 0) {
            String head = name.substring(0, first);
            if (head.contains(".") || head.contains(":") || head.equals("localhost")) {
                domain = head;
                name = name.substring(first + 1);
            }
        }
        if (domain.equals("index.docker.io")) {
            domain = DOCKER_HUB;
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
        return path.startsWith("library/") ? path.substring("library/".length()) : path;
    }

    /** {@code hello-world:latest}. */
    public String familiarString() {
        return familiarName() + ":" + tag;
    }
}
