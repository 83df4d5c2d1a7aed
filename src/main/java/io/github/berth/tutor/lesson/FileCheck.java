package io.github.berth.tutor.lesson;

import io.github.berth.engine.Container;
import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import io.github.berth.sandbox.Sandbox;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Holds when the file {@code path} exists (with {@code absent}, when it does not), containing
 * {@code contains} when that is given. The path is the workspace's ({@code ~/app}) unless it is
 * absolute; with {@code container} it is in that container's filesystem (relative to {@code /}).
 */
public record FileCheck(String path, String container, String contains, boolean absent) implements Check {
    @Override
    public boolean holds(StepContext context) {
        Optional<byte[]> content = read(context.sandbox());
        boolean matches = content.isPresent()
                && (contains == null || new String(content.get(), StandardCharsets.UTF_8).contains(contains));
        return matches != absent;
    }

    private Optional<byte[]> read(Sandbox sandbox) {
        if (container == null) {
            return sandbox.files().read(VPath.resolve(Sandbox.WORKSPACE, path));
        }
        var engine = sandbox.engine();
        Optional<Container> c = engine.containers().stream().filter(x -> x.name().equals(container)).findFirst();
        return c.flatMap(x -> engine.runtime().rootfs(x.id()))
                .flatMap(fs -> fs.lookup(VPath.resolve("/", path)))
                .filter(node -> node instanceof Node.File)
                .map(node -> ((Node.File) node).content());
    }

    @Override
    public String describe() {
        return (absent ? "no file " : "a file ") + path + (container == null ? " in your workspace" : " in the container " + container)
                + (contains == null ? "" : " containing \"" + contains + "\"");
    }
}
