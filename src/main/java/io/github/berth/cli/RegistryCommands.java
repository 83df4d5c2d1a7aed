package io.github.berth.cli;

import io.github.berth.engine.Image;
import io.github.berth.engine.ImageRef;
import io.github.berth.engine.Registries;
import java.util.List;
import java.util.Optional;

/**
 * {@code docker login}, {@code logout} and {@code push}: docker/cli v28.2.2
 * cli/command/registry/login.go and logout.go, cli/config/credentials/file_store.go (the
 * unencrypted-credentials warning), cli/command/image/push.go and the daemon's push progress
 * (moby distribution/push_v2.go). Docker Hub takes pushes only into the logged-in user's
 * namespace; ECR-shaped registries take them once logged in.
 */
final class RegistryCommands {
    private RegistryCommands() {}

    private static final String CONFIG = "/home/learner/.docker/config.json";

    static final class Login implements DockerCommand {
        private static final CommandSpec SPEC = new CommandSpec("login", "[OPTIONS] [SERVER]",
                "Authenticate to a registry", List.of(
                        FlagSpec.value("password", 'p', "string", "Password or Personal Access Token (PAT)"),
                        FlagSpec.bool("password-stdin", (char) 0,
                                "Take the Password or Personal Access Token (PAT) from stdin"),
                        FlagSpec.value("username", 'u', "string", "Username")),
                new ArgsRule.AtMost(1), true);

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(Invocation inv) {
            var a = inv.args();
            if (a.has("password-stdin")) {
                if (a.has("password")) {
                    return fail(inv, "conflicting options: cannot specify both --password and --password-stdin");
                }
                if (!a.has("username")) {
                    return fail(inv, "the --password-stdin option requires --username to be set");
                }
            }
            if (a.has("username") && a.value("username").isEmpty()) {
                return fail(inv, "username is empty");
            }
            if (a.has("password") && a.value("password").isEmpty()) {
                return fail(inv, "password is empty");
            }
            String user = a.has("username") ? a.value("username") : "";
            String password = a.has("password") ? a.value("password") : "";
            if (!password.isEmpty()) {
                inv.out().errLine("WARNING! Using --password via the CLI is insecure. Use --password-stdin.");
            }
            if (a.bool("password-stdin")) {
                password = inv.stdin();
                if (password.endsWith("\n")) {
                    password = password.substring(0, password.length() - 1);
                }
                if (password.endsWith("\r")) {
                    password = password.substring(0, password.length() - 1);
                }
            }
            String server = a.positionals().isEmpty() || a.positionals().get(0).equals("docker.io")
                    ? Registries.INDEX_SERVER : a.positionals().get(0);
            if (user.isEmpty() || password.isEmpty()) {
                // berth's prompt is not a terminal docker can read a password from
                return fail(inv, "Error: Cannot perform an interactive login from a non TTY device");
            }
            String host = server.replaceFirst("^https?://", "").replaceFirst("/.*$", "");
            Optional<String> error = inv.engine().registries().login(server.equals(Registries.INDEX_SERVER) ? server
                    : host, user);
            if (error.isPresent()) {
                return fail(inv, DaemonErrors.PREFIX + error.get());
            }
            inv.out().stderr("\nWARNING! Your credentials are stored unencrypted in '" + CONFIG + "'.\n"
                    + "Configure a credential helper to remove this warning. See\n"
                    + "https://docs.docker.com/go/credential-store/\n\n");
            inv.out().outLine("Login Succeeded");
            return 0;
        }
    }

    static int fail(Invocation inv, String message) {
        inv.out().errLine(message);
        return 1;
    }

    static final class Logout implements DockerCommand {
        private static final CommandSpec SPEC = new CommandSpec("logout", "[SERVER]",
                "Log out from a registry", List.of(), new ArgsRule.AtMost(1), true);

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(Invocation inv) {
            String server = inv.args().positionals().isEmpty() ? Registries.INDEX_SERVER
                    : inv.args().positionals().get(0).replaceFirst("^https?://", "").replaceFirst("/.*$", "");
            inv.engine().registries().logout(server);
            inv.out().outLine("Removing login credentials for " + server);
            return 0;
        }
    }

    static final class Push implements DockerCommand {
        private static final CommandSpec SPEC = new CommandSpec("push", "[OPTIONS] NAME[:TAG]",
                "Upload an image to a registry", List.of(
                        FlagSpec.bool("all-tags", 'a', "Push all tags of an image to the repository"),
                        FlagSpec.bool("quiet", 'q', "Suppress verbose output")),
                new ArgsRule.Exactly(1), true);

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(Invocation inv) {
            String arg = inv.args().positionals().get(0);
            Optional<String> bad = References.namedError(arg);
            if (bad.isPresent()) {
                return fail(inv, bad.get());
            }
            boolean quiet = inv.args().bool("quiet");
            ImageRef ref = ImageRef.parse(arg);
            boolean tagged = arg.lastIndexOf(':') > arg.lastIndexOf('/');
            StringBuilder out = new StringBuilder();
            if (!tagged && !inv.args().bool("all-tags") && !quiet) {
                out.append("Using default tag: latest\n");
            }
            Optional<Image> image = inv.engine().localImages().find(ref.familiarString());
            if (image.isEmpty()) {
                inv.out().stdout(out.toString());
                return fail(inv, DaemonErrors.PREFIX + "An image does not exist locally with the tag: "
                        + ref.familiarName());
            }
            String repository = ref.domain() + "/" + ref.path();
            if (!quiet) {
                out.append("The push refers to repository [").append(repository).append("]\n");
            }
            String layer = Registries.digest(image.get().id()).substring(7, 19);
            Optional<String> unreachable = Registries.unreachable(ref.domain());
            if (unreachable.isPresent()) {
                inv.out().stdout(out.toString());
                return fail(inv, unreachable.get());
            }
            boolean allowed;
            if (ref.domain().equals(ImageRef.DOCKER_HUB)) {
                Optional<String> user = inv.engine().registries().user(Registries.INDEX_SERVER);
                allowed = user.isPresent() && ref.path().startsWith(user.get() + "/");
            } else {
                allowed = inv.engine().registries().user(ref.domain()).isPresent();
            }
            if (!quiet) {
                out.append(layer).append(": Preparing\n");
            }
            if (!allowed) {
                inv.out().stdout(out.toString());
                if (!ref.domain().equals(ImageRef.DOCKER_HUB)) {
                    // ECR without a login: the registry's answer to an anonymous push
                    return fail(inv, "no basic auth credentials");
                }
                return fail(inv, "denied: requested access to the resource is denied");
            }
            String digest = Registries.digest(repository + "@" + image.get().id());
            if (quiet) {
                out.append(ref.domain().equals(ImageRef.DOCKER_HUB) ? "docker.io/" + ref.path() + ":" + ref.tag()
                        : ref.familiarString()).append('\n');
            } else {
                out.append(layer).append(": Pushed\n");
                out.append(ref.tag()).append(": digest: ").append(digest).append(" size: 528\n");
            }
            inv.out().stdout(out.toString());
            return 0;
        }
    }
}
