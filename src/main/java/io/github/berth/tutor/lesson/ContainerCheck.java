package io.github.berth.tutor.lesson;

import io.github.berth.engine.Container;
import io.github.berth.engine.ImageRef;

/**
 * Holds when some container matches every given field: named {@code name}, created from
 * {@code image} (compared as normalised references, so {@code hello-world} and
 * {@code docker.io/library/hello-world:latest} are the same), in {@code status} (Docker's word:
 * created, running, exited, ...), with {@code exitCode}. Null fields match anything. With
 * {@code absent}, it holds when no container matches ("the container web is gone").
 */
public record ContainerCheck(String name, String image, String status, Integer exitCode, boolean absent)
        implements Check {
    @Override
    public boolean holds(StepContext context) {
        return context.sandbox().engine().containers().stream().anyMatch(this::matches) != absent;
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
        return sb.toString();
    }
}
