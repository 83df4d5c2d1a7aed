package io.github.berth.tutor.lesson;

import io.github.berth.engine.Container;
import io.github.berth.engine.Engine;
import io.github.berth.engine.ImageRef;
import io.github.berth.engine.PublishedPort;
import java.util.List;

/**
 * Holds when some container matches every given field: named {@code name}, created from
 * {@code image} (compared as normalised references, so {@code hello-world} and
 * {@code docker.io/library/hello-world:latest} are the same), in {@code status} (Docker's word:
 * created, running, exited, ...), with {@code exitCode}, whose output contains {@code output},
 * publishing each of {@code ports} ({@code HOST:CONTAINER}, {@code /udp} for UDP) while it runs.
 * Null fields (and no ports) match anything. With
 * {@code absent}, it holds when no container matches ("the container web is gone").
 */
public record ContainerCheck(String name, String image, String status, Integer exitCode, String output,
                             List<String> ports, boolean absent) implements Check {
    public ContainerCheck {
        ports = List.copyOf(ports);
    }

    public ContainerCheck(String name, String image, String status, Integer exitCode, String output, boolean absent) {
        this(name, image, status, exitCode, output, List.of(), absent);
    }

    @Override
    public boolean holds(StepContext context) {
        Engine engine = context.sandbox().engine();
        return engine.containers().stream().anyMatch(c -> matches(c) && printed(engine, c) && publishes(engine, c))
                != absent;
    }

    /** Whether every port in {@code ports} is published: {@code 8080:80} is host port 8080 to 80/tcp. */
    private boolean publishes(Engine engine, Container c) {
        List<PublishedPort> published = engine.runtime().ports(c.id());
        return ports.stream().allMatch(spec -> {
            String[] hostAndContainer = spec.split(":", 2);
            String containerPort = hostAndContainer[1].contains("/") ? hostAndContainer[1] : hostAndContainer[1] + "/tcp";
            return published.stream().anyMatch(p -> p.containerPort().equals(containerPort)
                    && String.valueOf(p.hostPort()).equals(hostAndContainer[0]));
        });
    }

    /** Whether the container's log (what its process printed, either stream) contains {@code output}. */
    private boolean printed(Engine engine, Container c) {
        if (output == null) {
            return true;
        }
        StringBuilder log = new StringBuilder();
        engine.logs(c.id()).forEach(entry -> log.append(entry.text()));
        return log.toString().contains(output);
    }

    private boolean matches(Container c) {
        return (name == null || c.name().equals(name))
                && (image == null || ImageRef.parse(image).equals(ImageRef.parse(c.image())))
                && (status == null || c.state().status().word().equals(status))
                && (exitCode == null || c.state().exitCode() == exitCode);
    }

    @Override
    public String describe() {
        StringBuilder sb = new StringBuilder(absent ? "no container" : "a container");
        if (name != null) {
            sb.append(" named ").append(name);
        }
        if (image != null) {
            sb.append(" from the image ").append(image);
        }
        if (status != null) {
            sb.append(" that is ").append(status);
        }
        if (exitCode != null) {
            sb.append(" with exit code ").append(exitCode);
        }
        if (output != null) {
            sb.append(" that printed \"").append(output).append('"');
        }
        if (!ports.isEmpty()) {
            sb.append(" publishing ").append(String.join(" and ", ports.stream().map(p -> p.replace(":", "→")).toList()));
        }
        return sb.toString();
    }
}
