package io.github.berth.tutor.lesson;

import io.github.berth.engine.Container;
import io.github.berth.engine.ImageRef;

/**
 * Holds when some container matches every given field: created from {@code image} (compared
 * as normalised references, so {@code hello-world} and {@code docker.io/library/hello-world:latest}
 * are the same), in {@code status} (Docker's word: created, running, exited, ...), with
 * {@code exitCode}. Absent (null) fields match anything.
 */
public record ContainerCheck(String image, String status, Integer exitCode) implements Check {
    @Override
    public boolean holds(StepContext context) {
        return context.sandbox().engine().containers().stream().anyMatch(this::matches);
    }

    private boolean matches(Container c) {
        return (image == null || ImageRef.parse(image).equals(ImageRef.parse(c.image())))
                && (status == null || c.state().status().word().equals(status))
                && (exitCode == null || c.state().exitCode() == exitCode);
    }

    @Override
    public String describe() {
        StringBuilder sb = new StringBuilder("a container");
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
