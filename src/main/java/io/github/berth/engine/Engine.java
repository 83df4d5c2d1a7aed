package io.github.berth.engine;

import io.github.berth.fs.MemoryFs;
import io.github.berth.shell.Output;
import io.github.berth.shell.Program;
import io.github.berth.shell.ProgramLookup;
import io.github.berth.shell.Unsimulated;
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
    private final ContainerStore containers = new ContainerStore();
    private final ContainerLogs logs;
    /** Running containers and when their process ends by itself. */
    private final ProcessDeadlines runningUntil = new ProcessDeadlines();
    private final LayerStore layers = new LayerStore();
    private final ContainerLayers containerLayers = new ContainerLayers(layers);
    private final ContainerRuntime runtime;
    private final LocalImages localImages = new LocalImages(images, containers.view());
    private final ImagePulls pulls;
    private final Volumes volumes;
    private final Networks networks;
    private final Registries registries = new Registries();
    private final ContainerDns dns;
    private final Restarts restarts;
    private final ContainerSignals signals;
    private final ContainerUpdates updates = new ContainerUpdates(this);
    /** What the engine does when a process ends by itself or a restart policy starts it again. */
    private final Restarts.Events events = new Restarts.Events() {
        @Override
        public void ends(String id, Instant at) {
            ended(containers.get(id), 0, at);
        }

        @Override
        public void restart(String id) {
            start(id, Output.DISCARD, true);
        }
    };

    public Engine(Registry registry, Clock clock, IdSource ids, Map<String, Program> programs) {
        this.registry = registry;
        this.restarts = new Restarts(clock);
        this.clock = restarts.clock();
        this.ids = ids;
        this.programs = ContainerPrograms.table(programs, () -> this);
        this.logs = new ContainerLogs(clock);
        this.pulls = new ImagePulls(registry, images, this::image);
        this.volumes = new Volumes(clock, ids, containers.view());
        this.networks = new Networks(clock, ids, containers.view());
        this.runtime = new ContainerRuntime(containerLayers, networks);
        this.dns = new ContainerDns(this, runtime);
        this.signals = new ContainerSignals(this, containers, runtime, restarts, runningUntil);
    }

    /** docker update: restart policies and the memory and CPU limits set on containers. */
    public ContainerUpdates updates() {
        return updates;
    }

    /** Restart policies acted on: RestartCount, restarting containers. */
    public Restarts restarts() {
        return restarts;
    }

    /** Names and addresses as containers' processes see them (/etc/hosts, the embedded DNS). */
    public ContainerDns dns() {
        return dns;
    }

    public Clock clock() {
        return clock;
    }

    /** Image layers and root filesystems. */
    public LayerStore layers() {
        return layers;
    }

    /** Containers' writable layers. */
    public ContainerLayers containerLayers() {
        return containerLayers;
    }

    public IdSource ids() {
        return ids;
    }

    /** The simulated programs executables name (the shell's table). */
    public Map<String, Program> programs() {
        return programs;
    }

    /**
     * Adds (or replaces) a local image; its tags move to it from any image that had them, which
     * is left untagged as moby's image store does.
     */
    public void store(Image image) {
        localImages.store(image);
    }

    /** Each container's options, filesystem, ports and server. */
    public ContainerRuntime runtime() {
        return runtime;
    }

    /** pause, unpause, top, wait, exec, prune, port and connections to published ports. */
    public ContainerControl control() {
        return new ContainerControl(this, runtime, programs, ids);
    }

    /** Registry logins (Docker Hub, ECR-shaped hosts). */
    public Registries registries() {
        return registries;
    }

    /** Networks and the containers' endpoints. */
    public Networks networks() {
        return networks;
    }

    /** Volumes and the containers' mounts. */
    public Volumes volumes() {
        return volumes;
    }

    /** Tagging, removing and pruning local images. */
    public LocalImages localImages() {
        refresh();
        return localImages;
    }

    /** Containers, newest first (the order {@code docker ps} lists them): a read-only list, the same until a change. */
    public List<Container> containers() {
        refresh();
        return containers.newestFirst();
    }

    /** Local images, newest created first (moby daemon/images/image_list.go sorts by Created, reversed). */
    public List<Image> images() {
        return localImages.newestFirst();
    }

    /** The local image tagged {@code ref}, if any. */
    public Optional<Image> image(ImageRef ref) {
        return localImages.tagged(ref);
    }

    /** What the built-in Docker Hub serves, for completion ({@code alpine:latest}, ...). */
    public List<String> registryReferences() {
        return registry.references();
    }

    /** Pulls {@code ref} from the built-in registry, reporting progress as the daemon would. */
    public PullOutcome pull(ImageRef ref, Consumer<PullEvent> progress) {
        return pulls.pull(ref, progress);
    }

    /** Removes a container that is not running. */
    public void remove(String id) {
        containers.remove(id);
        containerLayers.remove(id);
        logs.remove(id);
        runningUntil.remove(id);
        runtime.removed(id);
        restarts.removed(id);
    }

    /**
     * Finds a container as moby's daemon.GetContainer does (daemon/container.go, container/view.go
     * at v28.2.2): a full id, then an exact name (with or without its leading "/"), then a unique
     * id prefix.
     */
    public Lookup find(String prefixOrName) {
        refresh();
        return containers.find(prefixOrName);
    }

    /**
     * Removes the container {@code prefixOrName} names, as {@code DELETE /containers/{id}} does;
     * returns the daemon's error text if it cannot (moby daemon/delete.go at v28.2.2).
     */
    public Optional<String> remove(String prefixOrName, boolean force) {
        Lookup lookup = find(prefixOrName);
        if (lookup instanceof Lookup.Missing missing) {
            return Optional.of(missing.message());
        }
        Container c = ((Lookup.Found) lookup).container();
        if (c.state().status() == ContainerState.Status.RUNNING && !force && runtime.paused(c.id())) {
            return Optional.of("cannot remove container \"" + prefixOrName
                    + "\": container is paused and must be unpaused first");
        }
        if (c.state().status() == ContainerState.Status.RUNNING && !force) {
            return Optional.of("cannot remove container \"" + prefixOrName
                    + "\": container is running: stop the container before removing or force remove");
        }
        if (c.state().status() == ContainerState.Status.RESTARTING && !force) {
            return Optional.of("cannot remove container \"" + prefixOrName
                    + "\": container is restarting: stop the container before removing or force remove");
        }
        if (c.state().status() == ContainerState.Status.RUNNING) {
            kill(c);
        }
        remove(c.id());
        return Optional.empty();
    }

    /**
     * Stops a container (moby daemon/stop.go) after {@code timeout} seconds (10 when null, never
     * when negative); see {@link ContainerSignals#stop}.
     */
    public Optional<String> stop(String prefixOrName, Integer timeout) {
        return signals.stop(prefixOrName, timeout, null);
    }

    /** {@code docker stop -s SIGNAL}: the signal sent first instead of the container's stop signal. */
    public Optional<String> stop(String prefixOrName, Integer timeout, String signal) {
        return signals.stop(prefixOrName, timeout, signal);
    }

    public Optional<String> stop(String prefixOrName) {
        return signals.stop(prefixOrName, null, null);
    }

    /** SIGKILL, the end of a container's process that nothing handles: status 137. */
    void kill(Container c) {
        runningUntil.remove(c.id());
        ended(c, 137, clock.instant());
    }

    /**
     * The container's process ended: the container as it ended. An AutoRemove ({@code --rm})
     * container goes with it (moby daemon/start.go and monitor.go); others are kept, exited.
     */
    Container ended(Container c, int exit, Instant at) {
        runtime.stopped(c.id());
        runningUntil.remove(c.id());
        Container exited = c.withState(new ContainerState(ContainerState.Status.EXITED, exit,
                c.state().startedAt(), at));
        if (restarts.exited(c.id(), runtime.options(c.id()).restart(), exit, c.state().startedAt(), at)) {
            Container restarting = c.withState(new ContainerState(ContainerState.Status.RESTARTING, exit,
                    c.state().startedAt(), at));
            containers.put(restarting);
            return restarting;
        }
        if (c.autoRemove()) {
            remove(c.id());
        } else {
            containers.put(exited);
        }
        return exited;
    }

    /** {@code docker kill}: see {@link ContainerSignals#kill}. */
    public Optional<String> kill(String prefixOrName, String signal) {
        return signals.kill(prefixOrName, signal);
    }

    /** {@code docker restart}: see {@link ContainerSignals#restart}. */
    public Optional<String> restart(String prefixOrName, Integer timeout) {
        return signals.restart(prefixOrName, timeout);
    }

    /** Renames a container (moby daemon/rename.go at v28.2.2); the daemon's error text if it cannot. */
    public Optional<String> rename(String oldName, String newName) {
        refresh();
        return containers.rename(oldName, newName);
    }

    /**
     * Containers whose process has ended by itself since the last look exit with status 0 then,
     * and restart policies play out up to now, in time order ({@link Restarts}).
     */
    private void refresh() {
        playUntil(clock.instant());
    }

    /** Plays the exits and restarts due by {@code until} (also a later instant a wait returns at). */
    void playUntil(Instant until) {
        restarts.catchUp(runningUntil, until, events);
    }

    /** What the container's process wrote, in order, as the json-file log driver kept it. */
    public List<LogEntry> logs(String id) {
        return logs.of(id);
    }

    /** The local image with this id ({@code sha256:…}). */
    public Optional<Image> imageById(String id) {
        return Optional.ofNullable(images.get(id));
    }

    /**
     * Why a container cannot take {@code name} (moby daemon/names.go reserveName at v28.2.2: the
     * pattern, then a conflict with an existing container), or empty when it can. A leading "/"
     * is allowed.
     */
    public Optional<String> nameError(String name) {
        return containers.nameError(name);
    }

    /** Creates a container from {@code image}; {@code imageArg} is the reference as typed. */
    public Container create(Image image, String imageArg, String name, List<String> cmdOverride) {
        return create(image, imageArg, name, cmdOverride, false, true);
    }

    /**
     * Creates a container; {@code autoRemove} is {@code --rm} (HostConfig.AutoRemove),
     * {@code attachOutput} whether the client attaches stdout and stderr (not with {@code -d}).
     */
    public Container create(Image image, String imageArg, String name, List<String> cmdOverride,
                            boolean autoRemove, boolean attachOutput) {
        return create(image, imageArg, name, cmdOverride, autoRemove, attachOutput, ContainerOptions.none());
    }

    /** Creates a container with {@code docker run}'s other options (env, ports, user, ...). */
    public Container create(Image image, String imageArg, String name, List<String> cmdOverride,
                            boolean autoRemove, boolean attachOutput, ContainerOptions options) {
        List<String> command = new ArrayList<>();
        ImageConfig config = RunConfig.merge(image.config(), options);
        if (config.entrypoint() != null) {
            command.addAll(config.entrypoint());
        }
        command.addAll(cmdOverride.isEmpty() && config.cmd() != null ? config.cmd() : cmdOverride);
        String id = ids.hex64();
        String finalName = name == null ? containers.uniqueName(ids) : name.startsWith("/") ? name.substring(1) : name;
        Container container = new Container(id, finalName, imageArg, image.id(), clock.instant(),
                command.isEmpty() ? "" : command.get(0),
                command.isEmpty() ? List.of() : command.subList(1, command.size()), ContainerState.created(),
                config.withCmd(cmdOverride.isEmpty() ? config.cmd() : cmdOverride), autoRemove,
                attachOutput, 0);
        containers.put(container);
        runtime.created(id, options);
        return container;
    }

    /**
     * Starts a created container and runs its process to completion with its output attached
     * to {@code attached}.
     */
    public StartOutcome startAndWait(String id, Output attached) {
        return start(id, attached, false);
    }

    /**
     * Starts a created or exited container. {@code detached} says nobody waits for it: a process
     * that only waits ({@link Waiting}) then keeps the container running on the engine's clock;
     * attached, every process runs to its end at once.
     */
    public StartOutcome start(String id, Output attached, boolean detached) {
        refresh();
        Container container = containers.get(id);
        if (container.state().status() == ContainerState.Status.RUNNING
                || container.state().status() == ContainerState.Status.RESTARTING && !restarts.restartingNow(id)) {
            return new StartOutcome.Ran(container);
        }
        restarts.starting(id);
        Image image = images.get(container.imageId());
        MemoryFs rootfs = runtime.rootfs(container, image);
        rootfs.stamp(() -> new io.github.berth.fs.Node.Meta(0, 0, clock.instant())); // a container runs as root, on the engine clock
        volumes.mountInto(id, rootfs);
        containerLayers.mountedAt(id, volumes.mounts(id).stream().map(Volumes.Mount::destination).toList());
        String cwd = container.config().workingDir().isEmpty() ? "/" : container.config().workingDir();
        Map<String, String> env = ContainerRuntime.environment(container, runtime.hostname(container));
        Optional<String> portError = runtime.start(container, ids.hex64());
        if (portError.isPresent()) {
            // moby daemon/start.go: the error is kept and the exit code set to 128 (exitUnknown) if it was 0
            containers.put(notStarted(container, EXIT_UNKNOWN, portError.get()));
            return new StartOutcome.Failed(portError.get(), false);
        }
        Optional<String> linkError = dns.links().startError(container);
        if (linkError.isPresent()) {
            // moby daemon/start.go: createSpec fails (setupLinkedContainers); exit code 128
            runtime.stopped(id);
            containers.put(notStarted(container, EXIT_UNKNOWN, linkError.get()));
            return new StartOutcome.Failed(linkError.get(), false);
        }
        dns.links().addTo(container, env);
        dns.writeFiles(container, rootfs);
        String userSpec = runtime.options(id).user().isEmpty() ? container.config().user() : runtime.options(id).user();
        Object user = ContainerUser.resolve(userSpec, rootfs);
        if (user instanceof String error) {
            // moby daemon/oci_linux.go getUser fails the start as a port error does (exit code 128)
            runtime.stopped(id);
            containers.put(notStarted(container, EXIT_UNKNOWN, error));
            return new StartOutcome.Failed(error, false);
        }
        ContainerUser runAs = (ContainerUser) user;
        runtime.runsAs(id, runAs);
        rootfs.stamp(() -> new io.github.berth.fs.Node.Meta(runAs.uid(), runAs.gid(), clock.instant()));
        Optional<StartOutcome> special = new Launcher(this, runtime, programs).launch(container, rootfs, cwd, env,
                attached, detached);
        if (special.isPresent()) {
            return special.get();
        }
        Optional<String> marker = ProgramLookup.find(rootfs, cwd, env.get("PATH"), container.path())
                .map(f -> f.program());
        Optional<Program> program = marker.map(name -> programs.getOrDefault(name, Unsimulated.PROGRAM));
        if (program.isEmpty()) {
            // moby keeps the state it had (created, or exited) with exit code 127 and the error
            // (moby daemon/start.go removes an AutoRemove container whose start failed)
            String error = ContainerPrograms.execNotFound(container.path());
            runtime.stopped(id);
            if (container.autoRemove()) {
                remove(id);
            } else {
                containers.put(notStarted(container, 127, error));
            }
            return new StartOutcome.Failed(error, true);
        }
        Instant started = clock.instant();
        // a detached sleep keeps the container running on the engine's clock (attached, the
        // simulated sleep program advances the clock itself)
        Optional<java.time.Duration> waits = detached
                ? Waiting.duration(marker.get(), container.args()) : Optional.empty();
        if (waits.isPresent()) {
            logs.open(id);
            runningUntil.put(id, waits.get().equals(Waiting.FOREVER) ? Instant.MAX
                    : started.plus(waits.get()));
            container = container.started(new ContainerState(ContainerState.Status.RUNNING, 0, started, null));
            containers.put(container);
            return new StartOutcome.Ran(container);
        }
        List<String> argv = new ArrayList<>();
        argv.add(container.path());
        argv.addAll(container.args());
        Output logged = logged(id, attached);
        int exit = program.get().run(argv, runtime.takeStdin(id), logged, runAs.state(rootfs, cwd, env));
        container = container.started(new ContainerState(ContainerState.Status.RUNNING, 0, started, null));
        return new StartOutcome.Ran(ended(container, exit, clock.instant()));
    }

    /** A container whose start failed: its state as before (created, or exited) with {@code exit} and the error. */
    /** moby daemon/start.go's exitUnknown: a failed start's exit code when nothing else set one. */
    private static final int EXIT_UNKNOWN = 128;

    /**
     * The container as a failed start leaves it: its state kept (created, or exited), the error
     * and {@code exit}, except that {@link #EXIT_UNKNOWN} does not replace an earlier non-zero code
     * (moby daemon/start.go: "if no one else has set it, make sure we don't leave it at zero").
     */
    private static Container notStarted(Container c, int exit, String error) {
        ContainerState was = c.state();
        exit = exit == EXIT_UNKNOWN && was.exitCode() != 0 ? was.exitCode() : exit;
        return c.withState(new ContainerState(was.status() == ContainerState.Status.EXITED
                || was.status() == ContainerState.Status.RESTARTING ? ContainerState.Status.EXITED : ContainerState.Status.CREATED, exit, was.startedAt(), was.finishedAt(), error));
    }

    /** Output that goes to the container's log and to {@code attached}. */
    Output logged(String id, Output attached) {
        return logs.logged(id, attached);
    }

    /** The container keeps running (a server, a shell waiting for input) until stopped. */
    Container runForever(Container c) {
        runningUntil.put(c.id(), Instant.MAX);
        Container running = c.started(new ContainerState(ContainerState.Status.RUNNING, 0, clock.instant(), null));
        containers.put(running);
        return running;
    }

    /** A running container's process ends now with {@code exit}. */
    Container endNow(Container c, int exit) {
        Container running = c.state().status() == ContainerState.Status.RUNNING ? c
                : c.started(new ContainerState(ContainerState.Status.RUNNING, 0, clock.instant(), null));
        return ended(running, exit, clock.instant());
    }

    /** When a running container's process ends by itself (Instant.MAX: never), or null. */
    Instant runsUntil(String id) {
        refresh();
        return runningUntil.get(id);
    }
}
