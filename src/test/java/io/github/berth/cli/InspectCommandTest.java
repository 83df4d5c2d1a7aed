package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.cli.DockerSession.Result;
import io.github.berth.engine.Container;
import org.junit.jupiter.api.Test;

/**
 * docker container inspect and docker inspect for containers. Sources: docker/cli v28.2.2
 * cli/command/inspect/inspector.go (one array, json.Indent with four spaces, "[]" when nothing was
 * found, errors after it with status 1), cli/command/system/inspect.go ("Error: No such object"),
 * moby v28.2.2 api/types/container (field order, omitempty), daemon/inspect.go (how fields are
 * filled), docker/cli opts.go (what a plain run sends: empty Dns lists, null Links, empty Labels),
 * api/server/router/container/container_routes.go ("default" network mode becomes "bridge"),
 * oci/defaults.go (MaskedPaths, ReadonlyPaths).
 */
class InspectCommandTest {
    /** A hello-world container that ran attached; %…% are its ids and overlay2 cache ids. */
    static final String HELLO = """
            [
                {
                    "Id": "%ID%",
                    "Created": "2026-01-05T09:00:00Z",
                    "Path": "/hello",
                    "Args": [],
                    "State": {
                        "Status": "exited",
                        "Running": false,
                        "Paused": false,
                        "Restarting": false,
                        "OOMKilled": false,
                        "Dead": false,
                        "Pid": 0,
                        "ExitCode": 0,
                        "Error": "",
                        "StartedAt": "2026-01-05T09:00:00Z",
                        "FinishedAt": "2026-01-05T09:00:00Z"
                    },
                    "Image": "sha256:74cc54e27dc41bb10dc4b2226072d469509f2f22f1a3ce74f4a59661a1d44602",
                    "ResolvConfPath": "/var/lib/docker/containers/%ID%/resolv.conf",
                    "HostnamePath": "/var/lib/docker/containers/%ID%/hostname",
                    "HostsPath": "/var/lib/docker/containers/%ID%/hosts",
                    "LogPath": "/var/lib/docker/containers/%ID%/%ID%-json.log",
                    "Name": "/web",
                    "RestartCount": 0,
                    "Driver": "overlay2",
                    "Platform": "linux",
                    "MountLabel": "",
                    "ProcessLabel": "",
                    "AppArmorProfile": "docker-default",
                    "ExecIDs": null,
                    "HostConfig": {
                        "Binds": null,
                        "ContainerIDFile": "",
                        "LogConfig": {
                            "Type": "json-file",
                            "Config": {}
                        },
                        "NetworkMode": "bridge",
                        "PortBindings": {},
                        "RestartPolicy": {
                            "Name": "no",
                            "MaximumRetryCount": 0
                        },
                        "AutoRemove": false,
                        "VolumeDriver": "",
                        "VolumesFrom": null,
                        "ConsoleSize": [
                            0,
                            0
                        ],
                        "CapAdd": null,
                        "CapDrop": null,
                        "CgroupnsMode": "private",
                        "Dns": [],
                        "DnsOptions": [],
                        "DnsSearch": [],
                        "ExtraHosts": null,
                        "GroupAdd": null,
                        "IpcMode": "private",
                        "Cgroup": "",
                        "Links": null,
                        "OomScoreAdj": 0,
                        "PidMode": "",
                        "Privileged": false,
                        "PublishAllPorts": false,
                        "ReadonlyRootfs": false,
                        "SecurityOpt": null,
                        "UTSMode": "",
                        "UsernsMode": "",
                        "ShmSize": 67108864,
                        "Runtime": "runc",
                        "Isolation": "",
                        "CpuShares": 0,
                        "Memory": 0,
                        "NanoCpus": 0,
                        "CgroupParent": "",
                        "BlkioWeight": 0,
                        "BlkioWeightDevice": [],
                        "BlkioDeviceReadBps": [],
                        "BlkioDeviceWriteBps": [],
                        "BlkioDeviceReadIOps": [],
                        "BlkioDeviceWriteIOps": [],
                        "CpuPeriod": 0,
                        "CpuQuota": 0,
                        "CpuRealtimePeriod": 0,
                        "CpuRealtimeRuntime": 0,
                        "CpusetCpus": "",
                        "CpusetMems": "",
                        "Devices": [],
                        "DeviceCgroupRules": null,
                        "DeviceRequests": null,
                        "MemoryReservation": 0,
                        "MemorySwap": 0,
                        "MemorySwappiness": null,
                        "OomKillDisable": null,
                        "PidsLimit": null,
                        "Ulimits": [],
                        "CpuCount": 0,
                        "CpuPercent": 0,
                        "IOMaximumIOps": 0,
                        "IOMaximumBandwidth": 0,
                        "MaskedPaths": [
                            "/proc/asound",
                            "/proc/acpi",
                            "/proc/interrupts",
                            "/proc/kcore",
                            "/proc/keys",
                            "/proc/latency_stats",
                            "/proc/timer_list",
                            "/proc/timer_stats",
                            "/proc/sched_debug",
                            "/proc/scsi",
                            "/sys/firmware",
                            "/sys/devices/virtual/powercap"
                        ],
                        "ReadonlyPaths": [
                            "/proc/bus",
                            "/proc/fs",
                            "/proc/irq",
                            "/proc/sys",
                            "/proc/sysrq-trigger"
                        ]
                    },
                    "GraphDriver": {
                        "Data": {
                            "LowerDir": "/var/lib/docker/overlay2/%RW%-init/diff:/var/lib/docker/overlay2/%LOWER%/diff",
                            "MergedDir": "/var/lib/docker/overlay2/%RW%/merged",
                            "UpperDir": "/var/lib/docker/overlay2/%RW%/diff",
                            "WorkDir": "/var/lib/docker/overlay2/%RW%/work"
                        },
                        "Name": "overlay2"
                    },
                    "Mounts": [],
                    "Config": {
                        "Hostname": "%SHORT%",
                        "Domainname": "",
                        "User": "",
                        "AttachStdin": false,
                        "AttachStdout": true,
                        "AttachStderr": true,
                        "Tty": false,
                        "OpenStdin": false,
                        "StdinOnce": false,
                        "Env": [
                            "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
                        ],
                        "Cmd": [
                            "/hello"
                        ],
                        "Image": "hello-world",
                        "Volumes": null,
                        "WorkingDir": "/",
                        "Entrypoint": null,
                        "OnBuild": null,
                        "Labels": {}
                    },
                    "NetworkSettings": {
                        "Bridge": "",
                        "SandboxID": "",
                        "SandboxKey": "",
                        "Ports": {},
                        "HairpinMode": false,
                        "LinkLocalIPv6Address": "",
                        "LinkLocalIPv6PrefixLen": 0,
                        "SecondaryIPAddresses": null,
                        "SecondaryIPv6Addresses": null,
                        "EndpointID": "",
                        "Gateway": "",
                        "GlobalIPv6Address": "",
                        "GlobalIPv6PrefixLen": 0,
                        "IPAddress": "",
                        "IPPrefixLen": 0,
                        "IPv6Gateway": "",
                        "MacAddress": "",
                        "Networks": {
                            "bridge": {
                                "IPAMConfig": null,
                                "Links": null,
                                "Aliases": null,
                                "MacAddress": "",
                                "DriverOpts": null,
                                "GwPriority": 0,
                                "NetworkID": "%NET%",
                                "EndpointID": "",
                                "Gateway": "",
                                "IPAddress": "",
                                "IPPrefixLen": 0,
                                "IPv6Gateway": "",
                                "GlobalIPv6Address": "",
                                "GlobalIPv6PrefixLen": 0,
                                "DNSNames": null
                            }
                        }
                    }
                }
            ]
            """;

    private static String expected(DockerSession s, Container c) {
        String[] dirs = InspectJson.overlayIds(c);
        return HELLO.replace("%ID%", c.id()).replace("%SHORT%", c.shortId()).replace("%RW%", dirs[0])
                .replace("%LOWER%", dirs[1])
                // moby cleanOperationalData: an exited container keeps its endpoint's NetworkID
                .replace("%NET%", s.engine.networks().find("bridge").orElseThrow().id());
    }

    @Test
    void aContainerThatRan() {
        DockerSession s = new DockerSession(false);
        s.docker("run", "--name", "web", "hello-world");
        Container c = s.engine.containers().get(0);
        assertEquals(new Result(expected(s, c), "", 0), s.docker("inspect", "web"));
        assertEquals(new Result(expected(s, c), "", 0), s.docker("container", "inspect", c.id().substring(0, 6)));
    }

    @Test
    void aContainerThatNeverStartedHasNoFilesYet() {
        DockerSession s = new DockerSession(false);
        s.docker("run", "--name", "bad", "hello-world", "nosuch");
        String out = s.docker("inspect", "bad").out();
        assertTrue(out.contains("            \"Status\": \"created\",\n"), out);
        assertTrue(out.contains("            \"ExitCode\": 127,\n"
                + "            \"Error\": \"failed to create task for container: failed to create shim task: OCI runtime"
                + " create failed: runc create failed: unable to start container process: error during container init:"
                + " exec: \\\"nosuch\\\": executable file not found in $PATH: unknown\",\n"
                + "            \"StartedAt\": \"0001-01-01T00:00:00Z\",\n"
                + "            \"FinishedAt\": \"0001-01-01T00:00:00Z\"\n"), out);
        assertTrue(out.contains("\"AppArmorProfile\": \"\",\n"), out);
        assertTrue(out.contains("\"ResolvConfPath\": \"\",\n        \"HostnamePath\": \"\",\n"
                + "        \"HostsPath\": \"\",\n        \"LogPath\": \"\",\n"), out);
        assertTrue(out.contains("\"Cmd\": [\n                \"nosuch\"\n            ],"), out);
    }

    @Test
    void detachedRunDoesNotAttachOutputAndRmSetsAutoRemove() {
        DockerSession s = new DockerSession(false);
        s.docker("run", "-d", "hello-world");
        String out = s.docker("inspect", s.engine.containers().get(0).id()).out();
        assertTrue(out.contains("\"AttachStdout\": false,\n            \"AttachStderr\": false,"), out);
        assertTrue(out.contains("\"AutoRemove\": false,"), out);
    }

    @Test
    void severalFoundAndMissing() {
        DockerSession s = new DockerSession(false);
        s.docker("run", "--name", "aa", "hello-world");
        s.docker("run", "--name", "bb", "hello-world");
        Result r = s.docker("container", "inspect", "aa", "x", "bb", "y");
        assertEquals("Error response from daemon: No such container: x\n"
                + "Error response from daemon: No such container: y\n", r.err());
        assertEquals(1, r.exit());
        assertTrue(r.out().startsWith("[\n    {\n        \"Id\": "), r.out());
        assertTrue(r.out().contains("\n    },\n    {\n        \"Id\": "), r.out());
        assertTrue(r.out().endsWith("\n    }\n]\n"), r.out());
    }

    @Test
    void containerInspectOfAMissingContainer() {
        assertEquals(new Result("[]\n", "Error response from daemon: No such container: x\n", 1),
                new DockerSession(false).docker("container", "inspect", "x"));
    }

    @Test
    void inspectOfAMissingObject() {
        assertEquals(new Result("[]\n", "Error: No such object: x\n", 1),
                new DockerSession(false).docker("inspect", "x"));
    }
}
