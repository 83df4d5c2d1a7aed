package io.github.berth.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code docker stats} reports of a container, as the daemon's stats endpoint would give it
 * (moby daemon/stats.go): for a container that is not running, all zeros; for a running one the
 * sandbox's figures. Nothing runs for real in berth, so they are made up, the same every time:
 * no CPU used, no disk or network traffic, as many processes as {@code docker top} lists, and
 * about the resident memory each kind of process has when idle in the official images (an
 * nginx worker a couple of MiB, mysqld some 400 MiB). The memory limit of a container run without
 * {@code -m} is the sandbox host's memory.
 */
public final class ContainerUsage {
    /** The sandbox host's memory (7.654GiB), each container's limit. */
    public static final long HOST_MEMORY = 8_218_419_200L;
    private static final long MIB = 1024 * 1024;

    /** A stats sample: CPU in percent, the others in bytes; pids is the process count. */
    public record Usage(double cpuPercent, long memory, long memoryLimit, long netRx, long netTx, long blockRead,
                        long blockWrite, long pids) {
        static final Usage NONE = new Usage(0, 0, 0, 0, 0, 0, 0, 0);
    }

    private ContainerUsage() {}

    static Usage of(ContainerRuntime runtime, Container c) {
        if (c.state().status() != ContainerState.Status.RUNNING) {
            return Usage.NONE;
        }
        List<String> processes = processes(runtime, c);
        long memory = 0;
        for (String process : processes) {
            memory += residentMemory(process);
        }
        return new Usage(0, memory, HOST_MEMORY, 0, 0, 0, 0, processes.size());
    }

    /** A running container's processes, as {@code docker top} lists them: a server's, else its command. */
    static List<String> processes(ContainerRuntime runtime, Container c) {
        List<String> processes = runtime.serverProcesses(c.id());
        if (!processes.isEmpty()) {
            return processes;
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(c.path());
        cmd.addAll(c.args());
        return List.of(String.join(" ", cmd));
    }

    /** About what one idle process of this kind holds in memory. */
    private static long residentMemory(String process) {
        String program = process.split(" ")[0];
        program = program.substring(program.lastIndexOf('/') + 1);
        return switch (program) {
            case "nginx:" -> process.contains("master") ? 3 * MIB + 300 * 1024 : MIB + 700 * 1024;
            case "httpd" -> 4 * MIB + 200 * 1024;
            case "redis-server" -> 3 * MIB + 900 * 1024;
            case "postgres" -> 22 * MIB + 400 * 1024;
            case "mysqld" -> 402 * MIB;
            case "python", "python3", "gunicorn", "flask" -> 14 * MIB + 100 * 1024;
            case "node", "npm" -> 41 * MIB + 600 * 1024;
            default -> 560 * 1024; // a shell, sleep, tail: a few hundred KiB
        };
    }
}
