package io.github.berth.engine;

import java.util.List;

/**
 * The part of an image's config that decides what a container runs (Engine API {@code Config}):
 * Env, Entrypoint and Cmd (null when unset), WorkingDir, ExposedPorts ("80/tcp") and StopSignal
 * (empty when unset).
 */
public record ImageConfig(List<String> env, List<String> entrypoint, List<String> cmd, String workingDir,
                          List<String> exposedPorts, String stopSignal) {
    public ImageConfig {
        env = List.copyOf(env);
        entrypoint = entrypoint == null ? null : List.copyOf(entrypoint);
        cmd = cmd == null ? null : List.copyOf(cmd);
        exposedPorts = List.copyOf(exposedPorts);
    }

    public ImageConfig(List<String> env, List<String> entrypoint, List<String> cmd, String workingDir) {
        this(env, entrypoint, cmd, workingDir, List.of(), "");
    }

    /** The value of {@code PATH} in {@link #env()}, or null. */
    public String path() {
        return env.stream().filter(e -> e.startsWith("PATH=")).map(e -> e.substring(5)).findFirst().orElse(null);
    }
}
