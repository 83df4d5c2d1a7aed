package io.github.berth.fs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A mutable in-memory file tree. It is the learner's host workspace and, later, the base for
 * container filesystems. Nothing in it touches the host's files.
 */
public final class MemoryFs {
    /** Linux's MAXSYMLINKS: the links one path name may pass through before ELOOP. */
    public static final int MAX_SYMLINKS = 40;
    /** strerror(ELOOP). */
    public static final String LOOP = "Too many levels of symbolic links";
    public static final String NO_SUCH_FILE = "No such file or directory";
    public static final String NOT_A_DIRECTORY = "Not a directory";

    private final Node.Dir root;

    public MemoryFs() {
        this(Node.Dir.empty());
    }

    /** A tree over {@code root}, which it changes in place ({@link UnionFs} hands it a copy). */
    MemoryFs(Node.Dir root) {
        this.root = root;
    }

    Node.Dir root() {
        return root;
    }

    /**
     * What {@code absolute} names, following symbolic links (stat); empty when nothing, or on a
     * loop. "." and ".." are taken lexically first (callers that need the kernel's walk use
     * {@link #resolve}).
     */
    public Optional<Node> lookup(String absolute) {
        return Optional.ofNullable(resolve(VPath.resolve("/", absolute), true).node());
    }

    /** What {@code absolute} names, not following a symbolic link in its last component (lstat). */
    public Optional<Node> lookupNoFollow(String absolute) {
        return Optional.ofNullable(resolve(VPath.resolve("/", absolute), false).node());
    }

    /**
     * The outcome of following a path name as the kernel does: {@code path} is the real path
     * (every link resolved) of what was found, or of the missing last component; {@code problem}
     * is null or strerror's text (ENOENT, ENOTDIR, ELOOP).
     */
    public record Resolved(String path, Node node, String problem) {}

    /**
     * Follows {@code absolute} component by component, resolving symbolic links on the way (and
     * in the last component when {@code followLast}); more than {@link #MAX_SYMLINKS} links make
     * ELOOP, so a loop ends.
     */
    public Resolved resolve(String absolute, boolean followLast) {
        Deque<String> todo = new ArrayDeque<>(parts(absolute));
        List<String> at = new ArrayList<>();
        Node node = root;
        int links = 0;
        while (!todo.isEmpty()) {
            String name = todo.pollFirst();
            if (name.equals("..")) {
                if (!at.isEmpty()) {
                    at.remove(at.size() - 1);
                }
                node = walkPlain(at);
                continue;
            }
            if (!(node instanceof Node.Dir dir)) {
                return new Resolved(null, null, NOT_A_DIRECTORY);
            }
            Node child = dir.children().get(name);
            if (child == null) {
                at.add(name);
                return new Resolved(todo.isEmpty() ? "/" + String.join("/", at) : null, null, NO_SUCH_FILE);
            }
            if (child instanceof Node.Symlink link && (followLast || !todo.isEmpty())) {
                if (++links > MAX_SYMLINKS) {
                    return new Resolved(null, null, LOOP);
                }
                List<String> target = parts(link.target());
                for (int i = target.size() - 1; i >= 0; i--) {
                    todo.addFirst(target.get(i));
                }
                if (link.target().startsWith("/")) {
                    at.clear();
                    node = root;
                }
                continue;
            }
            at.add(name);
            node = child;
        }
        return new Resolved("/" + String.join("/", at), node, null);
    }

    private static List<String> parts(String path) {
        List<String> out = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty() && !part.equals(".")) {
                out.add(part);
            }
        }
        return out;
    }

    private Node walkPlain(List<String> names) {
        Node node = root;
        for (String name : names) {
            node = ((Node.Dir) node).children().get(name);
        }
        return node;
    }

    /** Creates a symbolic link at {@code absolute} (its directory must exist or is created). */
    public void symlink(String absolute, String target) {
        mkdirs(VPath.parent(absolute)).children().put(VPath.name(absolute), new Node.Symlink(target));
    }

    public boolean isDirectory(String absolute) {
        return lookup(absolute).filter(n -> n instanceof Node.Dir).isPresent();
    }

    /** Creates the directory and any missing parents, like {@code mkdir -p}. */
    public Node.Dir mkdirs(String absolute) {
        Node.Dir dir = root;
        List<String> names = VPath.segments(absolute);
        for (int i = 0; i < names.size(); i++) {
            Node child = dir.children().computeIfAbsent(names.get(i), n -> Node.Dir.empty());
            if (child instanceof Node.Symlink) {
                child = resolve("/" + String.join("/", names.subList(0, i + 1)), true).node();
            }
            if (!(child instanceof Node.Dir next)) {
                throw new IllegalArgumentException("not a directory: " + absolute);
            }
            dir = next;
        }
        return dir;
    }

    /** Writes a regular file; a symbolic link in the way is followed to the file it names, as open(2) does. */
    public void writeFile(String absolute, byte[] content, int mode) {
        Node.Dir dir = mkdirs(VPath.parent(absolute));
        if (dir.children().get(VPath.name(absolute)) instanceof Node.Symlink) {
            Resolved target = resolve(absolute, true);
            if (target.path() != null && !target.path().equals(absolute)) {
                writeFile(target.path(), content, mode);
                return;
            }
        }
        dir.children().put(VPath.name(absolute), new Node.File(content, mode, null));
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
