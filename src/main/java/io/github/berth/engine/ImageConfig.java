package io.github.berth.engine;

import java.util.List;
import java.util.Map;

/**
 * An image's config as the Engine API shows it ({@code Config} of {@code docker image inspect},
 * moby's DockerOCIImageConfig): Env, Entrypoint and Cmd (null when unset), WorkingDir,
 * ExposedPorts ("80/tcp") and StopSignal (empty when unset), User (empty when unset), Labels,
 * Volumes (paths), Healthcheck (null when unset), OnBuild triggers and Shell (null when unset).
 */
public record ImageConfig(List<String> env, List<String> entrypoint, List<String> cmd, String workingDir,
                          List<String> exposedPorts, String stopSignal, String user, Map<String, String> labels,
                          List<String> volumes, Healthcheck healthcheck, List<String> onBuild, List<String> shell) {
    public ImageConfig {
        env = List.copyOf(env);
        entrypoint = entrypoint == null ? null : List.copyOf(entrypoint);
        cmd = cmd == null ? null : List.copyOf(cmd);
        exposedPorts = List.copyOf(exposedPorts);
        user = user == null ? "" : user;
        labels = labels == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(labels));
        volumes = volumes == null ? List.of() : List.copyOf(volumes);
        onBuild = onBuild == null ? List.of() : List.copyOf(onBuild);
        shell = shell == null ? null : List.copyOf(shell);
    }

    public ImageConfig(List<String> env, List<String> entrypoint, List<String> cmd, String workingDir,
                       List<String> exposedPorts, String stopSignal) {
        this(env, entrypoint, cmd, workingDir, exposedPorts, stopSignal, "", Map.of(), List.of(), null, List.of(),
                null);
    }

    public ImageConfig(List<String> env, List<String> entrypoint, List<String> cmd, String workingDir) {
        this(env, entrypoint, cmd, workingDir, List.of(), "");
    }

    /**
     * HEALTHCHECK's settings (durations in nanoseconds, 0 when not given), as moby's
     * HealthcheckConfig keeps them; {@code test} is ["NONE"], ["CMD", …] or ["CMD-SHELL", "…"].
     */
    public record Healthcheck(List<String> test, long interval, long timeout, long startPeriod, long startInterval,
                              int retries) {
        public Healthcheck {
            test = List.copyOf(test);
        }
    }

    /** The value of {@code PATH} in {@link #env()}, or null. */
    public String path() {
        return env.stream().filter(e -> e.startsWith("PATH=")).map(e -> e.substring(5)).findFirst().orElse(null);
    }

    /** The same config with these labels. */
    public ImageConfig withLabels(Map<String, String> newLabels) {
        return new ImageConfig(env, entrypoint, cmd, workingDir, exposedPorts, stopSignal, user, newLabels, volumes,
                healthcheck, onBuild, shell);
    }

    /** The same config with another command (a container's Cmd given on the command line). */
    public ImageConfig withCmd(List<String> newCmd) {
        return new ImageConfig(env, entrypoint, newCmd, workingDir, exposedPorts, stopSignal, user, labels, volumes,
                healthcheck, onBuild, shell);
    }
}
