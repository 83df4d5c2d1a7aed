package io.github.berth.fs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A mutable in-memory file tree. It is the learner's host workspace and, later, the base for
 * container filesystems. Nothing in it touches the host's files.
 */
public final class MemoryFs {
    private final Node.Dir root = Node.Dir.empty();

    public Optional<Node> lookup(String absolute) {
        Node node = root;
        for (String name : VPath.segments(absolute)) {
            if (!(node instanceof Node.Dir dir) || (node = dir.children().get(name)) == null) {
                return Optional.empty();
            }
        }
        return Optional.of(node);
    }

    public boolean isDirectory(String absolute) {
        return lookup(absolute).filter(n -> n instanceof Node.Dir).isPresent();
    }

    /** Creates the directory and any missing parents, like {@code mkdir -p}. */
    public Node.Dir mkdirs(String absolute) {
        Node.Dir dir = root;
        for (String name : VPath.segments(absolute)) {
            Node child = dir.children().computeIfAbsent(name, n -> Node.Dir.empty());
            if (!(child instanceof Node.Dir next)) {
                throw new IllegalArgumentException("not a directory: " + absolute);
            }
            dir = next;
        }
        return dir;
    }

    public void writeFile(String absolute, byte[] content, int mode) {
        mkdirs(VPath.parent(absolute)).children().put(VPath.name(absolute), new Node.File(content, mode, null));
    }

    public void writeFile(String absolute, String text) {
        writeFile(absolute, text.getBytes(StandardCharsets.UTF_8), 0644);
    }

    /** Installs an executable that runs the named simulated program. */
    public void installProgram(String absolute, String program) {
        mkdirs(VPath.parent(absolute)).children()
                .put(VPath.name(absolute), new Node.File(new byte[0], 0755, program));
    }

    /** Names in a directory, sorted; empty when it is not a directory. */
    public List<String> list(String absolute) {
        return lookup(absolute)
                .map(n -> n instanceof Node.Dir d ? List.copyOf(d.children().keySet()) : List.<String>of())
                .orElse(List.of());
    }

    /** Copies every file of {@code files} (path relative to {@code base}) into the tree. */
    public void writeAll(String base, Map<String, byte[]> files) {
        files.forEach((rel, bytes) -> writeFile(VPath.resolve(base, rel), bytes, 0644));
    }
}
