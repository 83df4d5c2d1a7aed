package io.github.berth.sandbox;

import io.github.berth.fs.MemoryFs;
import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import io.github.berth.shell.ShellState;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The learner's files for the editor: a path is read as the shell would find it (relative to the
 * working directory) and written back, both on the sandbox's in-memory filesystem only. Problems
 * are values: the messages are those of nano, whose keys the editor follows.
 */
public final class SandboxFiles {
    /** What opening a path gave: its text, or why it cannot be edited. */
    public sealed interface Opened permits Text, Refused {}

    /** {@code absolute} names the file; {@code isNew} when it does not exist yet (saving creates it). */
    public record Text(String absolute, String text, boolean isNew) implements Opened {}

    public record Refused(String message) implements Opened {}

    private final ShellState state;
    private final BiConsumer<String, byte[]> written;

    SandboxFiles(ShellState state, BiConsumer<String, byte[]> written) {
        this.state = state;
        this.written = written;
    }

    public String absolute(String path) {
        return VPath.resolve(state.cwd(), path);
    }

    public Opened open(String path) {
        String absolute = absolute(path);
        Optional<Node> node = state.fs().lookup(absolute);
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
        int slash = typed.lastIndexOf('/');
        String dirPart = slash < 0 ? "" : typed.substring(0, slash + 1);
        String dir = absolute(dirPart.isEmpty() ? "." : dirPart);
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String name : state.fs().list(dir)) {
            boolean isDir = state.fs().isDirectory(VPath.resolve(dir, name));
            out.add(dirPart + name + (isDir ? "/" : ""));
        }
        return out;
    }

    /** The content of the regular file at {@code absolute} (symbolic links followed), if there is one. */
    public Optional<byte[]> read(String absolute) {
        return state.fs().lookup(absolute)
                .filter(node -> node instanceof Node.File)
                .map(node -> ((Node.File) node).content());
    }

    /** Writes {@code content}; returns nano's message when it cannot, else empty. */
    public Optional<String> write(String absolute, byte[] content) {
        MemoryFs fs = state.fs();
        String parent = VPath.parent(absolute);
        if (!fs.isDirectory(parent)) {
            String reason = fs.lookup(parent).isPresent() ? "Not a directory" : "No such file or directory";
            // nano 7.2: "Error writing %s: %s" (src/files.c, write_file)
            return Optional.of("Error writing " + absolute + ": " + reason);
        }
        Optional<Node> existing = fs.lookup(absolute);
        if (existing.isPresent() && existing.get() instanceof Node.Dir) {
            return Optional.of("Error writing " + absolute + ": Is a directory");
        }
        int mode = existing.map(Node::mode).orElse(0644);
        fs.writeFile(absolute, content, mode);
        written.accept(absolute, content);
        return Optional.empty();
    }
}
