package io.github.berth.sandbox;

import io.github.berth.engine.Engine;
import io.github.berth.fs.MemoryFs;
import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import io.github.berth.shell.ShellState;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The learner's files for the editor: a path is read as the shell would find it (relative to the
 * working directory) and written back, both on the sandbox's in-memory filesystem only; a path
 * written {@code CONTAINER:PATH} (as {@code docker cp} takes it) is a file in that container's
 * filesystem instead. Problems are values: the messages are those of nano, whose keys the editor
 * follows, and the daemon's for a missing container.
 */
public final class SandboxFiles {
    /** What opening a path gave: its text, or why it cannot be edited. */
    public sealed interface Opened permits Text, Refused {}

    /** {@code absolute} names the file; {@code isNew} when it does not exist yet (saving creates it). */
    public record Text(String absolute, String text, boolean isNew) implements Opened {}

    public record Refused(String message) implements Opened {}

    private final ShellState state;
    private final BiConsumer<String, byte[]> written;
    private final ContainerFiles containers;

    SandboxFiles(ShellState state, BiConsumer<String, byte[]> written) {
        this(state, null, written);
    }

    SandboxFiles(ShellState state, Engine engine, BiConsumer<String, byte[]> written) {
        this.state = state;
        this.written = written;
        this.containers = engine == null ? null : new ContainerFiles(engine);
    }

    /** The full name of {@code path}: absolute on the sandbox, or {@code CONTAINER:/absolute}. */
    public String absolute(String path) {
        ContainerFiles.Place place = place(path);
        return place instanceof ContainerFiles.Found found ? found.key() : path;
    }

    /** The filesystem and path {@code path} leads to, or the daemon's error for a container path. */
    private ContainerFiles.Place place(String path) {
        Optional<String[]> inContainer = containers == null ? Optional.empty() : ContainerFiles.split(path);
        if (inContainer.isPresent()) {
            return containers.locate(inContainer.get()[0], inContainer.get()[1]);
        }
        String absolute = VPath.resolve(state.cwd(), path);
        return new ContainerFiles.Found(state.fs(), absolute, absolute);
    }

    public Opened open(String path) {
        ContainerFiles.Place place = place(path);
        if (place instanceof ContainerFiles.Missing missing) {
            return new Refused(missing.message());
        }
        ContainerFiles.Found at = (ContainerFiles.Found) place;
        String absolute = at.key();
        Optional<Node> node = at.fs().lookup(at.path());
        if (node.isEmpty()) {
            return new Text(absolute, "", true);
        }
        if (node.get() instanceof Node.Dir) {
            // nano 7.2: "\"%s\" is a directory" (src/files.c, open_buffer)
            return new Refused("\"" + path + "\" is a directory");
        }
        Node.File file = (Node.File) node.get();
        if (file.program() != null) {
            return new Refused("\"" + path + "\" is one of berth's simulated programs, not a text file");
        }
        return new Text(absolute, new String(file.content(), java.nio.charset.StandardCharsets.UTF_8), false);
    }

    /**
     * The paths that can complete {@code typed}, as Tab offers them: the entries of the directory
     * it names so far (relative to the working directory), directories ending in {@code /}.
     */
    public java.util.List<String> complete(String typed) {
        Optional<String[]> inContainer = containers == null ? Optional.empty() : ContainerFiles.split(typed);
        String prefix = inContainer.map(parts -> parts[0] + ":").orElse("");
        String inside = typed.substring(prefix.length());
        int slash = inside.lastIndexOf('/');
        String dirPart = slash < 0 ? "" : inside.substring(0, slash + 1);
        ContainerFiles.Place place = inContainer.isPresent()
                ? containers.locate(inContainer.get()[0], dirPart.isEmpty() ? "/" : dirPart)
                : new ContainerFiles.Found(state.fs(), VPath.resolve(state.cwd(), dirPart.isEmpty() ? "." : dirPart), "");
        java.util.List<String> out = new java.util.ArrayList<>();
        if (!(place instanceof ContainerFiles.Found at)) {
            return out;
        }
        for (String name : at.fs().list(at.path())) {
            boolean isDir = at.fs().isDirectory(VPath.resolve(at.path(), name));
            out.add(prefix + dirPart + name + (isDir ? "/" : ""));
        }
        if (containers != null && inContainer.isEmpty() && slash < 0) {
            out.addAll(containers.names(typed)); // a container's files: web: then Tab again
        }
        return out;
    }

    /** The content of the regular file at {@code absolute} (symbolic links followed), if there is one. */
    public Optional<byte[]> read(String absolute) {
        if (!(place(absolute) instanceof ContainerFiles.Found at)) {
            return Optional.empty();
        }
        return at.fs().lookup(at.path())
                .filter(node -> node instanceof Node.File)
                .map(node -> ((Node.File) node).content());
    }

    /** Writes {@code content}; returns nano's message when it cannot, else empty. */
    public Optional<String> write(String absolute, byte[] content) {
        ContainerFiles.Place place = place(absolute);
        if (place instanceof ContainerFiles.Missing missing) {
            return Optional.of(missing.message());
        }
        ContainerFiles.Found at = (ContainerFiles.Found) place;
        MemoryFs fs = at.fs();
        String parent = VPath.parent(at.path());
        if (!fs.isDirectory(parent)) {
            String reason = fs.lookup(parent).isPresent() ? "Not a directory" : "No such file or directory";
            // nano 7.2: "Error writing %s: %s" (src/files.c, write_file)
            return Optional.of("Error writing " + at.key() + ": " + reason);
        }
        Optional<Node> existing = fs.lookup(at.path());
        if (existing.isPresent() && existing.get() instanceof Node.Dir) {
            return Optional.of("Error writing " + at.key() + ": Is a directory");
        }
        int mode = existing.map(Node::mode).orElse(0644);
        fs.writeFile(at.path(), content, mode);
        written.accept(at.key(), content);
        return Optional.empty();
    }
}
