package io.github.berth.cli;

import io.github.berth.engine.Container;
import io.github.berth.engine.ContainerLinks;
import java.util.List;
import java.util.Optional;

/**
 * {@code --link NAME[:ALIAS]} of run and create: pflag validates each value with docker/cli's
 * opts.ValidateLink ({@code invalid argument "a:b:c" for "--link" flag: bad format for links:
 * a:b:c}); the daemon then wants each linked container to exist (registerLinks), unless the
 * container goes on a user-defined network, where links are not kept.
 */
final class LinkOptions {
    private LinkOptions() {}

    private static List<String> specs(Invocation inv) {
        return inv.args().flags().getOrDefault("link", List.of());
    }

    /** The flag error for a malformed value, as pflag words it. */
    static Optional<String> flagError(Invocation inv) {
        for (String spec : specs(inv)) {
            if (ContainerLinks.parse(spec) instanceof String error) {
                return Optional.of("invalid argument \"" + spec + "\" for \"--link\" flag: " + error);
            }
        }
        return Optional.empty();
    }

    private static boolean userDefined(Invocation inv) {
        String network = inv.args().value("network");
        return network != null && !List.of("default", "bridge", "host", "none").contains(network)
                && !network.startsWith("container:");
    }

    /** The daemon's error when a linked container is missing (before the container is made). */
    static Optional<String> daemonError(Invocation inv) {
        return userDefined(inv) ? Optional.empty() : inv.engine().dns().links().check(specs(inv));
    }

    /** Keeps the links of the container just made. */
    static void register(Invocation inv, Container c) {
        inv.engine().dns().links().register(c, specs(inv), userDefined(inv));
    }
}
