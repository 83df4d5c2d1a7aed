package io.github.berth.tutor.lesson;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.berth.engine.Container;
import io.github.berth.engine.ContainerState;
import io.github.berth.engine.ImageRef;
import java.util.Locale;

/**
 * Holds when some container matches every given field: created from {@code image} (compared
 * as normalised references, so {@code hello-world} and {@code docker.io/library/hello-world:latest}
 * are the same), in {@code status}, with {@code exitCode}. Absent fields match anything.
 */
public record ContainerCheck(String image, String status, Integer exitCode) implements Check {
    @JsonCreator
    public ContainerCheck(@JsonProperty("image") String image, @JsonProperty("status") String status,
                          @JsonProperty("exitCode") Integer exitCode) {
        if (status != null && java.util.Arrays.stream(ContainerState.Status.values())
                .noneMatch(s -> s.word().equals(status))) {
            throw new IllegalArgumentException("unknown container status '" + status
                    + "' (one of created, running, paused, restarting, removing, exited, dead)");
        }
        this.image = image;
        this.status = status;
        this.exitCode = exitCode;
    }

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
            sb.append(" that is ").append(status.toLowerCase(Locale.ROOT));
        }
        if (exitCode != null) {
            sb.append(" with exit code ").append(exitCode);
        }
        return sb.toString();
    }
}
