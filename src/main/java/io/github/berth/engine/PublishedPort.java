package io.github.berth.engine;

/**
 * A port the daemon bound on the host for a running container ({@code NetworkSettings.Ports}):
 * {@code containerPort} with its protocol ({@code 80/tcp}), the host address ({@code 0.0.0.0},
 * {@code ::}, {@code 127.0.0.1}) and the host port.
 */
public record PublishedPort(String containerPort, String hostIp, int hostPort) {
    public int port() {
        return Integer.parseInt(containerPort.substring(0, containerPort.indexOf('/')));
    }

    public String proto() {
        return containerPort.substring(containerPort.indexOf('/') + 1);
    }

    /** How docker shows the host side: IPv6 addresses in brackets ({@code [::]:8080}). */
    public String hostSide() {
        return (hostIp.contains(":") ? "[" + hostIp + "]" : hostIp) + ":" + hostPort;
    }
}
