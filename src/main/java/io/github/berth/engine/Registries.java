package io.github.berth.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The registries berth's sandbox can reach: Docker Hub and private registries shaped like Amazon
 * ECR ({@code <account>.dkr.ecr.<region>.amazonaws.com}); every other host is unreachable, as it
 * would be offline. Logins are kept by server address as docker's config.json keeps them.
 */
public final class Registries {
    /** Docker Hub's address in config.json (registry.IndexServer). */
    public static final String INDEX_SERVER = "https://index.docker.io/v1/";
    private static final Pattern ECR = Pattern.compile("\\d{12}\\.dkr\\.ecr\\.[a-z0-9-]+\\.amazonaws\\.com");

    private final Map<String, String> logins = new LinkedHashMap<>();

    Registries() {}

    public static boolean isEcr(String host) {
        return ECR.matcher(host).matches();
    }

    /** The daemon's error when the registry cannot be reached, or empty for Hub and ECR hosts. */
    public static Optional<String> unreachable(String host) {
        if (host.equals(ImageRef.DOCKER_HUB) || host.equals(INDEX_SERVER) || isEcr(host)) {
            return Optional.empty();
        }
        return Optional.of("Get \"https://" + host + "/v2/\": dial tcp: lookup " + host + ": no such host");
    }

    /** Records a login; the error if the registry cannot be reached. */
    public Optional<String> login(String server, String user) {
        Optional<String> error = unreachable(server);
        if (error.isPresent()) {
            return error;
        }
        logins.put(server, user);
        return Optional.empty();
    }

    public boolean logout(String server) {
        return logins.remove(server) != null;
    }

    /** Who is logged in to {@code server} (INDEX_SERVER for Docker Hub). */
    public Optional<String> user(String server) {
        return Optional.ofNullable(logins.get(server));
    }

    /** A stable sha256 digest for what a push uploads. */
    public static String digest(String seed) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(seed.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
