package io.github.berth.engine;

import io.github.berth.fs.MemoryFs;
import io.github.berth.shell.Output;
import io.github.berth.shell.Program;
import io.github.berth.shell.ProgramLookup;
import io.github.berth.shell.ShellState;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The mock Docker daemon: local images, containers and a built-in registry. Single-threaded,
 * like one daemon serving one client. Time and randomness are injected.
 */
public final class Engine {
    private final Registry registry;
    private final Clock clock;
    private final IdSource ids;
    private final Map<String, Program> programs;
    private final Map<String, Image> images = new LinkedHashMap<>();
    private final Map<String, Container> containers = new LinkedHashMap<>();

    public Engine(Registry registry, Clock clock, IdSource ids, Map<String, Program> programs) {
        this.registry = registry;
        this.clock = clock;
        this.ids = ids;
        this.programs = Map.copyOf(programs);
    }

    public Clock clock() {
        return clock;
    }

    /** Containers, newest first (the order {@code docker ps} lists them). */
    public List<Container> containers() {
        List<Container> list = new ArrayList<>(containers.values());
        java.util.Collections.reverse(list);
        return list;
    }

    public List<Image> images() {
        return List.copyOf(images.values());
    }

    public Optional<Image> image(ImageRef ref) {
        String tag = ref.familiarString();
        return images.values().stream().filter(i -> i.repoTags().contains(tag)).findFirst();
    }

    /** Pulls {@code ref} from the built-in registry, reporting progress as the daemon would. */
    public PullOutcome pull(ImageRef ref, Consumer<PullEvent> progress) {
        Optional<HubImage> found = ref.domain().equals(ImageRef.DOCKER_HUB) ? registry.find(ref) : Optional.empty();
        if (found.isEmpty()) {
            return new PullOutcome.Failed(pullError(ref));
        }
        HubImage hub = found.get();
        progress.accept(new PullEvent(ref.tag(), "Pulling from " + ref.path(), false));
        Optional<Image> local = image(ref);
        if (local.isPresent() && local.get().id().equals(hub.imageId())) {
            progress.accept(PullEvent.line("Digest: " + hub.repoDigest()));
            progress.accept(PullEvent.line("Status: Image is up to date for " + ref.familiarString()));
            return new PullOutcome.Pulled(local.get(), false);
        }
        for (String layer : hub.layerIds()) {
            progress.accept(new PullEvent(layer, "Pulling fs layer", false));
        }
        for (String layer : hub.layerIds()) {
            // moby distribution/xfer/download.go: progress, checksum, completion
            progress.accept(new PullEvent(layer, "Downloading", true));
            progress.accept(new PullEvent(layer, "Verifying Checksum", false));
            progress.accept(new PullEvent(layer, "Download complete", false));
        }
        for (String layer : hub.layerIds()) {
            progress.accept(new PullEvent(layer, "Extracting", true));
            progress.accept(new PullEvent(layer, "Pull complete", false));
        }
        progress.accept(PullEvent.line("Digest: " + hub.repoDigest()));
        progress.accept(PullEvent.line("Status: Downloaded newer image for " + ref.familiarString()));
        Image image = new Image(hub.imageId(), List.of(ref.familiarString()),
                List.of(ref.familiarName() + "@" + hub.repoDigest()), hub.created(), hub.size(), hub.config(),
                hub.programs());
        images.put(image.id(), image);
        return new PullOutcome.Pulled(image, true);
    }

    private String pullError(ImageRef ref) {
        if (!ref.domain().equals(ImageRef.DOCKER_HUB)) {
            // berth's sandbox has no network: other registries are unreachable
            return "Get \"https://" + ref.domain() + "/v2/\": dial tcp: lookup " + ref.domain()
                    + ": no such host";
        }
        if (registry.hasRepository(ref)) {
            return "manifest for " + ref.familiarString() + " not found: manifest unknown: manifest unknown";
        }
        return "pull access denied for " + ref.familiarName()
                + ", repository does not exist or may require 'docker login': denied: requested access to the"
                + " resource is denied";
    }

    /** Removes a container that is not running. */
    public void remove(String id) {
        containers.remove(id);
    }

    /** Creates a container from {@code image}; {@code imageArg} is the reference as typed. */
    public Container create(Image image, String imageArg, String name, List<String> cmdOverride) {
        List<String> command = new ArrayList<>();
        ImageConfig config = image.config();
        if (config.entrypoint() != null) {
            command.addAll(config.entrypoint());
        }
        command.addAll(cmdOverride.isEmpty() && config.cmd() != null ? config.cmd() : cmdOverride);
        String id = ids.hex64();
        String finalName = name != null ? name : uniqueName();
        Container container = new Container(id, finalName, imageArg, image.id(), clock.instant(),
                command.isEmpty() ? "" : command.get(0),
                command.isEmpty() ? List.of() : command.subList(1, command.size()), ContainerState.created());
        containers.put(id, container);
        return container;
    }

    private String uniqueName() {
        while (true) {
            String candidate = ids.containerName();
            if (containers.values().stream().noneMatch(c -> c.name().equals(candidate))) {
                return candidate;
            }
        }
    }

    /**
     * Starts a created container and runs its process to completion with its output attached
     * to {@code attached}.
     */
    public StartOutcome startAndWait(String id, Output attached) {
        Container container = containers.get(id);
        Image image = images.get(container.imageId());
        MemoryFs rootfs = new MemoryFs();
        image.programs().forEach(rootfs::installProgram);
        String cwd = image.config().workingDir().isEmpty() ? "/" : image.config().workingDir();
        Map<String, String> env = new LinkedHashMap<>();
        for (String e : image.config().env()) {
            int eq = e.indexOf('=');
            env.put(e.substring(0, eq), e.substring(eq + 1));
        }
        Optional<Program> program = ProgramLookup.find(rootfs, cwd, image.config().path(), container.path())
                .map(f -> programs.get(f.program()));
        if (program.isEmpty()) {
            containers.put(id, container.withState(new ContainerState(ContainerState.Status.CREATED, 127, null, null)));
            return new StartOutcome.Failed(execNotFound(container.path()), true);
        }
        Instant started = clock.instant();
        List<String> argv = new ArrayList<>();
        argv.add(container.path());
        argv.addAll(container.args());
        int exit = program.get().run(argv, attached, new ShellState(rootfs, cwd, env));
        container = container.withState(
                new ContainerState(ContainerState.Status.EXITED, exit, started, clock.instant()));
        containers.put(id, container);
        return new StartOutcome.Ran(container);
    }

    /** runc's error for a missing executable, as the daemon relays it (runc 1.2, containerd 1.7). */
    private static String execNotFound(String path) {
        String reason = path.contains("/")
                ? "stat " + path + ": no such file or directory"
                : "executable file not found in $PATH";
        return "failed to create task for container: failed to create shim task: OCI runtime create failed:"
                + " runc create failed: unable to start container process: error during container init:"
                + " exec: \"" + path + "\": " + reason + ": unknown";
    }
}
