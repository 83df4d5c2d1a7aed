package io.github.berth.engine;

/** Finding a container by name or id prefix: the container, or the daemon's error text. */
public sealed interface Lookup {
    record Found(Container container) implements Lookup {}

    record Missing(String message) implements Lookup {}
}
