package io.github.berth.cli;

import io.github.berth.engine.Container;
import io.github.berth.engine.ContainerState;
import io.github.berth.engine.Image;
import io.github.berth.engine.ImageConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A container as {@code GET /containers/{id}/json} returns it: moby v28.2.2
 * api/types/container (InspectResponse, ContainerJSONBase, State, Config, HostConfig with
 * Resources, NetworkSettings) in their field order, filled as daemon/inspect.go fills them for a
 * container that docker/cli's opts.go created with no options, on a cgroup v2 host with the
 * overlay2 driver, the default bridge network and AppArmor.
 */
final class InspectJson {
    private static final String ZERO_TIME = "0001-01-01T00:00:00Z";
    private static final String ROOT = "/var/lib/docker/containers/";

    private InspectJson() {}

    /**
     * What {@code docker inspect} shows of a container: its record, the options it was made with
     * (RestartPolicy, PortBindings, ...) and what the engine knows beside it (RestartCount,
     * mounts, addresses).
     */
    static Map<String, Object> inspected(Container c, Image image, io.github.berth.engine.Engine engine) {
        Map<String, Object> json = container(c, image);
        InspectRunSettings.apply(json, c, engine);
        ContainerFacts.patchInspect(engine, c, json);
        return json;
    }

    static Map<String, Object> container(Container c, Image image) {
        boolean started = c.startCount() > 0;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Id", c.id());
        m.put("Created", rfc3339Nano(c.created()));
        m.put("Path", c.path());
        m.put("Args", c.args());
        m.put("State", state(c.state()));
        m.put("Image", c.imageId());
        // moby writes these files, and starts the json-file logger, when the container first starts
        m.put("ResolvConfPath", started ? ROOT + c.id() + "/resolv.conf" : "");
        m.put("HostnamePath", started ? ROOT + c.id() + "/hostname" : "");
        m.put("HostsPath", started ? ROOT + c.id() + "/hosts" : "");
        m.put("LogPath", started ? ROOT + c.id() + "/" + c.id() + "-json.log" : "");
        m.put("Name", "/" + c.name());
        m.put("RestartCount", 0);
        m.put("Driver", "overlay2");
        m.put("Platform", "linux");
        m.put("MountLabel", "");
        m.put("ProcessLabel", "");
        m.put("AppArmorProfile", started ? "docker-default" : "");
        m.put("ExecIDs", null);
        m.put("HostConfig", hostConfig(c));
        m.put("GraphDriver", graphDriver(c, image));
        m.put("Mounts", List.of());
        m.put("Config", config(c, image));
        m.put("NetworkSettings", networkSettings());
        return m;
    }

    private static Map<String, Object> state(ContainerState s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Status", s.status().word());
        m.put("Running", s.status() == ContainerState.Status.RUNNING || s.status() == ContainerState.Status.PAUSED
                || s.status() == ContainerState.Status.RESTARTING);
        m.put("Paused", s.status() == ContainerState.Status.PAUSED);
        m.put("Restarting", s.status() == ContainerState.Status.RESTARTING);
        m.put("OOMKilled", false);
        m.put("Dead", s.status() == ContainerState.Status.DEAD);
        m.put("Pid", 0);
        m.put("ExitCode", s.exitCode());
        m.put("Error", s.error());
        m.put("StartedAt", s.startedAt() == null ? ZERO_TIME : rfc3339Nano(s.startedAt()));
        m.put("FinishedAt", s.finishedAt() == null ? ZERO_TIME : rfc3339Nano(s.finishedAt()));
        return m;
    }

    private static Map<String, Object> hostConfig(Container c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Binds", null);
        m.put("ContainerIDFile", "");
        m.put("LogConfig", map("Type", "json-file", "Config", Map.of()));
        m.put("NetworkMode", "bridge");
        m.put("PortBindings", Map.of());
        m.put("RestartPolicy", map("Name", "no", "MaximumRetryCount", 0));
        m.put("AutoRemove", c.autoRemove());
        m.put("VolumeDriver", "");
        m.put("VolumesFrom", null);
        m.put("ConsoleSize", List.of(0, 0));
        m.put("CapAdd", null);
        m.put("CapDrop", null);
        m.put("CgroupnsMode", "private");
        m.put("Dns", List.of());
        m.put("DnsOptions", List.of());
        m.put("DnsSearch", List.of());
        m.put("ExtraHosts", null);
        m.put("GroupAdd", null);
        m.put("IpcMode", "private");
        m.put("Cgroup", "");
        m.put("Links", null);
        m.put("OomScoreAdj", 0);
        m.put("PidMode", "");
        m.put("Privileged", false);
        m.put("PublishAllPorts", false);
        m.put("ReadonlyRootfs", false);
        m.put("SecurityOpt", null);
        m.put("UTSMode", "");
        m.put("UsernsMode", "");
        m.put("ShmSize", 67108864);
        m.put("Runtime", "runc");
        m.put("Isolation", "");
        // Resources, embedded
        m.put("CpuShares", 0);
        m.put("Memory", 0);
        m.put("NanoCpus", 0);
        m.put("CgroupParent", "");
        m.put("BlkioWeight", 0);
        m.put("BlkioWeightDevice", List.of());
        m.put("BlkioDeviceReadBps", List.of());
        m.put("BlkioDeviceWriteBps", List.of());
        m.put("BlkioDeviceReadIOps", List.of());
        m.put("BlkioDeviceWriteIOps", List.of());
        m.put("CpuPeriod", 0);
        m.put("CpuQuota", 0);
        m.put("CpuRealtimePeriod", 0);
        m.put("CpuRealtimeRuntime", 0);
        m.put("CpusetCpus", "");
        m.put("CpusetMems", "");
        m.put("Devices", List.of());
        m.put("DeviceCgroupRules", null);
        m.put("DeviceRequests", null);
        m.put("MemoryReservation", 0);
        m.put("MemorySwap", 0);
        m.put("MemorySwappiness", null);
        m.put("OomKillDisable", null);
        m.put("PidsLimit", null);
        m.put("Ulimits", List.of());
        m.put("CpuCount", 0);
        m.put("CpuPercent", 0);
        m.put("IOMaximumIOps", 0);
        m.put("IOMaximumBandwidth", 0);
        // moby oci/defaults.go (thermal_throttle paths exist only on some hosts; none here)
        m.put("MaskedPaths", List.of("/proc/asound", "/proc/acpi", "/proc/interrupts", "/proc/kcore", "/proc/keys",
                "/proc/latency_stats", "/proc/timer_list", "/proc/timer_stats", "/proc/sched_debug", "/proc/scsi",
                "/sys/firmware", "/sys/devices/virtual/powercap"));
        m.put("ReadonlyPaths", List.of("/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"));
        return m;
    }

    /** overlay2's metadata (a Go map, so its keys come sorted); cache ids derived from the container's id. */
    private static Map<String, Object> graphDriver(Container c, Image image) {
        String dir = "/var/lib/docker/overlay2/";
        String[] ids = overlayIds(c);
        String own = ids[0];
        String lower = dir + own + "-init/diff:" + dir + ids[1] + "/diff";
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("LowerDir", lower);
        data.put("MergedDir", dir + own + "/merged");
        data.put("UpperDir", dir + own + "/diff");
        data.put("WorkDir", dir + own + "/work");
        return map("Data", data, "Name", "overlay2");
    }

    /** The cache ids of the container's layer and of its image's top layer (random in moby). */
    static String[] overlayIds(Container c) {
        return new String[] {sha256Hex("rw:" + c.id()), sha256Hex("layer:" + c.imageId())};
    }

    private static Map<String, Object> config(Container c, Image image) {
        ImageConfig cfg = c.config();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Hostname", c.shortId());
        m.put("Domainname", "");
        m.put("User", "");
        m.put("AttachStdin", false);
        m.put("AttachStdout", c.attachOutput());
        m.put("AttachStderr", c.attachOutput());
        if (!image.config().exposedPorts().isEmpty()) {
            Map<String, Object> ports = new LinkedHashMap<>();
            image.config().exposedPorts().stream().sorted().forEach(p -> ports.put(p, Map.of()));
            m.put("ExposedPorts", ports);
        }
        m.put("Tty", false);
        m.put("OpenStdin", false);
        m.put("StdinOnce", false);
        m.put("Env", cfg.env());
        m.put("Cmd", cfg.cmd());
        m.put("Image", c.image());
        m.put("Volumes", null);
        m.put("WorkingDir", cfg.workingDir());
        m.put("Entrypoint", cfg.entrypoint());
        m.put("OnBuild", null);
        m.put("Labels", new java.util.TreeMap<>(cfg.labels()));
        if (!image.config().stopSignal().isEmpty()) {
            m.put("StopSignal", image.config().stopSignal());
        }
        return m;
    }

    private static Map<String, Object> networkSettings() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Bridge", "");
        m.put("SandboxID", "");
        m.put("SandboxKey", "");
        m.put("Ports", Map.of());
        m.put("HairpinMode", false);
        m.put("LinkLocalIPv6Address", "");
        m.put("LinkLocalIPv6PrefixLen", 0);
        m.put("SecondaryIPAddresses", null);
        m.put("SecondaryIPv6Addresses", null);
        m.put("EndpointID", "");
        m.put("Gateway", "");
        m.put("GlobalIPv6Address", "");
        m.put("GlobalIPv6PrefixLen", 0);
        m.put("IPAddress", "");
        m.put("IPPrefixLen", 0);
        m.put("IPv6Gateway", "");
        m.put("MacAddress", "");
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("IPAMConfig", null);
        endpoint.put("Links", null);
        endpoint.put("Aliases", null);
        endpoint.put("MacAddress", "");
        endpoint.put("DriverOpts", null);
        endpoint.put("GwPriority", 0);
        endpoint.put("NetworkID", "");
        endpoint.put("EndpointID", "");
        endpoint.put("Gateway", "");
        endpoint.put("IPAddress", "");
        endpoint.put("IPPrefixLen", 0);
        endpoint.put("IPv6Gateway", "");
        endpoint.put("GlobalIPv6Address", "");
        endpoint.put("GlobalIPv6PrefixLen", 0);
        endpoint.put("DNSNames", null);
        m.put("Networks", map("bridge", endpoint));
        return m;
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** Go's time.RFC3339Nano: trailing zeros of the fraction dropped, no fraction when it is zero. */
    static String rfc3339Nano(Instant t) {
        String base = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC).format(t);
        int nanos = t.getNano();
        if (nanos == 0) {
            return base + "Z";
        }
        String frac = String.format("%09d", nanos).replaceAll("0+$", "");
        return base + "." + frac + "Z";
    }

    /** jsonmessage.RFC3339NanoFixed, the time {@code docker logs -t} shows: always nine digits. */
    static String timeFixed(Instant t) {
        return DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC).format(t)
                + "." + String.format("%09d", t.getNano()) + "Z";
    }

    private static String sha256Hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
