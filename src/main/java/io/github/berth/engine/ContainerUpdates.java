package io.github.berth.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code docker update}, as moby v28.2.2 daemon/update.go and container/container_unix.go
 * UpdateContainer do it for what berth models: the restart policy (acted on at the container's
 * next exit by {@link Restarts}) and HostConfig's Memory, MemorySwap and NanoCpus, which
 * {@code docker inspect} and {@code docker stats} show. Other resources are not kept.
 */
public final class ContainerUpdates {
    /** HostConfig's memory and CPU figures (0: none set). */
    public record Resources(long memory, long memorySwap, long nanoCpus) {
        static final Resources NONE = new Resources(0, 0, 0);
    }

    /** What to change: zero or an empty policy leaves a field as it is (moby's "not set"). */
    public record Request(String restart, long memory, long memorySwap, long nanoCpus) {}

    private final Engine engine;
    private final Map<String, Resources> resources = new HashMap<>();

    ContainerUpdates(Engine engine) {
        this.engine = engine;
    }

    public Resources resources(String id) {
        return resources.getOrDefault(id, Resources.NONE);
    }

    /** Applies {@code request} to the container; the daemon's error text, or null when done. */
    public String update(String name, Request request) {
        Lookup lookup = engine.find(name);
        if (lookup instanceof Lookup.Missing missing) {
            return missing.message();
        }
        Container c = ((Lookup.Found) lookup).container();
        Resources now = resources(c.id());
        String cannot = "Cannot update container " + c.id() + ": ";
        if (request.memory() != 0 && request.memory() > now.memorySwap() && request.memorySwap() == 0) {
            return cannot + "Memory limit should be smaller than already set memoryswap limit, update the memoryswap"
                    + " at the same time";
        }
        boolean policy = !request.restart().isEmpty();
        if (policy && c.autoRemove() && !request.restart().equals("no")) {
            return cannot + "Restart policy cannot be updated because AutoRemove is enabled for the container";
        }
        resources.put(c.id(), new Resources(request.memory() != 0 ? request.memory() : now.memory(),
                request.memorySwap() != 0 ? request.memorySwap() : now.memorySwap(),
                request.nanoCpus() != 0 ? request.nanoCpus() : now.nanoCpus()));
        if (policy) {
            ContainerOptions o = engine.runtime().options(c.id());
            engine.runtime().created(c.id(), new ContainerOptions(o.env(), o.workingDir(), o.user(), o.hostname(),
                    o.labels(), o.entrypoint(), request.restart(), o.ports(), o.exposed(), o.publishAll(),
                    o.interactive(), o.tty()));
        }
        return null;
    }
}
