package io.github.berth.engine;

import java.util.List;
import java.util.Map;

/**
 * What {@code docker run}/{@code create} sets beyond the image and command (the Engine API's
 * Config and HostConfig fields berth models): {@code env} added to the image's ({@code -e},
 * {@code --env-file}), {@code workingDir} ({@code -w}, empty for the image's), {@code user}
 * ({@code -u}), {@code hostname} ({@code -h}, empty for the short id), {@code labels},
 * {@code entrypoint} ({@code --entrypoint}: null for the image's, empty to clear it),
 * {@code restart} (the policy's name, "no" by default), the requested port bindings
 * ({@code -p}), ports exposed by {@code --expose}, {@code publishAll} ({@code -P}),
 * {@code interactive} ({@code -i}, OpenStdin) and {@code tty} ({@code -t}).
 */
public record ContainerOptions(List<String> env, String workingDir, String user, String hostname,
                               Map<String, String> labels, List<String> entrypoint, String restart,
                               List<PortBinding> ports, List<String> exposed, boolean publishAll,
                               boolean interactive, boolean tty) {
    public ContainerOptions {
        env = List.copyOf(env);
        labels = Map.copyOf(labels);
        entrypoint = entrypoint == null ? null : List.copyOf(entrypoint);
        ports = List.copyOf(ports);
        exposed = List.copyOf(exposed);
    }

    /** No options: the image's settings as they are. */
    public static ContainerOptions none() {
        return new ContainerOptions(List.of(), "", "", "", Map.of(), null, "no", List.of(), List.of(), false, false,
                false);
    }

    /**
     * One requested binding ({@code HostConfig.PortBindings}): the container port with its
     * protocol ({@code 80/tcp}), the host IP (empty for every address) and host port (empty for
     * a port the daemon picks).
     */
    public record PortBinding(String containerPort, String hostIp, String hostPort) {}
}
