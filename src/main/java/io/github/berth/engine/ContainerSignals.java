package io.github.berth.engine;

import io.github.berth.shell.Output;
import java.time.Instant;
import java.util.Optional;

/**
 * The signals a learner sends to a container's process: {@code docker stop}, {@code kill} and
 * {@code restart}, with moby v28.2.2's rules and errors; what each server does on each signal is
 * {@link ContainerStops}'.
 */
final class ContainerSignals {
    private final Engine engine;
    private final ContainerStore containers;
    private final ContainerRuntime runtime;
    private final Restarts restarts;
    private final ProcessDeadlines runningUntil;

    ContainerSignals(Engine engine, ContainerStore containers, ContainerRuntime runtime, Restarts restarts,
                     ProcessDeadlines runningUntil) {
        this.engine = engine;
        this.containers = containers;
        this.runtime = runtime;
        this.restarts = restarts;
        this.runningUntil = runningUntil;
    }

    /**
     * Stops a container (moby daemon/stop.go): one that is not running is left as it is. A
     * running process is sent SIGTERM and, {@code timeout} seconds later (10 when null, never
     * when negative), SIGKILL; berth's waiting processes ignore SIGTERM, so they end with status
     * 137 unless their time is up before the kill, then with 0 (the clock is not moved: the
     * container has stopped by the time the command returns). {@code signal}, when given, is
     * sent first instead of the container's stop signal ({@code docker stop -s}).
     */
    Optional<String> stop(String prefixOrName, Integer timeout, String signal) {
        Lookup lookup = engine.find(prefixOrName);
        if (lookup instanceof Lookup.Missing missing) {
            return Optional.of(missing.message());
        }
        Container c = ((Lookup.Found) lookup).container();
        Optional<String> badSignal = signal == null || signal.isEmpty() || !ContainerStops.running(c) ? Optional.empty()
                : ContainerStops.invalid(signal, false);
        if (badSignal.isPresent()) {
            return Optional.of("cannot stop container: " + prefixOrName + ": " + badSignal.get());
        }
        if (restarts.cancel(c.id())) {
            containers.put(c.withState(ContainerStops.exitedFromRestarting(c.state())));
        }
        if (c.state().status() == ContainerState.Status.RUNNING) {
            Instant deadline = runningUntil.get(c.id());
            long wait = timeout == null ? 10 : timeout;
            boolean endsInTime = deadline != null && !deadline.equals(Instant.MAX)
                    && (wait < 0 || !deadline.isAfter(engine.clock().instant().plusSeconds(wait)));
            Optional<Integer> graceful = ContainerStops.signal(engine, runtime, c,
                    ContainerStops.stopSignal(signal, c.config().stopSignal()));
            if (graceful.isPresent()) {
                // the server handles its stop signal (nginx SIGQUIT, httpd SIGWINCH, ...): its shutdown lines, its status
                engine.ended(c, graceful.get(), engine.clock().instant());
            } else if (endsInTime) {
                // it ends by itself before SIGKILL; the command returned when it did
                runningUntil.remove(c.id());
                engine.ended(c, 0, engine.clock().instant());
            } else {
                engine.kill(c);
            }
        }
        return Optional.empty();
    }

    /**
     * Sends {@code signal} (SIGKILL when null or empty) to a running container, as
     * {@code POST /containers/{id}/kill} does (moby daemon/kill.go and the route's "cannot kill
     * container: NAME: " wrapping). berth's waiting processes, as PID 1, only die of SIGKILL;
     * other signals leave them running.
     */
    Optional<String> kill(String prefixOrName, String signal) {
        Optional<String> badSignal = signal == null || signal.isEmpty() ? Optional.empty()
                : ContainerStops.invalid(signal, true);
        if (badSignal.isPresent()) {
            return Optional.of("cannot kill container: " + prefixOrName + ": " + badSignal.get());
        }
        Lookup lookup = engine.find(prefixOrName);
        if (lookup instanceof Lookup.Missing missing) {
            return Optional.of("cannot kill container: " + prefixOrName + ": " + missing.message());
        }
        Container c = ((Lookup.Found) lookup).container();
        if (ContainerStops.cancelsRestart(signal, c.config().stopSignal()) && restarts.cancel(c.id())) {
            containers.put(c.withState(ContainerStops.exitedFromRestarting(c.state())));
        }
        if (c.state().status() == ContainerState.Status.RESTARTING) {
            return Optional.empty(); // moby kill.go: a restarting container gets no signal
        }
        if (c.state().status() != ContainerState.Status.RUNNING) {
            return Optional.of("cannot kill container: " + prefixOrName + ": container " + c.id() + " is not running");
        }
        String sig = signal == null ? "" : signal.toUpperCase(java.util.Locale.ROOT);
        if (sig.isEmpty() || sig.equals("KILL") || sig.equals("SIGKILL") || sig.equals("9")) {
            engine.kill(c);
        } else {
            ContainerStops.signal(engine, runtime, c, sig)
                    .ifPresent(status -> engine.ended(c, status, engine.clock().instant()));
        }
        return Optional.empty();
    }

    /**
     * Stops a running container as {@link #stop} does, then starts it again in the background
     * (moby daemon/restart.go: a failure is "Cannot restart container NAME: …").
     */
    Optional<String> restart(String prefixOrName, Integer timeout) {
        Optional<String> stopped = stop(prefixOrName, timeout, null);
        if (stopped.isPresent()) {
            return stopped;
        }
        Container c = ((Lookup.Found) engine.find(prefixOrName)).container();
        if (c.autoRemove() && !containers.contains(c.id())) {
            return Optional.empty();
        }
        StartOutcome started = engine.start(c.id(), Output.DISCARD, true);
        if (started instanceof StartOutcome.Failed failed) {
            return Optional.of("Cannot restart container " + prefixOrName + ": " + failed.message());
        }
        return Optional.empty();
    }
}
